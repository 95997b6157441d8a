import type { Router } from "../../router.js";
import { publicKpis } from "../../services/public-directory.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicKpiQuery, publicKpiSchema } from "./directory-schema.js";
import { publicRateLimit } from "./limits.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/kpis",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "getPublicKpis",
  tags: ["public"],
  summary: "The county's or a township's public figures: 三率 and the three 100% rates (no login)",
  description:
    "For the KPI widget; no credentials. Aggregates only: the response, resolution and satisfaction rates of the period with the county's targets, the number of cases received, and today's service coverage, committee formation and party organisation formation rates. Nothing per case or per person. `regionId` must be one of the county's townships or streets (listed in `regions`), else 404 naming `query.regionId`. Rate-limited per client (the county's `publicReads.perMinute`).",
  request: { query: publicKpiQuery },
  responses: {
    200: json(publicKpiSchema, "The figures; a rate is null when its denominator is 0."),
  },
});

export const registerGetPublicKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await publicKpis(tenantCtx(c), c.req.valid("query")), 200));
