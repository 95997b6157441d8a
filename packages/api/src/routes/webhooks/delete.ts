import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { deleteWebhook } from "../../services/webhooks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { webhookIdParam } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/webhooks/{id}",
  roles: ["countyAdmin"],
  operationId: "deleteWebhook",
  tags: ["webhooks"],
  summary: "Delete a subscription (what still waits for it becomes dead letters)",
  request: { params: webhookIdParam },
  responses: {
    200: json(z.object({ deleted: z.literal(true) }).openapi("WebhookDeleted"), "Deleted."),
  },
});

export const registerDeleteWebhook = (app: Router) =>
  app.openapi(route, async (c) => {
    await deleteWebhook(tenantCtx(c), c.req.valid("param").id);
    return c.json({ deleted: true as const }, 200);
  });
