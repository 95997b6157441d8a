import type { Router } from "../../router.js";
import { registerCreateWebhook } from "./create.js";
import { registerDeleteWebhook } from "./delete.js";
import { registerListWebhookDeliveries } from "./deliveries.js";
import { registerGetWebhook } from "./get.js";
import { registerListWebhooks } from "./list.js";
import { registerWebhookPayloads } from "./payloads.js";
import { registerRotateWebhookSecret } from "./rotate.js";
import { registerTestWebhook } from "./test-send.js";
import { registerUpdateWebhook } from "./update.js";

/** The county's webhook subscriptions, their test-send and delivery log, and the payloads in the document. */
export function registerWebhookRoutes(app: Router) {
  registerCreateWebhook(app);
  registerListWebhooks(app);
  registerGetWebhook(app);
  registerUpdateWebhook(app);
  registerDeleteWebhook(app);
  registerRotateWebhookSecret(app);
  registerTestWebhook(app);
  registerListWebhookDeliveries(app);
  registerWebhookPayloads(app);
}
