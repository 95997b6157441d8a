import type { Router } from "../../router.js";
import { coverageKpis } from "../../services/kpis/coverage.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { coverageQuery, coverageSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/coverage",
  roles: ["countyAdmin", "regionStaff", "departmentOfficer"],
  operationId: "getCoverageKpis",
  tags: ["kpis"],
  summary: "The three 100% goals: service coverage, committee formation, party organisation formation",
  description:
    "For the county, or the subtree of `regionId`, on the day `on`, with the same figures for each direct child region. Region staff read their own subtree (their region by default); department officers read the whole county.",
  request: { query: coverageQuery },
  responses: {
    200: json(coverageSchema, "The figures; each rate is null when its denominator is 0."),
  },
});

export const registerGetCoverageKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await coverageKpis(tenantCtx(c), c.req.valid("query")), 200));
