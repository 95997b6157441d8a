import { foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { companies } from "./companies.js";
import { compounds } from "./compounds.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * 信息公示: what a company or committee published for a compound (fee standard, public revenue,
 * maintenance fund, …) for a period (`2026-10`, `2026-Q4`, `2026`), and when.
 */
export const disclosures = pgTable(
  "disclosures",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    compoundId: text("compound_id"),
    companyId: text("company_id"),
    /** An item code of the informationDisclosure policy (feeStandard, publicRevenue, …). */
    item: text("item").notNull(),
    period: text("period").notNull(),
    title: text("title").notNull(),
    content: text("content").notNull(),
    attachments: jsonb("attachments").$type<string[]>().notNull().default([]),
    publishedAt: timestamptz("published_at").notNull(),
    publishedBy: text("published_by"),
    publisherName: text("publisher_name"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Withdrawn (撤回): no longer shown publicly, kept for the record. */
    withdrawnAt: timestamptz("withdrawn_at"),
    /** The account (a user or an API key) that withdrew it. */
    withdrawnBy: text("withdrawn_by"),
    /** Why it was withdrawn. */
    withdrawalReason: text("withdrawal_reason"),
  },
  (t) => [
    primaryKey({ name: "disclosures_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "disclosures_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "disclosures_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    index("disclosures_compound_idx").on(t.tenantId, t.compoundId, t.item, t.period),
    index("disclosures_company_idx").on(t.tenantId, t.companyId, t.item, t.period),
    index("disclosures_published_idx").on(t.tenantId, t.publishedAt),
    tenantIsolation("disclosures"),
  ],
).enableRLS();
