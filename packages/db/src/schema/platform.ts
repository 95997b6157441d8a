import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ActorType } from "./audit-events.js";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { platformOnly } from "./rls.js";

/** Operators of the whole installation (role platformAdmin). They belong to no tenant. */
export const platformUsers = pgTable(
  "platform_users",
  {
    id: text("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: text("roles").array().notNull().default(sql`'{platformAdmin}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    disabledAt: timestamptz("disabled_at"),
  },
  () => [uniqueIndex("platform_users_username_key").on(sql`lower(username)`), platformOnly("platform_users")],
).enableRLS();

export const platformSessions = pgTable(
  "platform_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => platformUsers.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    createdAt: createdAt(),
    userAgent: text("user_agent"),
  },
  (t) => [index("platform_sessions_user_idx").on(t.userId), platformOnly("platform_sessions")],
).enableRLS();

/**
 * What platform administrators did to tenants that outlives the tenant (its deletion). Append-only
 * like audit_events: the application role may only INSERT and SELECT, and a trigger stops changes.
 */
export const platformAuditEvents = pgTable(
  "platform_audit_events",
  {
    id: text("id").primaryKey(),
    at: timestamptz("at").notNull().defaultNow(),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [
    index("platform_audit_events_target_idx").on(t.targetType, t.targetId),
    platformOnly("platform_audit_events"),
  ],
).enableRLS();
