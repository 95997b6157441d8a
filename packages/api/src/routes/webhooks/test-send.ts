import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { testWebhook } from "../../services/webhooks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { webhookIdParam } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/webhooks/{id}/test",
  roles: ["countyAdmin"],
  operationId: "testWebhook",
  tags: ["webhooks"],
  summary: "Send a `webhook.test` message to this subscription (a robot posts a test message)",
  description:
    "Queued like any message and sent by the delivery worker within seconds (also to a disabled subscription); the outcome, with the response code, appears in `GET …/webhooks/{id}/deliveries`.",
  request: { params: webhookIdParam },
  responses: {
    202: json(
      z
        .object({ messageId: z.string().openapi({ description: "The `webhook-id` the receiver will see." }) })
        .openapi("WebhookTestQueued"),
      "Queued.",
    ),
  },
});

export const registerTestWebhook = (app: Router) =>
  app.openapi(route, async (c) => c.json(await testWebhook(tenantCtx(c), c.req.valid("param").id), 202));
