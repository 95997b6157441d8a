import { foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.js";
import { evaluations } from "./evaluations.js";
import { tenantIsolation } from "./rls.js";

export type FindingSeverity = "info" | "minor" | "major" | "critical";

/**
 * A policy's verdict that something falls short. Re-running a period's evaluation updates the
 * findings it finds again (by their stable `key`: policy, rule, subject and the policy's own
 * discriminator), adds the new ones and deletes those it no longer finds, in one transaction.
 * `evaluationId` is the latest run that found it.
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
    /** `policy/rule/subjectType/subjectId[/key]`, unique in the period (core's findingKey). */
    key: text("key").notNull(),
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
    uniqueIndex("findings_period_key").on(t.tenantId, t.period, t.key),
    index("findings_region_idx").on(t.tenantId, t.regionId),
    tenantIsolation("findings"),
  ],
).enableRLS();
