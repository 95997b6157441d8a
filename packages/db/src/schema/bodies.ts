import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds } from "./compounds.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** 物业管理机构: a property-management body of a mechanism level, at a region or a compound. */
export const bodies = pgTable(
  "bodies",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** A level code of the tenant's mechanism, e.g. `community`. */
    level: text("level").notNull(),
    regionId: text("region_id"),
    compoundId: text("compound_id"),
    name: text("name").notNull(),
    establishedOn: date("established_on", { mode: "string" }),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "bodies_pkey", columns: [t.tenantId, t.id] }),
    check("bodies_one_unit", sql`num_nonnulls(region_id, compound_id) = 1`),
    foreignKey({
      name: "bodies_region_fk",
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "bodies_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    index("bodies_region_idx").on(t.tenantId, t.regionId),
    index("bodies_compound_idx").on(t.tenantId, t.compoundId),
    tenantIsolation("bodies"),
  ],
).enableRLS();
