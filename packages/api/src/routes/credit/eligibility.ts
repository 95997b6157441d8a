import { z } from "@hono/zod-openapi";
import { eligibilityPurposes } from "@propgov/core";
import type { Router } from "../../router.js";
import { creditEligibility } from "../../services/credit/eligibility.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { companyIdParam, creditReaderRoles, eligibilitySchema, onQuery } from "./schema.js";

const eligibilityRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/companies/{id}/eligibility",
  roles: creditReaderRoles,
  operationId: "getCreditEligibility",
  tags: ["credit"],
  summary: "May the company bid, or be put up for an award? (招投标 / 评优评先)",
  description:
    "By the tenant's credit config on `on` (default today). Bidding: grades in `excludedGrades` (default C) and a bad record in force of a blacklist category (default `blacklist`) exclude. Awards: a grade below `minGrade` (default A) or a blacklist record excludes. `reasons` says why not (code, zh, en). `incentives` (联合激励) are granted only when allowed, at the joint-incentive grade (default AAA), with residents' satisfaction over the cases of the company's compounds rated in the last `cultivateExcellence.jointIncentives.windowMonths` (12) at least `minSatisfactionRate` (0.95; no rated case: none) and no bad record counting that day effective within `cleanCreditMonths` (24); `jointIncentives` gives the figures and the reasons. Company staff ask only about their own company (another is 404).",
  request: {
    params: companyIdParam,
    query: z.object({
      for: z.enum(eligibilityPurposes).openapi({ param: { name: "for", in: "query" }, example: "bidding" }),
      on: onQuery,
    }),
  },
  responses: {
    200: json(eligibilitySchema, "The verdict."),
  },
});

/** Registers `GET /v1/tenants/{tenant}/credit/companies/{id}/eligibility`. */
export const registerCreditEligibility = (app: Router) =>
  app.openapi(eligibilityRoute, async (c) =>
    c.json(await creditEligibility(tenantCtx(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
