import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { listCandidates } from "../../services/excellence/candidates.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json } from "../shared.js";
import { candidatesSchema, excellenceReaderRoles, yearQuery } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/excellence/candidates",
  roles: excellenceReaderRoles,
  operationId: "listExcellenceCandidates",
  tags: ["excellence"],
  summary: "Contracts of a year judged by the excellent-project criteria, with the evidence",
  description:
    "Every contract (not archived) running at some time in `year` that the caller may see (region staff: their subtree's compounds; company staff: their company's), judged as of the year's last day (or today while it runs) by the county's cultivateExcellence config: no case overdue longer than `criteria.maxOverdueCaseAgeDays`, satisfaction at least `candidates.minSatisfactionRate`, disclosures complete, the project manager in post at least `criteria.minProjectManagerMonths`, credit grade at least `criteria.minCreditGrade`. The credit grade is the company's on the assessment day from its credit file (信用档案; a company without records has the base score's grade). A criterion without data is `notEvaluable`, never a silent pass: such contracts meeting the rest are `pending`.",
  request: {
    query: z.object({
      year: yearQuery.openapi({ param: { name: "year", in: "query" }, example: 2025 }),
      local: booleanQuery.openapi({
        param: { name: "local", in: "query" },
        description: "true: only contracts of local companies (本地企业); false: of the others.",
        example: "true",
      }),
    }),
  },
  responses: {
    200: json(candidatesSchema, "Candidates, pending and not eligible, each with its criteria and figures."),
  },
});

export const registerListExcellenceCandidates = (app: Router) =>
  app.openapi(route, async (c) => c.json(await listCandidates(tenantCtx(c), c.req.valid("query")), 200));
