import type {
  DeliveryChannel,
  DeliveryStatus,
  SubscriptionDisabledReason,
  SubscriptionKind,
} from "@propgov/core";
import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * The transactional outbox: one row per event someone must hear about, inserted in the same
 * transaction as the change that causes it, so a rolled-back change sends nothing. Workers fan a
 * row out into deliveries (one per matching destination) and mark it dispatched.
 */
export const outbox = pgTable(
  "outbox",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** `msg_…`: also the `webhook-id` every delivery of this message carries (stable across retries). */
    id: text("id").notNull(),
    type: text("type").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    /** The event's `data`, as integrators receive it (never a reporter's phone). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamptz("occurred_at").notNull(),
    /** Only this destination (a test-send); null: every subscription for the type. */
    targetId: text("target_id"),
    /** Set once the row has been fanned out into deliveries. */
    dispatchedAt: timestamptz("dispatched_at"),
    /** Set once the row has been fanned out into its recipients' in-app notifications. */
    inboxedAt: timestamptz("inboxed_at"),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "outbox_pkey", columns: [t.tenantId, t.id] }),
    index("outbox_pending_idx").on(t.tenantId, t.id).where(sql`dispatched_at is null`),
    index("outbox_inbox_pending_idx").on(t.tenantId, t.id).where(sql`inboxed_at is null`),
    index("outbox_subject_idx").on(t.tenantId, t.subjectType, t.subjectId),
    tenantIsolation("outbox"),
  ],
).enableRLS();

/**
 * One message to one destination. Workers claim due rows with `FOR UPDATE SKIP LOCKED` and hold
 * them by a lease (`leased_until`, `lease_token`); a failed attempt schedules the next one with
 * exponential backoff and jitter; after the configured number of attempts the row is `dead` (the
 * dead letters).
 */
export const deliveries = pgTable(
  "deliveries",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    messageId: text("message_id").notNull(),
    channel: text("channel").$type<DeliveryChannel>().notNull(),
    /** The destination: a webhook subscription's id. */
    targetId: text("target_id").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamptz("next_attempt_at").notNull(),
    leasedUntil: timestamptz("leased_until"),
    leaseToken: text("lease_token"),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: timestamptz("delivered_at"),
    deadAt: timestamptz("dead_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "deliveries_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "deliveries_message_fkey",
      columns: [t.tenantId, t.messageId],
      foreignColumns: [outbox.tenantId, outbox.id],
    }).onDelete("cascade"),
    index("deliveries_due_idx").on(t.tenantId, t.nextAttemptAt).where(sql`status = 'pending'`),
    index("deliveries_target_idx").on(t.tenantId, t.targetId, t.createdAt),
    tenantIsolation("deliveries"),
  ],
).enableRLS();

/** The delivery log: every attempt with its outcome, response code and (truncated) response body. Append-only. */
export const deliveryAttempts = pgTable(
  "delivery_attempts",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    deliveryId: text("delivery_id").notNull(),
    messageId: text("message_id").notNull(),
    targetId: text("target_id").notNull(),
    eventType: text("event_type").notNull(),
    attempt: integer("attempt").notNull(),
    at: timestamptz("at").notNull(),
    durationMs: integer("duration_ms").notNull(),
    statusCode: integer("status_code"),
    ok: boolean("ok").notNull(),
    error: text("error"),
    responseBody: text("response_body"),
  },
  (t) => [
    primaryKey({ name: "delivery_attempts_pkey", columns: [t.tenantId, t.id] }),
    index("delivery_attempts_target_idx").on(t.tenantId, t.targetId, t.at),
    index("delivery_attempts_delivery_idx").on(t.tenantId, t.deliveryId),
    tenantIsolation("delivery_attempts"),
  ],
).enableRLS();

/**
 * A county's webhook subscription: a URL, the event types it wants and a signing secret
 * (Standard Webhooks). Secrets are stored encrypted (AES-GCM); after a rotation the previous
 * secret signs as well until `previous_secret_expires_at`.
 *
 * A group robot (`kind` `wecom` or `dingtalk`) is a subscription too: its URL carries the robot's
 * key, so `url` holds it masked and `url_ciphertext` the real one, sealed; `secret_ciphertext` is
 * the DingTalk signing secret (加签, `SEC…`), or null (WeCom, DingTalk without signing).
 */
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind").$type<SubscriptionKind>().notNull().default("webhook"),
    /** The URL as shown; for a robot, with its key masked. */
    url: text("url").notNull(),
    /** A robot's real URL (with its key), sealed; null for a webhook, whose `url` is the real one. */
    urlCiphertext: text("url_ciphertext"),
    description: text("description"),
    eventTypes: text("event_types").array().notNull(),
    /** Always set for a webhook (`whsec_…`); a robot's only with DingTalk's signing secret. */
    secretCiphertext: text("secret_ciphertext"),
    previousSecretCiphertext: text("previous_secret_ciphertext"),
    previousSecretExpiresAt: timestamptz("previous_secret_expires_at"),
    enabled: boolean("enabled").notNull().default(true),
    disabledAt: timestamptz("disabled_at"),
    /** `failing` (turned off after sustained failure) or `manual`. */
    disabledReason: text("disabled_reason").$type<SubscriptionDisabledReason>(),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    lastSuccessAt: timestamptz("last_success_at"),
    lastFailureAt: timestamptz("last_failure_at"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "webhook_subscriptions_pkey", columns: [t.tenantId, t.id] }),
    tenantIsolation("webhook_subscriptions"),
  ],
).enableRLS();
