import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listApiKeys } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import {
  booleanQuery,
  errorResponses,
  json,
  pageOf,
  paginationQuery,
  security,
  tenantParam,
} from "../shared.js";
import { apiKeyJson, apiKeySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/api-keys",
  operationId: "listApiKeys",
  tags: ["api-keys"],
  summary: "List API keys (never their secrets)",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam,
    query: paginationQuery.extend({
      includeRevoked: booleanQuery.openapi({
        param: { name: "includeRevoked", in: "query" },
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(apiKeySchema, "ApiKeyPage"), "A page of keys, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListApiKeys = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listApiKeys(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(apiKeyJson), nextCursor: page.nextCursor }, 200);
  });
