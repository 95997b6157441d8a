import type { CommitteeMember } from "@propgov/core";
import { date, foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds } from "./compounds.js";
import { tenantIsolation } from "./rls.js";

/** 业主委员会 of a compound, with its term and members. */
export const committees = pgTable(
  "committees",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    compoundId: text("compound_id").notNull(),
    formedOn: date("formed_on", { mode: "string" }).notNull(),
    termEndsOn: date("term_ends_on", { mode: "string" }).notNull(),
    members: jsonb("members").$type<CommitteeMember[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "committees_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "committees_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    index("committees_compound_idx").on(t.tenantId, t.compoundId),
    tenantIsolation("committees"),
  ],
).enableRLS();
