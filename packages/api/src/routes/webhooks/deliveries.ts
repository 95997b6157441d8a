import type { Router } from "../../router.js";
import { listWebhookDeliveries } from "../../services/webhooks/deliveries.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { deliveryAttemptSchema, webhookIdParam } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/webhooks/{id}/deliveries",
  roles: ["countyAdmin"],
  operationId: "listWebhookDeliveries",
  tags: ["webhooks"],
  summary: "The delivery log: every attempt with its response code, newest first",
  request: { params: webhookIdParam, query: paginationQuery },
  responses: {
    200: json(pageOf(deliveryAttemptSchema, "WebhookDeliveryAttemptPage"), "A page of attempts."),
  },
});

export const registerListWebhookDeliveries = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(await listWebhookDeliveries(tenantCtx(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
