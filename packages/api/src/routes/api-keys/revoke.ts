import type { Router } from "../../router.js";
import { revokeApiKey } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { apiKeyIdParam, apiKeyJson, apiKeySchema } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/api-keys/{id}",
  roles: ["countyAdmin"],
  operationId: "revokeApiKey",
  tags: ["api-keys"],
  summary: "Revoke an API key",
  request: { params: apiKeyIdParam },
  responses: {
    200: json(apiKeySchema, "Revoked (revoking again changes nothing)."),
  },
});

export const registerRevokeApiKey = (app: Router) =>
  app.openapi(route, async (c) => {
    const key = await revokeApiKey(tenantCtx(c), c.req.valid("param").id);
    return c.json(apiKeyJson(key), 200);
  });
