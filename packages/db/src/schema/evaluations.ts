import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** One run of every enabled policy's `evaluate` over a period (`2024-05`, `2024-Q2`, `2024`). */
export const evaluations = pgTable(
  "evaluations",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    period: text("period").notNull(),
    startedAt: timestamptz("started_at").notNull(),
    finishedAt: timestamptz("finished_at").notNull(),
    findingCount: integer("finding_count").notNull(),
    /** The mechanism version the policies ran with. */
    mechanismVersion: integer("mechanism_version").notNull(),
    createdBy: text("created_by"),
  },
  (t) => [
    primaryKey({ name: "evaluations_pkey", columns: [t.tenantId, t.id] }),
    index("evaluations_period_idx").on(t.tenantId, t.period),
    tenantIsolation("evaluations"),
  ],
).enableRLS();
