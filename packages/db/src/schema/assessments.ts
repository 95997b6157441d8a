import type { AssessmentTemplateInput, ScoredItem, ScoredVeto } from "@propgov/core";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { companies } from "./companies.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * A scored item as a scorecard holds it: core's `ScoredItem`, except that scorecards written
 * before items could be left out for lack of data lack `scored`.
 */
export type StoredScoredItem = Omit<ScoredItem, "scored"> & Partial<Pick<ScoredItem, "scored">>;

/** Companies, regions, or a region's party secretary (述职评议); core's `assessmentTargetKinds`. */
export type AssessmentTargetKind =
  | "company"
  | "township"
  | "community"
  | "townshipSecretary"
  | "communitySecretary";
export type AssessmentKind = "monthlyBulletin" | "quarterly" | "annual";
export type AssessmentStatus = "draft" | "published" | "superseded";

/**
 * An assessment template (考核细则), versioned like the mechanism: each change is a new row with
 * the next version of its `code`. Append-only (trigger): versions are history.
 */
export const assessmentTemplates = pgTable(
  "assessment_templates",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** Stable across versions, e.g. `company`, `township`. */
    code: text("code").notNull(),
    version: integer("version").notNull(),
    targetKind: text("target_kind").$type<AssessmentTargetKind>().notNull(),
    /**
     * The whole template as validated by core (name, items, vetoes, pass line, grade bands,
     * active, kinds). Typed as what core's `assessmentTemplateSchema` accepts: a version written
     * before a field with a default existed (`kinds`) lacks it, so readers parse it with the schema.
     */
    document: jsonb("document").$type<AssessmentTemplateInput>().notNull(),
    note: text("note"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "assessment_templates_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("assessment_templates_code_version_key").on(t.tenantId, t.code, t.version),
    tenantIsolation("assessment_templates"),
  ],
).enableRLS();

/**
 * One assessment cycle (月通报 / 季度考核 / 年终评比) of a period. A draft is computed and edited
 * (manual items); publishing freezes it. A correction after publishing is a new revision with a
 * reason (`revisesId`), and the old one becomes `superseded`; both stay readable.
 */
export const assessments = pgTable(
  "assessments",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind").$type<AssessmentKind>().notNull(),
    period: text("period").notNull(),
    revision: integer("revision").notNull().default(1),
    revisesId: text("revises_id"),
    reason: text("reason"),
    status: text("status").$type<AssessmentStatus>().notNull(),
    /** The template versions it applies: [{templateId, code, version}]. */
    templates: jsonb("templates").$type<{ templateId: string; code: string; version: number }[]>().notNull(),
    /** The mechanism version whose policies the figures were judged by. */
    mechanismVersion: integer("mechanism_version"),
    computedAt: timestamptz("computed_at").notNull(),
    publishedAt: timestamptz("published_at"),
    publishedBy: text("published_by"),
    /** What publishing applied (credit records made, rankings), for the record. */
    results: jsonb("results").$type<Record<string, unknown>>(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "assessments_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("assessments_revision_key").on(t.tenantId, t.kind, t.period, t.revision),
    index("assessments_period_idx").on(t.tenantId, t.period),
    tenantIsolation("assessments"),
  ],
).enableRLS();

/**
 * One target's scorecard in an assessment: total, grade, rank, veto, and every item with the
 * figures it came from. Editable while the assessment is a draft; frozen (trigger) once published.
 */
export const assessmentScorecards = pgTable(
  "assessment_scorecards",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    assessmentId: text("assessment_id").notNull(),
    templateId: text("template_id").notNull(),
    targetType: text("target_type").$type<AssessmentTargetKind>().notNull(),
    targetId: text("target_id").notNull(),
    targetName: text("target_name").notNull(),
    /** The region the target belongs to (itself for townships and communities), for scoping. */
    regionId: text("region_id"),
    total: doublePrecision("total").notNull(),
    grade: text("grade"),
    rank: integer("rank"),
    passed: boolean("passed").notNull(),
    vetoed: boolean("vetoed").notNull().default(false),
    /** False: no data at all to score the target on (不参评): no grade, no rank, not failed. */
    assessable: boolean("assessable").notNull().default(true),
    /** Core's scored items (id, title, points, score, source, rule, figures, manual entry) and vetoes. */
    items: jsonb("items").$type<StoredScoredItem[]>().notNull(),
    vetoes: jsonb("vetoes").$type<ScoredVeto[]>().notNull().default([]),
    previousTotal: doublePrecision("previous_total"),
    previousRank: integer("previous_rank"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "assessment_scorecards_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "assessment_scorecards_assessment_fk",
      columns: [t.tenantId, t.assessmentId],
      foreignColumns: [assessments.tenantId, assessments.id],
    }),
    uniqueIndex("assessment_scorecards_target_key").on(
      t.tenantId,
      t.assessmentId,
      t.templateId,
      t.targetType,
      t.targetId,
    ),
    index("assessment_scorecards_target_idx").on(t.tenantId, t.targetType, t.targetId),
    tenantIsolation("assessment_scorecards"),
  ],
).enableRLS();

