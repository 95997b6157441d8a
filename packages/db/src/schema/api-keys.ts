import type { Scope, TenantRole } from "@propgov/core";
import { jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns.js";
import { tenantIsolation, tokenLookup } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * Keys for machine clients (12345 hotline bridges, integrations). Shown once, stored hashed. The key
 * names its county (`<id>.<tenant id>.<secret>`), so it is found by the primary key alone.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    /** First characters of the key, to recognise it in lists; not enough to use it. */
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    roles: text("roles").array().$type<TenantRole[]>().notNull(),
    scope: jsonb("scope").$type<Scope>(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    lastUsedAt: timestamptz("last_used_at"),
    expiresAt: timestamptz("expires_at"),
    revokedAt: timestamptz("revoked_at"),
  },
  (t) => [
    primaryKey({ name: "api_keys_pkey", columns: [t.tenantId, t.id] }),
    tenantIsolation("api_keys"),
    tokenLookup("api_keys"),
  ],
).enableRLS();
