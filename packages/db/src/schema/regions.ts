import type { RegionKind } from "@propgov/core";
import { sql } from "drizzle-orm";
import { foreignKey, index, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * The administrative tree under the county: townships and streets, communities under them.
 * `path` holds the ids from the top down to this region (`reg_A/reg_B/`), so a subtree is a
 * prefix match.
 */
export const regions = pgTable(
  "regions",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind").$type<RegionKind>().notNull(),
    parentId: text("parent_id"),
    name: text("name").notNull(),
    code: text("code"),
    path: text("path").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "regions_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "regions_parent_fk",
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    index("regions_parent_idx").on(t.tenantId, t.parentId),
    index("regions_path_idx").on(t.tenantId, t.path.op("text_pattern_ops")),
    uniqueIndex("regions_code_key")
      .on(t.tenantId, t.code)
      .where(sql`code is not null and archived_at is null`),
    tenantIsolation("regions"),
  ],
).enableRLS();
