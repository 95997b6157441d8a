import { date, foreignKey, index, jsonb, numeric, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { companies } from "./companies.js";
import { compounds } from "./compounds.js";
import { tenantIsolation } from "./rls.js";

/** 物业服务合同: a company serving a compound between two dates. */
export const contracts = pgTable(
  "contracts",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    companyId: text("company_id").notNull(),
    compoundId: text("compound_id").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    feeStandard: numeric("fee_standard", { precision: 8, scale: 2 }).notNull(),
    projectManagerName: text("project_manager_name").notNull(),
    projectManagerPhone: text("project_manager_phone").notNull(),
    /** Service obligations (服务承诺): `{ kind, value, note? }`, kinds and units from core's `obligationKinds`. */
    obligations: jsonb("obligations")
      .$type<{ kind: string; value: number; note?: string }[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "contracts_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "contracts_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    foreignKey({
      name: "contracts_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    index("contracts_compound_idx").on(t.tenantId, t.compoundId, t.startsOn),
    index("contracts_company_idx").on(t.tenantId, t.companyId),
    tenantIsolation("contracts"),
  ],
).enableRLS();

/** Project managers of a contract over time (项目经理稳定性): append-only history. */
export const contractProjectManagers = pgTable(
  "contract_project_managers",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    contractId: text("contract_id").notNull(),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    since: timestamptz("since").notNull(),
    recordedBy: text("recorded_by"),
  },
  (t) => [
    primaryKey({ name: "contract_project_managers_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "contract_project_managers_contract_fk",
      columns: [t.tenantId, t.contractId],
      foreignColumns: [contracts.tenantId, contracts.id],
    }),
    index("contract_project_managers_contract_idx").on(t.tenantId, t.contractId),
    tenantIsolation("contract_project_managers"),
  ],
).enableRLS();
