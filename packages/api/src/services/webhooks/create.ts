import { type NotificationEventType, newId, type SubscriptionKind } from "@propgov/core";
import { webhookSubscriptions } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { actorIdOf, audit } from "../audit.js";
import { newWebhookSecret } from "../notifications/crypto.js";
import { inTenant } from "../tx.js";
import { checkSecret, checkUrl, storedUrl } from "./checks.js";
import { toView, type WebhookView } from "./view.js";

export interface CreateWebhookInput {
  /** Default `webhook`. */
  kind?: SubscriptionKind | undefined;
  url: string;
  /** DingTalk's signing secret (加签, `SEC…`), for a DingTalk robot in signed mode. */
  secret?: string | undefined;
  eventTypes: NotificationEventType[];
  description?: string | undefined;
}

/**
 * Creates a subscription. A webhook's signing secret (`whsec_…`) is in the result this once; a
 * robot's URL and DingTalk secret are sealed and never shown again (the URL only masked).
 */
export function createWebhook(
  ctx: TenantServiceContext,
  input: CreateWebhookInput,
): Promise<WebhookView & { secret?: string }> {
  return inTenant(ctx, async (tx) => {
    const kind = input.kind ?? "webhook";
    await checkUrl(tx, ctx, input.url, kind);
    checkSecret(kind, input.secret);
    const now = ctx.deps.now();
    const secret = kind === "webhook" ? newWebhookSecret() : (input.secret ?? null);
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("webhookSubscription", now.getTime()),
        kind,
        ...(await storedUrl(ctx, kind, input.url)),
        description: input.description ?? null,
        eventTypes: [...new Set(input.eventTypes)],
        secretCiphertext: secret ? await ctx.deps.notifications.secrets.seal(secret) : null,
        createdBy: actorIdOf(ctx.principal),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "webhook.create",
      targetType: "webhook",
      targetId: row.id,
      after: toView(row),
    });
    return kind === "webhook" && secret ? { ...toView(row), secret } : toView(row);
  });
}
