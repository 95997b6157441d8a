import { z } from "@hono/zod-openapi";
import { creditGrades } from "@propgov/core";
import type { Router } from "../../router.js";
import { rankCompanies } from "../../services/credit/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json } from "../shared.js";
import { creditReaderRoles, creditStandingSchema, onQuery } from "./schema.js";

const rankingRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/companies",
  roles: creditReaderRoles,
  operationId: "rankCreditCompanies",
  tags: ["credit"],
  summary: "Rank companies by credit score (信用排名)",
  description:
    "Every active company with its score and grade on `on` (default today in the tenant's zone), best score first, then name; `grade` keeps one grade, `local` local companies (true) or the others (false). Score = base (default 80) + good − bad points of the records in force; grades by the tenant's bands (default AAA ≥ 85, AA ≥ 80, A ≥ 70, B ≥ 60; C below 60 with a bad record in force, B below 60 without). Company staff see their own company only.",
  request: {
    query: z.object({
      on: onQuery,
      grade: z
        .enum(creditGrades)
        .optional()
        .openapi({ param: { name: "grade", in: "query" }, example: "AAA" }),
      local: booleanQuery.openapi({
        param: { name: "local", in: "query" },
        description: "true: local companies only (本地企业); false: the others.",
        example: "true",
      }),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(creditStandingSchema) }).openapi("CreditRanking"), "The ranking."),
  },
});

/** Registers `GET /v1/tenants/{tenant}/credit/companies` (the ranking). */
export const registerRankCreditCompanies = (app: Router) =>
  app.openapi(rankingRoute, async (c) =>
    c.json({ items: await rankCompanies(tenantCtx(c), c.req.valid("query")) }, 200),
  );
