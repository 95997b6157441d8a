import type { Router } from "../../router.js";
import { listApiKeys } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { apiKeyJson, apiKeySchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/api-keys",
  roles: ["countyAdmin"],
  operationId: "listApiKeys",
  tags: ["api-keys"],
  summary: "List API keys (never their secrets)",
  request: {
    query: paginationQuery.extend({
      includeRevoked: booleanQuery.openapi({
        param: { name: "includeRevoked", in: "query" },
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(apiKeySchema, "ApiKeyPage"), "A page of keys, oldest first."),
  },
});

export const registerListApiKeys = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listApiKeys(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(apiKeyJson), nextCursor: page.nextCursor }, 200);
  });
