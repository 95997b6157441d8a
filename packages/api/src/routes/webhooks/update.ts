import type { Router } from "../../router.js";
import { updateWebhook } from "../../services/webhooks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { updateWebhookBodySchema, webhookIdParam, webhookSchema } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/webhooks/{id}",
  roles: ["countyAdmin"],
  operationId: "updateWebhook",
  tags: ["webhooks"],
  summary: "Change a subscription's URL, events or description; turn it off or back on",
  description:
    "`enabled: true` turns back on a subscription disabled by hand or after sustained failure and clears its failure count. A new URL is checked as on creation (422 naming `body.url`). A DingTalk robot's `secret` (`SEC…`) is replaced, or with null its signed mode ends; other kinds take none (422 naming `body.secret`). The kind does not change.",
  request: {
    params: webhookIdParam,
    body: { content: { "application/json": { schema: updateWebhookBodySchema } }, required: true },
  },
  responses: { 200: json(webhookSchema, "The subscription now.") },
});

export const registerUpdateWebhook = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(await updateWebhook(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
