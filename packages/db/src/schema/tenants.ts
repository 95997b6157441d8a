import type { TenantSettingsInput } from "@propgov/core";
import { sql } from "drizzle-orm";
import { boolean, jsonb, pgPolicy, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { appRole } from "./roles.js";

/** A county. Global table: every request may resolve a slug; only the platform realm writes. */
export const tenants = pgTable(
  "tenants",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    divisionCode: text("division_code").notNull(),
    timezone: text("timezone").notNull().default("Asia/Shanghai"),
    /**
     * Core's `TenantSettings` as written; typed as what `tenantSettingsSchema` accepts (rows
     * written before a setting existed lack it). Read through core's `readTenantSettings`.
     */
    settings: jsonb("settings").$type<TenantSettingsInput>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Set while the county is disabled: every route of it answers 404 until it is enabled again. */
    archivedAt: timestamptz("archived_at"),
    /** Sample data (the Mengcheng demo): the only kind of tenant that may be deleted. */
    demo: boolean("demo").notNull().default(false),
    /**
     * The database shard that holds the county's rows (a name of `PROPGOV_SHARDS`); null: the
     * directory's own database (the shard `default`). Read in the directory only.
     */
    shard: text("shard"),
    /** Set while `propgov tenant move` copies the county to that shard: its routes answer 503. */
    movingTo: text("moving_to"),
  },
  () => [
    uniqueIndex("tenants_slug_key").on(sql`slug`),
    pgPolicy("tenants_read", { as: "permissive", for: "select", to: appRole, using: sql`true` }),
    pgPolicy("tenants_platform_insert", {
      as: "permissive",
      for: "insert",
      to: appRole,
      withCheck: sql`current_setting('app.platform', true) = 'on'`,
    }),
    pgPolicy("tenants_platform_update", {
      as: "permissive",
      for: "update",
      to: appRole,
      using: sql`current_setting('app.platform', true) = 'on'`,
      withCheck: sql`current_setting('app.platform', true) = 'on'`,
    }),
  ],
).enableRLS();
