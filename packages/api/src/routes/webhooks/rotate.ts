import type { Router } from "../../router.js";
import { rotateWebhookSecret } from "../../services/webhooks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { rotateSecretBodySchema, webhookIdParam, webhookWithSecretSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/webhooks/{id}/rotate-secret",
  roles: ["countyAdmin"],
  operationId: "rotateWebhookSecret",
  errors: [409],
  tags: ["webhooks"],
  summary: "Rotate the signing secret; the old one signs too for a grace period",
  description:
    "During the grace period every message carries two signatures in `webhook-signature` (`v1,<new> v1,<old>`), so a receiver may switch secrets at any moment. A robot has no such secret: 409 (change a DingTalk robot's signing secret with `PATCH` `secret`).",
  request: {
    params: webhookIdParam,
    body: { content: { "application/json": { schema: rotateSecretBodySchema } }, required: true },
  },
  responses: { 200: json(webhookWithSecretSchema, "The new secret, shown this once.") },
});

export const registerRotateWebhookSecret = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      await rotateWebhookSecret(tenantCtx(c), c.req.valid("param").id, c.req.valid("json").graceSeconds),
      200,
    ),
  );
