import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * Each user's in-app notifications (站内通知): one row per outbox message per recipient, fanned out
 * from the outbox after the change commits. A user reads only their own (the services filter by
 * user; row-level security keeps counties apart). `read_at` is the one thing that changes.
 */
export const notifications = pgTable(
  "notifications",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** `ntf_…`, sortable by creation. */
    id: text("id").notNull(),
    userId: text("user_id").notNull(),
    /** The outbox message it came from. */
    messageId: text("message_id").notNull(),
    type: text("type").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    /** Rendered from the templates in Chinese and English at fan-out. */
    title: jsonb("title").$type<{ zh: string; en: string }>().notNull(),
    body: jsonb("body").$type<{ zh: string; en: string }>().notNull(),
    /** The event's data (never a reporter's name or phone). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    /** Emergencies and escalations: shown first. */
    urgent: boolean("urgent").notNull().default(false),
    createdAt: createdAt(),
    readAt: timestamptz("read_at"),
  },
  (t) => [
    primaryKey({ name: "notifications_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("notifications_message_user_key").on(t.tenantId, t.userId, t.messageId),
    index("notifications_user_idx").on(t.tenantId, t.userId, t.id),
    index("notifications_unread_idx").on(t.tenantId, t.userId).where(sql`read_at is null`),
    tenantIsolation("notifications"),
  ],
).enableRLS();
