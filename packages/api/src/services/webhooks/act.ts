import { AppError, type NotificationEventType } from "@propgov/core";
import { webhookSubscriptions } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { audit } from "../audit.js";
import { newWebhookSecret } from "../notifications/crypto.js";
import { enqueue } from "../notifications/outbox.js";
import { inTenant } from "../tx.js";
import { checkSecret, checkUrl, storedUrl } from "./checks.js";
import { load } from "./read.js";
import { iso, toView, type WebhookView } from "./view.js";

export interface UpdateWebhookInput {
  url?: string | undefined;
  eventTypes?: NotificationEventType[] | undefined;
  description?: string | null | undefined;
  /** A DingTalk robot's signing secret: a new one, or null to leave signed mode. */
  secret?: string | null | undefined;
  /** true turns a subscription (also one disabled for failing) back on and clears its failure count. */
  enabled?: boolean | undefined;
}

export function updateWebhook(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateWebhookInput,
): Promise<WebhookView> {
  return inTenant(ctx, async (tx) => {
    const before = await load(tx, ctx, id, true);
    if (input.url !== undefined) await checkUrl(tx, ctx, input.url, before.kind);
    checkSecret(before.kind, input.secret);
    const now = ctx.deps.now();
    const patch: Partial<typeof webhookSubscriptions.$inferInsert> = { updatedAt: now };
    if (input.url !== undefined) Object.assign(patch, await storedUrl(ctx, before.kind, input.url));
    if (input.secret !== undefined) {
      patch.secretCiphertext = input.secret ? await ctx.deps.notifications.secrets.seal(input.secret) : null;
    }
    if (input.eventTypes !== undefined) patch.eventTypes = [...new Set(input.eventTypes)];
    if (input.description !== undefined) patch.description = input.description;
    if (input.enabled === true && !before.enabled) {
      Object.assign(patch, { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 });
    } else if (input.enabled === false && before.enabled) {
      Object.assign(patch, { enabled: false, disabledAt: now, disabledReason: "manual" });
    }
    const [row] = await tx
      .update(webhookSubscriptions)
      .set(patch)
      .where(and(eq(webhookSubscriptions.tenantId, ctx.tenant.id), eq(webhookSubscriptions.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Webhook '${id}' was not found.`);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "webhook.update",
      targetType: "webhook",
      targetId: id,
      before: toView(before),
      after: toView(row),
    });
    return toView(row);
  });
}

/** Deletes a subscription; deliveries waiting for it become dead letters at their next attempt. */
export function deleteWebhook(ctx: TenantServiceContext, id: string): Promise<void> {
  return inTenant(ctx, async (tx) => {
    const before = await load(tx, ctx, id, true);
    await tx
      .delete(webhookSubscriptions)
      .where(and(eq(webhookSubscriptions.tenantId, ctx.tenant.id), eq(webhookSubscriptions.id, id)));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "webhook.delete",
      targetType: "webhook",
      targetId: id,
      before: toView(before),
    });
  });
}

/**
 * A new signing secret, shown this once. The previous one keeps signing beside it (a second
 * `v1,` signature) for `graceSeconds`, so receivers can switch without losing a message.
 */
export function rotateWebhookSecret(
  ctx: TenantServiceContext,
  id: string,
  graceSeconds: number,
): Promise<WebhookView & { secret: string }> {
  return inTenant(ctx, async (tx) => {
    const before = await load(tx, ctx, id, true);
    if (before.kind !== "webhook") {
      throw new AppError(
        "conflict",
        "A robot has no signing secret of ours to rotate; change a DingTalk robot's with PATCH `secret` (机器人无需轮换密钥).",
      );
    }
    const now = ctx.deps.now();
    const secret = newWebhookSecret();
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({
        secretCiphertext: await ctx.deps.notifications.secrets.seal(secret),
        previousSecretCiphertext: graceSeconds > 0 ? before.secretCiphertext : null,
        previousSecretExpiresAt: graceSeconds > 0 ? new Date(now.getTime() + graceSeconds * 1000) : null,
        updatedAt: now,
      })
      .where(and(eq(webhookSubscriptions.tenantId, ctx.tenant.id), eq(webhookSubscriptions.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Webhook '${id}' was not found.`);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "webhook.rotateSecret",
      targetType: "webhook",
      targetId: id,
      after: { previousSecretExpiresAt: iso(row.previousSecretExpiresAt) },
    });
    return { ...toView(row), secret };
  });
}

/** Queues a signed `webhook.test` message to this subscription alone; its outcome appears in the delivery log. */
export function testWebhook(ctx: TenantServiceContext, id: string): Promise<{ messageId: string }> {
  return inTenant(ctx, async (tx) => {
    const row = await load(tx, ctx, id);
    const messageId = await enqueue(tx, ctx, ctx.tenant.id, {
      type: "webhook.test",
      subjectType: "webhook",
      subjectId: row.id,
      data: { webhookId: row.id, message: "这是一条测试推送。 This is a test delivery." },
      targetId: row.id,
    });
    return { messageId };
  });
}
