import { sql } from "drizzle-orm";
import { foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { contracts } from "./contracts.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

export type NominationLevel = "municipal" | "provincial";
export type NominationStatus = "nominated" | "withdrawn" | "awarded" | "rejected";

/** 培优育优: a contract (a company at a compound) put forward for a 市优 / 省优 project in a year. */
export const excellenceNominations = pgTable(
  "excellence_nominations",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    contractId: text("contract_id").notNull(),
    level: text("level").$type<NominationLevel>().notNull(),
    year: integer("year").notNull(),
    status: text("status").$type<NominationStatus>().notNull(),
    note: text("note"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    decidedAt: timestamptz("decided_at"),
    /** The note of the withdrawal or award, or the reason of the rejection. */
    decisionNote: text("decision_note"),
    /** The account (a user or an API key) that withdrew, awarded or rejected it. */
    decidedBy: text("decided_by"),
  },
  (t) => [
    primaryKey({ name: "excellence_nominations_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "excellence_nominations_contract_fk",
      columns: [t.tenantId, t.contractId],
      foreignColumns: [contracts.tenantId, contracts.id],
    }),
    // Once per contract, level and year; a withdrawn nomination leaves room for a new one.
    uniqueIndex("excellence_nominations_contract_key")
      .on(t.tenantId, t.contractId, t.level, t.year)
      .where(sql`status <> 'withdrawn'`),
    index("excellence_nominations_year_idx").on(t.tenantId, t.year),
    tenantIsolation("excellence_nominations"),
  ],
).enableRLS();
