import { foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.js";
import { evaluations } from "./evaluations.js";
import { tenantIsolation } from "./rls.js";

export type FindingSeverity = "info" | "minor" | "major" | "critical";

/**
 * A policy's verdict that something falls short, from one evaluation. Re-running a period
 * replaces that period's findings (delete + insert in one transaction).
 */
export const findings = pgTable(
  "findings",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    evaluationId: text("evaluation_id").notNull(),
    period: text("period").notNull(),
    policy: text("policy").notNull(),
    rule: text("rule").notNull(),
    severity: text("severity").$type<FindingSeverity>().notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    subjectName: text("subject_name").notNull(),
    /** The region the finding belongs to, for filtering by subtree; null for county-wide ones. */
    regionId: text("region_id"),
    messageZh: text("message_zh").notNull(),
    messageEn: text("message_en").notNull(),
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "findings_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "findings_evaluation_fk",
      columns: [t.tenantId, t.evaluationId],
      foreignColumns: [evaluations.tenantId, evaluations.id],
    }),
    index("findings_period_policy_idx").on(t.tenantId, t.period, t.policy),
    index("findings_region_idx").on(t.tenantId, t.regionId),
    tenantIsolation("findings"),
  ],
).enableRLS();
