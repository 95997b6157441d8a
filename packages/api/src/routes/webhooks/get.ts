import type { Router } from "../../router.js";
import { getWebhook } from "../../services/webhooks/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { webhookIdParam, webhookSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/webhooks/{id}",
  roles: ["countyAdmin"],
  operationId: "getWebhook",
  tags: ["webhooks"],
  summary: "One webhook subscription, with its health",
  request: { params: webhookIdParam },
  responses: { 200: json(webhookSchema, "The subscription.") },
});

export const registerGetWebhook = (app: Router) =>
  app.openapi(route, async (c) => c.json(await getWebhook(tenantCtx(c), c.req.valid("param").id), 200));
