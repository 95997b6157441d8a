import type { VenuePurpose } from "@propgov/core";
import { sql } from "drizzle-orm";
import { check, doublePrecision, foreignKey, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds } from "./compounds.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** 阵地: an office for consultation and dispute mediation at a region or a compound. */
export const venues = pgTable(
  "venues",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** A level code of the tenant's mechanism, e.g. `compound`. */
    level: text("level").notNull(),
    regionId: text("region_id"),
    compoundId: text("compound_id"),
    name: text("name").notNull(),
    address: text("address").notNull(),
    areaM2: doublePrecision("area_m2").notNull(),
    purpose: text("purpose").array().$type<VenuePurpose[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "venues_pkey", columns: [t.tenantId, t.id] }),
    check("venues_one_unit", sql`num_nonnulls(region_id, compound_id) = 1`),
    check("venues_area_positive", sql`area_m2 > 0`),
    check("venues_purpose_given", sql`cardinality(purpose) > 0`),
    foreignKey({
      name: "venues_region_fk",
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "venues_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    index("venues_region_idx").on(t.tenantId, t.regionId),
    index("venues_compound_idx").on(t.tenantId, t.compoundId),
    tenantIsolation("venues"),
  ],
).enableRLS();
