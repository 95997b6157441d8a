import type { Router } from "../../router.js";
import { listWebhooks } from "../../services/webhooks/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { webhookSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/webhooks",
  roles: ["countyAdmin"],
  operationId: "listWebhooks",
  tags: ["webhooks"],
  summary: "List the county's webhook and robot subscriptions (never their secrets; robots' URLs masked)",
  request: { query: paginationQuery },
  responses: { 200: json(pageOf(webhookSchema, "WebhookPage"), "A page of subscriptions, newest first.") },
});

export const registerListWebhooks = (app: Router) =>
  app.openapi(route, async (c) => c.json(await listWebhooks(tenantCtx(c), c.req.valid("query")), 200));
