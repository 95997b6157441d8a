import type { Router } from "../../router.js";
import { createWebhook } from "../../services/webhooks.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createWebhookBodySchema, webhookWithSecretSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/webhooks",
  roles: ["countyAdmin"],
  operationId: "createWebhook",
  tags: ["webhooks"],
  summary: "Subscribe a URL to events (its signing secret is shown once)",
  description:
    "Messages are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`); payloads are described in the document's `webhooks` section. The URL's host must be in the county's `settings.outbound.allowedHosts` (else 422 naming `body.url`); private and loopback addresses are refused unless the install allows them.",
  request: {
    body: { content: { "application/json": { schema: createWebhookBodySchema } }, required: true },
  },
  responses: { 201: json(webhookWithSecretSchema, "Created; `secret` is shown this once.") },
});

export const registerCreateWebhook = (app: Router) =>
  app.openapi(route, async (c) => c.json(await createWebhook(tenantCtx(c), c.req.valid("json")), 201));
