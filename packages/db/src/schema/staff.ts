import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds } from "./compounds.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";
import { users } from "./users.js";

/** 三支队伍的专职人员: a member of a staff team serving a region or a compound. */
export const staff = pgTable(
  "staff",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    /** A team code of the tenant's mechanism. */
    team: text("team").notNull(),
    dedicated: boolean("dedicated").notNull(),
    regionId: text("region_id"),
    compoundId: text("compound_id"),
    /** The person's account, when they have one. */
    userId: text("user_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "staff_pkey", columns: [t.tenantId, t.id] }),
    check("staff_one_unit", sql`num_nonnulls(region_id, compound_id) = 1`),
    foreignKey({
      name: "staff_region_fk",
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "staff_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "staff_user_fk",
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
    }),
    index("staff_region_idx").on(t.tenantId, t.regionId),
    index("staff_compound_idx").on(t.tenantId, t.compoundId),
    index("staff_team_idx").on(t.tenantId, t.team),
    tenantIsolation("staff"),
  ],
).enableRLS();
