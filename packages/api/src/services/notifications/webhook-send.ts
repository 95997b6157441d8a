import { readTenantSettings } from "@propgov/core";
import { type outbox, tenants, type webhookSubscriptions, withoutTenant } from "@propgov/db";
import { eq } from "drizzle-orm";
import { signWebhook } from "./crypto.js";
import { outboundUrlProblem, postOutbound } from "./outbound.js";
import { sendRobot } from "./robots.js";
import type { DeliveryWorkerConfig } from "./worker.js";

/**
 * Sends one message to a webhook (signed, Standard Webhooks) or a robot, over the outbound rules;
 * the county's allow-list is checked again at each attempt.
 */
export async function sendToSubscription(
  config: DeliveryWorkerConfig,
  tenantId: string,
  message: typeof outbox.$inferSelect,
  subscription: typeof webhookSubscriptions.$inferSelect,
  at: Date,
) {
  const [tenant] = await withoutTenant(config.db, (tx) =>
    tx
      .select({ id: tenants.id, slug: tenants.slug, settings: tenants.settings, zone: tenants.timezone })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  );
  const settings = readTenantSettings(tenant?.settings);
  // A robot's URL carries its key: it is stored sealed, and `url` is only its masked form.
  const url = subscription.urlCiphertext
    ? await config.secrets.open(subscription.urlCiphertext)
    : subscription.url;
  // The allow-list is checked again at each attempt: the county may have narrowed it since.
  const problem = outboundUrlProblem(
    url,
    settings.outbound.allowedHosts,
    config.outbound.allowPrivateAddresses,
  );
  if (problem) return fakeFailure(`refused: ${problem}`);
  if (subscription.kind !== "webhook") {
    return sendRobot(
      {
        kind: subscription.kind,
        url,
        secret: subscription.secretCiphertext
          ? await config.secrets.open(subscription.secretCiphertext)
          : null,
        message,
        zone: tenant?.zone ?? "Asia/Shanghai",
        categoryName: (await config.categoryNames?.(tenantId)) ?? (() => undefined),
        consoleUrl: config.consoleUrl,
        at,
      },
      config.outbound,
    );
  }
  if (!subscription.secretCiphertext) return fakeFailure("the subscription has no signing secret");
  const secrets = [await config.secrets.open(subscription.secretCiphertext)];
  if (
    subscription.previousSecretCiphertext &&
    subscription.previousSecretExpiresAt &&
    subscription.previousSecretExpiresAt.getTime() > at.getTime()
  ) {
    // A previous secret sealed under an older key no longer opens: sign with the current one alone.
    const previous = await config.secrets.open(subscription.previousSecretCiphertext).catch(() => null);
    if (previous) secrets.push(previous);
  }
  const body = webhookBody(message, tenant?.slug ?? "");
  const timestamp = Math.floor(at.getTime() / 1000);
  const headers = {
    "webhook-id": message.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": await signWebhook(secrets, message.id, timestamp, body),
  };
  return postOutbound(url, headers, body, config.outbound);
}

/** The JSON an integrator receives (the same on every attempt): Standard Webhooks' `type`, `timestamp`, `data`. */
export function webhookBody(message: typeof outbox.$inferSelect, tenantSlug: string): string {
  return JSON.stringify({
    id: message.id,
    type: message.type,
    timestamp: message.occurredAt.toISOString(),
    tenant: tenantSlug,
    data: message.data,
  });
}

/** An outcome for an attempt that never reached the network. */
export function fakeFailure(error: string) {
  return { statusCode: null, ok: false, durationMs: 0, error, responseBody: null };
}
