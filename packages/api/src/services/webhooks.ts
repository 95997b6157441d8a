import {
  AppError,
  type NotificationEventType,
  newId,
  readTenantSettings,
  type SubscriptionDisabledReason,
  type SubscriptionKind,
} from "@propgov/core";
import { deliveries, deliveryAttempts, type Tx, tenants, webhookSubscriptions } from "@propgov/db";
import { and, desc, eq, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { actorIdOf, audit } from "./audit.js";
import { newWebhookSecret } from "./notifications/crypto.js";
import { outboundUrlProblem } from "./notifications/outbound.js";
import { enqueue } from "./notifications/outbox.js";
import { maskRobotUrl, robotUrlProblem } from "./notifications/robots.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

type Row = typeof webhookSubscriptions.$inferSelect;

export interface WebhookView {
  id: string;
  kind: SubscriptionKind;
  /** A robot's with its key masked. */
  url: string;
  /** A DingTalk robot in signed mode (加签); false for the other kinds. */
  signed: boolean;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: SubscriptionDisabledReason | null;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const toView = (r: Row): WebhookView => ({
  id: r.id,
  kind: r.kind,
  url: r.url,
  signed: r.kind === "dingtalk" && r.secretCiphertext !== null,
  description: r.description,
  eventTypes: r.eventTypes,
  enabled: r.enabled,
  disabledAt: iso(r.disabledAt),
  disabledReason: r.disabledReason ?? null,
  consecutiveFailures: r.consecutiveFailures,
  lastSuccessAt: iso(r.lastSuccessAt),
  lastFailureAt: iso(r.lastFailureAt),
  previousSecretExpiresAt: iso(r.previousSecretExpiresAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const unprocessable = (path: string, message: string) =>
  new AppError("unprocessable", `${path.replace(/^body\./, "")}: ${message}`, {
    errors: [{ path, message }],
  });

async function checkUrl(tx: Tx, ctx: TenantServiceContext, url: string, kind: SubscriptionKind) {
  const [tenant] = await tx
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenant.id));
  const settings = ctx.tenant.settings ?? readTenantSettings(tenant?.settings);
  const problem = outboundUrlProblem(
    url,
    settings.outbound.allowedHosts,
    ctx.deps.notifications.outbound.allowPrivateAddresses,
  );
  if (problem) throw unprocessable("body.url", problem);
  const robot = kind === "webhook" ? null : robotUrlProblem(kind, url);
  if (robot) throw unprocessable("body.url", robot);
}

/** A DingTalk signing secret is given only for a DingTalk robot, and reads `SEC…` as DingTalk shows it. */
function checkSecret(kind: SubscriptionKind, secret: string | null | undefined) {
  if (secret === undefined) return;
  if (kind !== "dingtalk") {
    throw unprocessable(
      "body.secret",
      kind === "webhook"
        ? "A webhook's signing secret is made by the server (rotate it with rotate-secret) (Webhook 密钥由系统生成)."
        : "Only a DingTalk robot takes a signing secret (仅钉钉机器人可设置加签密钥).",
    );
  }
  if (secret === null) return;
  if (!/^SEC[0-9a-zA-Z]{16,128}$/.test(secret)) {
    throw unprocessable(
      "body.secret",
      "DingTalk's signing secret (加签密钥) starts with 'SEC' followed by letters and digits.",
    );
  }
}

/** What is stored of a URL: a webhook's as it is; a robot's masked, with the real one sealed. */
async function storedUrl(ctx: TenantServiceContext, kind: SubscriptionKind, url: string) {
  if (kind === "webhook") return { url, urlCiphertext: null };
  return { url: maskRobotUrl(url), urlCiphertext: await ctx.deps.notifications.secrets.seal(url) };
}

async function load(tx: Tx, ctx: TenantServiceContext, id: string, lock = false): Promise<Row> {
  const q = tx
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.tenantId, ctx.tenant.id), eq(webhookSubscriptions.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw new AppError("not_found", `Webhook '${id}' was not found.`);
  return row;
}

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

export async function listWebhooks(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<WebhookView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(webhookSubscriptions)
      .where(
        and(
          eq(webhookSubscriptions.tenantId, ctx.tenant.id),
          after ? lt(webhookSubscriptions.id, after) : undefined,
        ),
      )
      .orderBy(desc(webhookSubscriptions.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(toView), input.limit);
}

export function getWebhook(ctx: TenantServiceContext, id: string): Promise<WebhookView> {
  return inTenant(ctx, async (tx) => toView(await load(tx, ctx, id)));
}

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

export interface DeliveryAttemptView {
  id: string;
  deliveryId: string;
  messageId: string;
  eventType: string;
  attempt: number;
  at: string;
  durationMs: number;
  statusCode: number | null;
  ok: boolean;
  error: string | null;
  responseBody: string | null;
  deliveryStatus: "pending" | "delivered" | "dead";
  nextAttemptAt: string | null;
}

/** The delivery log of a subscription, newest first: each attempt with its response code and (truncated) body. */
export function listWebhookDeliveries(
  ctx: TenantServiceContext,
  id: string,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<DeliveryAttemptView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    await load(tx, ctx, id);
    const rows = await tx
      .select({ a: deliveryAttempts, d: deliveries })
      .from(deliveryAttempts)
      .innerJoin(
        deliveries,
        and(
          eq(deliveries.tenantId, deliveryAttempts.tenantId),
          eq(deliveries.id, deliveryAttempts.deliveryId),
        ),
      )
      .where(
        and(
          eq(deliveryAttempts.tenantId, ctx.tenant.id),
          eq(deliveryAttempts.targetId, id),
          after ? lt(deliveryAttempts.id, after) : undefined,
        ),
      )
      .orderBy(desc(deliveryAttempts.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map(({ a, d }) => ({
        id: a.id,
        deliveryId: a.deliveryId,
        messageId: a.messageId,
        eventType: a.eventType,
        attempt: a.attempt,
        at: a.at.toISOString(),
        durationMs: a.durationMs,
        statusCode: a.statusCode,
        ok: a.ok,
        error: a.error,
        responseBody: a.responseBody,
        deliveryStatus: d.status,
        nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
      })),
      input.limit,
    );
  });
}
