import type { Scope, TenantRole } from "@propgov/core";
import { sql } from "drizzle-orm";
import { foreignKey, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation, tokenLookup } from "./rls.js";
import { tenants } from "./tenants.js";

/** People who sign in to one county: administrators, staff, officers, company and committee members. */
export const users = pgTable(
  "users",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: text("roles").array().$type<TenantRole[]>().notNull(),
    scope: jsonb("scope").$type<Scope>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    passwordChangedAt: timestamptz("password_changed_at"),
    disabledAt: timestamptz("disabled_at"),
  },
  (t) => [
    primaryKey({ name: "users_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("users_tenant_username_key").on(t.tenantId, sql`lower(username)`),
    tenantIsolation("users"),
  ],
).enableRLS();

/**
 * Server-side sessions (token = `<id>.<tenant id>.<secret>`; only a SHA-256 hash of the secret is
 * stored). The token names its county, so a session is found by the primary key alone.
 */
export const sessions = pgTable(
  "sessions",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    userId: text("user_id").notNull(),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    createdAt: createdAt(),
    userAgent: text("user_agent"),
  },
  (t) => [
    primaryKey({ name: "sessions_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "sessions_user_fk",
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
    }).onDelete("cascade"),
    tenantIsolation("sessions"),
    tokenLookup("sessions"),
  ],
).enableRLS();
