import type { Router } from "../../router.js";
import { createWebhook } from "../../services/webhooks/create.js";
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
  summary: "Subscribe a URL or a WeCom / DingTalk group robot to events",
  description:
    "`kind: webhook` (default): messages are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`); payloads are described in the document's `webhooks` section; the signing secret is in the answer this once.\n\n`kind: wecom` (企业微信群机器人) or `dingtalk` (钉钉自定义机器人): each event is posted as a Markdown message in Chinese (the case number, the deadline, a link to the console), in the robot's documented format; an answer other than `errcode` 0 is a failed attempt, retried like any. The robot's URL carries its key, so it is stored sealed and shown masked; a DingTalk robot in signed mode (加签) takes its `secret` (`SEC…`, else 422 naming `body.secret`).\n\nThe URL's host must be in the county's `settings.outbound.allowedHosts` (else 422 naming `body.url`); private and loopback addresses are refused unless the install allows them.",
  request: {
    body: { content: { "application/json": { schema: createWebhookBodySchema } }, required: true },
  },
  responses: { 201: json(webhookWithSecretSchema, "Created; a webhook's `secret` is shown this once.") },
});

export const registerCreateWebhook = (app: Router) =>
  app.openapi(route, async (c) => c.json(await createWebhook(tenantCtx(c), c.req.valid("json")), 201));