export type CreditKind = "good" | "bad";
export type CreditSource = "assessment" | "finding" | "administrativePenalty" | "award" | "manual";

/** The details of an administrative penalty (行政处罚), as the 双公示 layout needs them. */
export interface PenaltyDetails {
  decisionNumber: string;
  authority: string;
  authorityUscc?: string | null;
  /** 罚款金额 in 万元. */
  fine?: number | null;
  decidedOn: string;
  penaltyType?: string | null;
  cause?: string | null;
  basis?: string | null;
  content?: string | null;
  legalRepresentative?: string | null;
  note?: string | null;
  /** 行政相对人类别 (CF_XDR_LB): `legalPerson` 法人及非法人组织, `individualBusiness` 个体工商户. */
  partyCategory?: "legalPerson" | "individualBusiness" | null;
  /** 违法行为类型 (CF_WFXW). */
  violationType?: string | null;
  /** 公示截止期 (CF_GSJZQ): the last day the penalty is shown publicly. */
  publicUntil?: string | null;
}

/**
 * A record of a company's credit file (信用档案): good or bad, points, where it came from, when it
 * is in force. Records are never deleted; a wrong one is revoked (信用修复) with a reason.
 */
export const creditRecords = pgTable(
  "credit_records",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    companyId: text("company_id").notNull(),
    kind: text("kind").$type<CreditKind>().notNull(),
    category: text("category").notNull(),
    points: doublePrecision("points").notNull(),
    source: text("source").$type<CreditSource>().notNull(),
    /** The assessment, finding or other record it came from. */
    sourceId: text("source_id"),
    evidence: text("evidence").notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    expiresOn: date("expires_on", { mode: "string" }).notNull(),
    /** Shown on the public credit board. */
    public: boolean("public").notNull().default(true),
    penalty: jsonb("penalty").$type<PenaltyDetails>(),
    revokedAt: timestamptz("revoked_at"),
    revokeReason: text("revoke_reason"),
    /** 双公示: an administrative penalty is published within 7 working days of its decision (this day, inclusive). */
    publishDueOn: date("publish_due_on", { mode: "string" }),
    /** When the 双公示 export first included it. */
    exportedAt: timestamptz("exported_at"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "credit_records_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "credit_records_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    index("credit_records_company_idx").on(t.tenantId, t.companyId, t.effectiveOn),
    index("credit_records_penalty_idx")
      .on(t.tenantId, t.effectiveOn)
      .where(sql`source = 'administrativePenalty'`),
    index("credit_records_source_idx").on(t.tenantId, t.source, t.sourceId),
    tenantIsolation("credit_records"),
  ],
).enableRLS();

export type CreditAppealKind = "objection" | "repair";
export type CreditAppealStatus = "pending" | "upheld" | "rejected" | "approved";

/**
 * A company's appeal against one of its credit records: an 异议 (objection: the record is
 * suspended from the score while pending; upheld withdraws it) or a 信用修复 application (approved:
 * the record stops counting). The record itself is never changed but for `updatedAt`; history
 * stays. At most one pending appeal per record.
 */
export const creditAppeals = pgTable(
  "credit_appeals",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    recordId: text("record_id").notNull(),
    companyId: text("company_id").notNull(),
    kind: text("kind").$type<CreditAppealKind>().notNull(),
    status: text("status").$type<CreditAppealStatus>().notNull(),
    reason: text("reason").notNull(),
    /** Attachment ids (att_…) or https URLs. */
    evidence: jsonb("evidence").$type<string[]>().notNull(),
    /** Repairs: the conditions the company states it meets (e.g. rectified, fine paid). */
    conditions: jsonb("conditions").$type<Record<string, boolean>>(),
    filedOn: date("filed_on", { mode: "string" }).notNull(),
    /** Objections: the county decides by this day (inclusive). */
    dueOn: date("due_on", { mode: "string" }),
    filedBy: text("filed_by"),
    decidedOn: date("decided_on", { mode: "string" }),
    decidedAt: timestamptz("decided_at"),
    decidedBy: text("decided_by"),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "credit_appeals_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "credit_appeals_record_fk",
      columns: [t.tenantId, t.recordId],
      foreignColumns: [creditRecords.tenantId, creditRecords.id],
    }),
    foreignKey({
      name: "credit_appeals_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    index("credit_appeals_record_idx").on(t.tenantId, t.recordId),
    uniqueIndex("credit_appeals_one_pending_key").on(t.tenantId, t.recordId).where(sql`status = 'pending'`),
    index("credit_appeals_status_idx").on(t.tenantId, t.status, t.dueOn),
    tenantIsolation("credit_appeals"),
  ],
).enableRLS();
