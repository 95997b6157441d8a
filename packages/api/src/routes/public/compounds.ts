import type { Router } from "../../router.js";
import { searchPublicCompounds } from "../../services/public-directory.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf } from "../shared.js";
import { publicCompoundQuery, publicCompoundSchema } from "./directory-schema.js";
import { publicRateLimit } from "./limits.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/compounds",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "searchPublicCompounds",
  tags: ["public"],
  summary: "Find a compound by its name, address or community (no login)",
  description:
    "For the complaint widget's compound picker; no credentials. Active compounds whose name, address or community name contains `q` (case-insensitive), a page at a time (at most 50). No personal data: no guarantor, no phone, no committee. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).",
  request: { query: publicCompoundQuery },
  responses: {
    200: json(pageOf(publicCompoundSchema, "PublicCompoundPage"), "A page of compounds."),
  },
});

export const registerSearchPublicCompounds = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(await searchPublicCompounds(tenantCtx(c), c.req.valid("query")), 200),
  );
