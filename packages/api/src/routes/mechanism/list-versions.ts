import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listMechanismVersions } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import {
  anyTenantRole,
  errorResponses,
  json,
  pageOf,
  paginationQuery,
  security,
  tenantParam,
} from "../shared.js";
import { mechanismVersionSummaryJson, mechanismVersionSummarySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/versions",
  operationId: "listMechanismVersions",
  tags: ["mechanism"],
  summary: "List the mechanism's versions, newest first",
  description: "Without their documents: read one with `GET mechanism/versions/{n}`.",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam, query: paginationQuery },
  responses: {
    200: json(
      pageOf(mechanismVersionSummarySchema, "MechanismVersionPage"),
      "A page of versions, newest first.",
    ),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListMechanismVersions = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listMechanismVersions(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(mechanismVersionSummaryJson), nextCursor: page.nextCursor }, 200);
  });
