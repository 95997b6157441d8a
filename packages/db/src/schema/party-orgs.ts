import type { PartyOrgKind } from "@propgov/core";
import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { committees } from "./committees.js";
import { companies } from "./companies.js";
import { compounds } from "./compounds.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";

/** 党组织: attached to exactly one of a region (community), compound, company or committee. */
export const partyOrgs = pgTable(
  "party_orgs",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    kind: text("kind").$type<PartyOrgKind>().notNull(),
    name: text("name"),
    regionId: text("region_id"),
    compoundId: text("compound_id"),
    companyId: text("company_id"),
    committeeId: text("committee_id"),
    memberCount: integer("member_count").notNull(),
    formedOn: date("formed_on", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "party_orgs_pkey", columns: [t.tenantId, t.id] }),
    check(
      "party_orgs_one_attachment",
      sql`num_nonnulls(region_id, compound_id, company_id, committee_id) = 1`,
    ),
    foreignKey({
      name: "party_orgs_region_fk",
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "party_orgs_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "party_orgs_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    foreignKey({
      name: "party_orgs_committee_fk",
      columns: [t.tenantId, t.committeeId],
      foreignColumns: [committees.tenantId, committees.id],
    }),
    index("party_orgs_region_idx").on(t.tenantId, t.regionId),
    index("party_orgs_compound_idx").on(t.tenantId, t.compoundId),
    index("party_orgs_company_idx").on(t.tenantId, t.companyId),
    index("party_orgs_committee_idx").on(t.tenantId, t.committeeId),
    tenantIsolation("party_orgs"),
  ],
).enableRLS();
