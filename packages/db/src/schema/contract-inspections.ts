import { foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns.js";
import { companies } from "./companies.js";
import { compounds } from "./compounds.js";
import { contracts } from "./contracts.js";
import { tenantIsolation } from "./rls.js";

/**
 * 履约检查: an inspection of a compound against the obligations of the contract in force that
 * day. The company and compound are copied from the contract for the readers' filters. Append-only.
 */
export const contractInspections = pgTable(
  "contract_inspections",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    contractId: text("contract_id").notNull(),
    compoundId: text("compound_id").notNull(),
    companyId: text("company_id").notNull(),
    inspectedAt: timestamptz("inspected_at").notNull(),
    inspector: text("inspector").notNull(),
    /** Per obligation checked: the promise then, what was observed, pass or fail, a note. */
    results: jsonb("results")
      .$type<
        { kind: string; promised: number; observed: number | null; passed: boolean; note: string | null }[]
      >()
      .notNull(),
    note: text("note"),
    recordedBy: text("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "contract_inspections_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "contract_inspections_contract_fk",
      columns: [t.tenantId, t.contractId],
      foreignColumns: [contracts.tenantId, contracts.id],
    }),
    foreignKey({
      name: "contract_inspections_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "contract_inspections_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    index("contract_inspections_contract_idx").on(t.tenantId, t.contractId, t.inspectedAt),
    index("contract_inspections_compound_idx").on(t.tenantId, t.compoundId),
    index("contract_inspections_company_idx").on(t.tenantId, t.companyId),
    index("contract_inspections_inspected_idx").on(t.tenantId, t.inspectedAt),
    tenantIsolation("contract_inspections"),
  ],
).enableRLS();
