import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { coverageKpis } from "../../services/kpis.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { coverageQuery, coverageSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/coverage",
  operationId: "getCoverageKpis",
  tags: ["kpis"],
  summary: "The three 100% goals: service coverage, committee formation, party organisation formation",
  description:
    "For the county, or the subtree of `regionId`, on the day `on`, with the same figures for each direct child region. Region staff read their own subtree (their region by default); department officers read the whole county.",
  security,
  middleware: [requireRole(["countyAdmin", "regionStaff", "departmentOfficer"])] as const,
  request: { params: tenantParam, query: coverageQuery },
  responses: {
    200: json(coverageSchema, "The figures; each rate is null when its denominator is 0."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetCoverageKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await coverageKpis(tenantCtx(c), c.req.valid("query")), 200));
