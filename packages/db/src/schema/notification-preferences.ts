import type { NotificationEventType } from "@propgov/core";
import { boolean, foreignKey, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";
import { users } from "./users.js";

/**
 * A county user's personal channels (个人通知偏好): email and SMS with their addresses, which event
 * types, quiet hours in the county's time zone, the language of messages. One row per user, written
 * at their first change; a user without one has the defaults (the in-app inbox alone).
 */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    emailEnabled: boolean("email_enabled").notNull().default(false),
    email: text("email"),
    smsEnabled: boolean("sms_enabled").notNull().default(false),
    phone: text("phone"),
    /** Null: every event type the user would see in the inbox. */
    eventTypes: text("event_types").array().$type<NotificationEventType[]>(),
    quietHours: jsonb("quiet_hours").$type<{ start: string; end: string }>(),
    locale: text("locale").$type<"zh" | "en">().notNull().default("zh"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "notification_preferences_pkey", columns: [t.tenantId, t.userId] }),
    foreignKey({
      name: "notification_preferences_user_fk",
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
    }).onDelete("cascade"),
    tenantIsolation("notification_preferences"),
  ],
).enableRLS();
