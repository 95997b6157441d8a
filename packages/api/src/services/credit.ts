import {
  AppError,
  type AssessmentConfig,
  assessment,
  type CreditAppealFacts,
  type CreditConfig,
  type CreditGrade,
  type CreditRecordKind,
  type CreditRecordSource,
  type CultivateExcellenceConfig,
  configOf,
  createCreditRecordSchema,
  creditScore,
  cultivateExcellence,
  dateInZone,
  defaultExpiresOn,
  type Eligibility,
  type EligibilityPurpose,
  eligibility,
  gradeRank,
  inForce,
  type JointIncentiveDecision,
  jointIncentiveDecision,
  type Mechanism,
  newId,
  type PenaltyExportRow,
  type PenaltyPartyCategory,
  type PublicationStatus,
  penaltyExportColumns,
  penaltyPartyCategoryLabels,
  publicationDueOn,
  publicationStatus,
  renderPenaltyCsv,
  satisfiedRatings,
  shiftDate,
  startOfDayIn,
  unprocessable,
} from "@propgov/core";
import {
  cases,
  companies,
  contracts,
  creditAppeals,
  creditRecords,
  type PenaltyDetails,
  type Tx,
} from "@propgov/db";
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { type Reach, reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { workingCalendarFor } from "./calendar.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

// ---------------------------------------------------------------------------------------------
// Views

/** One credit record (信用记录) of a company. */
export interface CreditRecordView {
  id: string;
  companyId: string;
  kind: CreditRecordKind;
  category: string;
  points: number;
  source: CreditRecordSource;
  sourceId: string | null;
  evidence: string;
  effectiveOn: string;
  expiresOn: string;
  public: boolean;
  penalty: PenaltyDetails | null;
  /** 双公示 of a penalty: its deadline, when it was first exported, whether it is late (today). */
  publication: PublicationStatus | null;
  /** The company's objections and repair applications against it, oldest first. */
  appeals: CreditAppealSummary[];
  revokedAt: Date | null;
  revokeReason: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An appeal as a record's view shows it. */
export interface CreditAppealSummary {
  id: string;
  kind: "objection" | "repair";
  status: "pending" | "upheld" | "rejected" | "approved";
  filedOn: string;
  dueOn: string | null;
  decidedOn: string | null;
}

type RecordRow = typeof creditRecords.$inferSelect;
type AppealRow = typeof creditAppeals.$inferSelect;

const appealSummary = (a: AppealRow): CreditAppealSummary => ({
  id: a.id,
  kind: a.kind,
  status: a.status,
  filedOn: a.filedOn,
  dueOn: a.dueOn,
  decidedOn: a.decidedOn,
});

/** A record as the API shows it: publication lateness judged today (tenant zone), with its appeals. */
export const creditRecordView = (
  ctx: TenantServiceContext,
  row: RecordRow,
  appeals: readonly AppealRow[] = [],
): CreditRecordView => ({
  id: row.id,
  companyId: row.companyId,
  kind: row.kind,
  category: row.category,
  points: row.points,
  source: row.source,
  sourceId: row.sourceId,
  evidence: row.evidence,
  effectiveOn: row.effectiveOn,
  expiresOn: row.expiresOn,
  public: row.public,
  penalty: row.penalty ?? null,
  publication:
    row.publishDueOn === null
      ? null
      : publicationStatus(
          row.publishDueOn,
          row.exportedAt ? dateInZone(row.exportedAt, ctx.tenant.timezone) : null,
          creditToday(ctx),
        ),
  appeals: appeals.map(appealSummary),
  revokedAt: row.revokedAt,
  revokeReason: row.revokeReason,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

// ---------------------------------------------------------------------------------------------
// Config

/** The credit config of a mechanism: the assessment policy's `credit` section (defaults where it says nothing). */
export function creditConfigOf(mechanism: Mechanism | null | undefined): CreditConfig {
  return (configOf(assessment, mechanism?.policies.assessment?.config) as AssessmentConfig).credit;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** What a caller (a route, assessment publishing, a finding) files as one credit record. */
export interface InsertCreditRecordInput {
  companyId: string;
  kind: "good" | "bad";
  category: string;
  points: number;
  source: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
  sourceId?: string | null;
  evidence: string;
  effectiveOn: string;
  expiresOn?: string | null;
  public?: boolean;
  /** Required for administrativePenalty; `decidedOn` defaults to effectiveOn. */
  penalty?: (Omit<PenaltyDetails, "decidedOn"> & { decidedOn?: string | null }) | null;
}

/**
 * Validates and inserts one credit record in the caller's transaction (routes, assessment
 * publishing and findings compose it), defaulting expiresOn from the tenant's credit config and
 * a penalty's decidedOn from effectiveOn, and audits `credit.record`. Errors name `body.*` paths.
 * `config` may be passed by callers that already hold it; otherwise the current mechanism's.
 */
export async function insertCreditRecord(
  tx: Tx,
  ctx: TenantServiceContext,
  input: InsertCreditRecordInput,
  config?: CreditConfig,
): Promise<CreditRecordView> {
  const { companyId, ...body } = input;
  const parsed = createCreditRecordSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = `body.${issue?.path.join(".") ?? ""}`;
    throw new AppError("unprocessable", `Invalid credit record: ${path} ${issue?.message ?? ""}`.trim(), {
      errors: parsed.error.issues.map((i) => ({ path: `body.${i.path.join(".")}`, message: i.message })),
    });
  }
  const data = parsed.data;
  const cfg = config ?? (await loadCreditConfig(tx, ctx));
  const expiresOn = data.expiresOn ?? defaultExpiresOn(data.effectiveOn, cfg);
  if (expiresOn < data.effectiveOn) {
    throw unprocessable("body.expiresOn", "On or after effectiveOn.", {
      detail: "expiresOn is before effectiveOn.",
    });
  }
  let penalty: PenaltyDetails | null = null;
  if (data.source === "administrativePenalty") {
    if (!data.penalty) {
      throw unprocessable(
        "body.penalty",
        "Required for source administrativePenalty (decisionNumber, authority, decidedOn, fine).",
        { detail: "An administrative penalty needs its decision details." },
      );
    }
    if (data.kind !== "bad") {
      throw unprocessable("body.kind", "Must be 'bad'.", {
        detail: "An administrative penalty is a bad record.",
      });
    }
    const p = data.penalty;
    // The national 双公示 layout needs these: refused when missing, never guessed.
    const missing: { path: string; message: string }[] = [];
    if (p.fine === null || p.fine === undefined)
      missing.push({
        path: "body.penalty.fine",
        message: "Required: the fine in 万元, 0 for none (罚款金额).",
      });
    if (!p.penaltyType)
      missing.push({
        path: "body.penalty.penaltyType",
        message: "Required: the kind of penalty, e.g. 警告, 罚款 (处罚类别).",
      });
    if (!p.partyCategory)
      missing.push({
        path: "body.penalty.partyCategory",
        message:
          "Required: legalPerson (法人及非法人组织) or individualBusiness (个体工商户) (行政相对人类别).",
      });
    if (!p.violationType)
      missing.push({
        path: "body.penalty.violationType",
        message: "Required: the type of violation (违法行为类型).",
      });
    if (!p.publicUntil)
      missing.push({
        path: "body.penalty.publicUntil",
        message: "Required: the last day of publication (公示截止期).",
      });
    if (missing.length > 0) {
      throw new AppError(
        "unprocessable",
        `An administrative penalty needs the 双公示 fields: ${missing.map((m) => m.path).join(", ")}.`,
        { errors: missing },
      );
    }
    const decidedOn = p.decidedOn ?? data.effectiveOn;
    if (p.publicUntil && p.publicUntil < decidedOn) {
      throw unprocessable("body.penalty.publicUntil", "On or after the decision day (decidedOn).", {
        detail: "The publication ends before the decision.",
      });
    }
    penalty = {
      decisionNumber: p.decisionNumber,
      authority: p.authority,
      authorityUscc: p.authorityUscc ?? null,
      fine: p.fine ?? null,
      decidedOn,
      penaltyType: p.penaltyType ?? null,
      cause: p.cause ?? null,
      basis: p.basis ?? null,
      content: p.content ?? null,
      legalRepresentative: p.legalRepresentative ?? null,
      note: p.note ?? null,
      partyCategory: p.partyCategory ?? null,
      violationType: p.violationType ?? null,
      publicUntil: p.publicUntil ?? null,
    };
  } else if (data.penalty) {
    throw unprocessable("body.penalty", "Only with source administrativePenalty.", {
      detail: "Penalty details belong to administrative penalties only.",
    });
  }
  const [company] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId)));
  if (!company) throw new AppError("not_found", `Company '${companyId}' was not found.`);

  const now = ctx.deps.now();
  const principal = ctx.principal;
  const [row] = await tx
    .insert(creditRecords)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("creditRecord", now.getTime()),
      companyId,
      kind: data.kind,
      category: data.category,
      points: data.points,
      source: data.source,
      sourceId: data.sourceId ?? null,
      evidence: data.evidence,
      effectiveOn: data.effectiveOn,
      expiresOn,
      public: data.public ?? true,
      penalty,
      publishDueOn: penalty
        ? publicationDueOn(penalty.decidedOn, cfg, await workingCalendarFor(tx, ctx))
        : null,
      createdBy: principal?.kind === "user" || principal?.kind === "platformUser" ? principal.userId : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = creditRecordView(ctx, row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "credit.record",
    targetType: "creditRecord",
    targetId: row.id,
    after: view,
  });
  return view;
}

/** The tenant's credit config, from its current mechanism. */
export async function loadCreditConfig(tx: Tx, ctx: TenantServiceContext): Promise<CreditConfig> {
  return creditConfigOf((await currentMechanism(tx, ctx)).document);
}

// ---------------------------------------------------------------------------------------------
// Reading and scoring

/** Today in the tenant's zone: the default `?on=`. */
export const creditToday = (ctx: TenantServiceContext) => dateInZone(ctx.deps.now(), ctx.tenant.timezone);

/** The tenant-zone date a revocation took effect on. */
const revokedOnOf = (ctx: TenantServiceContext, row: { revokedAt: Date | null }) =>
  row.revokedAt ? dateInZone(row.revokedAt, ctx.tenant.timezone) : null;

const appealFacts = (a: AppealRow): CreditAppealFacts => ({
  kind: a.kind,
  status: a.status,
  filedOn: a.filedOn,
  decidedOn: a.decidedOn,
});

/** A record with what scoring needs: its revocation day and its appeals. */
export type LoadedRecord = RecordRow & { appealRows: AppealRow[] };

const factsOf = (ctx: TenantServiceContext, row: LoadedRecord) => ({
  ...row,
  revokedOn: revokedOnOf(ctx, row),
  appeals: row.appealRows.map(appealFacts),
});

const viewOfLoaded = (ctx: TenantServiceContext, row: LoadedRecord) => {
  const { appealRows, ...rest } = row;
  return creditRecordView(ctx, rest, appealRows);
};

/** A company as its credit file names it. */
export interface CreditCompany {
  id: string;
  name: string;
  uscc: string;
}

export interface CreditStanding {
  company: CreditCompany;
  on: string;
  base: number;
  score: number;
  grade: CreditGrade;
  /** Sums of the good and bad points in force. */
  good: number;
  bad: number;
}

export interface CreditFile extends CreditStanding {
  /** Records in force on `on`, newest effective first. */
  records: CreditRecordView[];
  /** Every record (revoked and expired included), newest effective first. */
  history: CreditRecordView[];
}

/** Newest effective first; among equals, newest filed first. */
const newestFirst = (a: RecordRow, b: RecordRow) =>
  a.effectiveOn === b.effectiveOn
    ? a.id < b.id
      ? 1
      : a.id > b.id
        ? -1
        : 0
    : a.effectiveOn < b.effectiveOn
      ? 1
      : -1;

/**
 * Who reads credit files: the county, region staff and department officers every company (a
 * company's credit standing is public on the board anyway, and townships and departments weigh
 * it in bidding and inspections); company staff only their own company (others 404).
 */
function companiesReadable(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "region":
    case "department":
      return undefined;
    case "company":
      return eq(companies.id, reach.companyId);
    default:
      return sql`false`;
  }
}

async function readableCompany(tx: Tx, ctx: TenantServiceContext, reach: Reach, companyId: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId), companiesReadable(reach)));
  if (!row) throw new AppError("not_found", `Company '${companyId}' was not found.`);
  return row;
}

/** Records (of one company, or all), each with its appeals oldest first. */
export async function recordsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId?: string,
): Promise<LoadedRecord[]> {
  const rows = await tx
    .select()
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.tenantId, ctx.tenant.id),
        companyId ? eq(creditRecords.companyId, companyId) : undefined,
      ),
    );
  return withAppeals(tx, ctx, rows, companyId);
}

/** Attaches their appeals to records (one query). */
export async function withAppeals(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: RecordRow[],
  companyId?: string,
): Promise<LoadedRecord[]> {
  if (rows.length === 0) return [];
  const appeals = await tx
    .select()
    .from(creditAppeals)
    .where(
      and(
        eq(creditAppeals.tenantId, ctx.tenant.id),
        companyId
          ? eq(creditAppeals.companyId, companyId)
          : rows.length <= 500
            ? inArray(
                creditAppeals.recordId,
                rows.map((r) => r.id),
              )
            : undefined,
      ),
    )
    .orderBy(asc(creditAppeals.id));
  const byRecord = new Map<string, AppealRow[]>();
  for (const a of appeals) byRecord.set(a.recordId, [...(byRecord.get(a.recordId) ?? []), a]);
  return rows.map((r) => ({ ...r, appealRows: byRecord.get(r.id) ?? [] }));
}

/** The standing of one company on `on`, from its records (pure over what was read). */
function standingOf(
  ctx: TenantServiceContext,
  company: CreditCompany,
  rows: LoadedRecord[],
  on: string,
  config: CreditConfig,
) {
  const result = creditScore(
    rows.map((r) => factsOf(ctx, r)),
    on,
    config,
  );
  return {
    standing: {
      company,
      on,
      base: result.base,
      score: result.score,
      grade: result.grade,
      good: result.good,
      bad: result.bad,
    } satisfies CreditStanding,
    inForce: result.inForce as (LoadedRecord & { revokedOn: string | null; appeals: CreditAppealFacts[] })[],
  };
}

/** `GET /credit/companies/{id}?on=`: score, grade, records in force and the whole history. */
export async function getCreditFile(
  ctx: TenantServiceContext,
  companyId: string,
  on?: string,
): Promise<CreditFile> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const company = await readableCompany(tx, ctx, reach, companyId);
    const config = await loadCreditConfig(tx, ctx);
    const rows = (await recordsOf(tx, ctx, companyId)).sort(newestFirst);
    const { standing, inForce: live } = standingOf(ctx, company, rows, on ?? creditToday(ctx), config);
    return {
      ...standing,
      records: live.map(({ revokedOn: _, appeals: __, ...r }) => viewOfLoaded(ctx, r)),
      history: rows.map((r) => viewOfLoaded(ctx, r)),
    };
  });
}

/**
 * Every active company's standing on `on` (default today), best score first (then name), the
 * caller's reach applied (company staff see their own); `grade` keeps one grade, `local` local
 * companies (true) or the others (false).
 */
export async function rankCompanies(
  ctx: TenantServiceContext,
  input: { on?: string; grade?: CreditGrade; local?: boolean | undefined },
): Promise<CreditStanding[]> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const condition = and(
      companiesReadable(reach),
      input.local === undefined ? undefined : eq(companies.local, input.local),
    );
    return rankWithin(tx, ctx, condition, input.on ?? creditToday(ctx), input.grade);
  });
}

async function rankWithin(
  tx: Tx,
  ctx: TenantServiceContext,
  condition: SQL | undefined,
  on: string,
  grade?: CreditGrade,
  options: { includeArchived?: boolean } = {},
): Promise<CreditStanding[]> {
  const config = await loadCreditConfig(tx, ctx);
  const list = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, ctx.tenant.id),
        options.includeArchived ? undefined : isNull(companies.archivedAt),
        condition,
      ),
    )
    .orderBy(asc(companies.name), asc(companies.id));
  const byCompany = new Map<string, LoadedRecord[]>();
  for (const r of await recordsOf(tx, ctx)) {
    const l = byCompany.get(r.companyId);
    if (l) l.push(r);
    else byCompany.set(r.companyId, [r]);
  }
  return list
    .map((c) => standingOf(ctx, c, byCompany.get(c.id) ?? [], on, config).standing)
    .filter((s) => grade === undefined || s.grade === grade)
    .sort((a, b) => b.score - a.score || gradeRank(a.grade) - gradeRank(b.grade));
}

/**
 * Every company's grade on `on` (archived ones too: their contracts may still be judged), in the
 * caller's transaction; cultivateExcellence's `minCreditGrade` criterion reads it.
 */
export async function gradesOn(
  tx: Tx,
  ctx: TenantServiceContext,
  on: string,
): Promise<Map<string, CreditGrade>> {
  const all = await rankWithin(tx, ctx, undefined, on, undefined, { includeArchived: true });
  return new Map(all.map((s) => [s.company.id, s.grade]));
}

export interface RecordListInput {
  limit: number;
  cursor?: string;
  kind?: CreditRecordKind;
  source?: CreditRecordSource;
  includeRevoked?: boolean;
}

/** `GET /credit/companies/{id}/records`: newest filed first, revoked ones on request. */
export async function listCreditRecords(
  ctx: TenantServiceContext,
  companyId: string,
  input: RecordListInput,
): Promise<Page<CreditRecordView>> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await readableCompany(tx, ctx, reach, companyId);
    const rows = await tx
      .select()
      .from(creditRecords)
      .where(
        and(
          eq(creditRecords.tenantId, ctx.tenant.id),
          eq(creditRecords.companyId, companyId),
          input.kind ? eq(creditRecords.kind, input.kind) : undefined,
          input.source ? eq(creditRecords.source, input.source) : undefined,
          input.includeRevoked ? undefined : isNull(creditRecords.revokedAt),
          input.cursor ? lt(creditRecords.id, decodeCursor(input.cursor)) : undefined,
        ),
      )
      .orderBy(desc(creditRecords.id))
      .limit(input.limit + 1);
    const loaded = await withAppeals(tx, ctx, rows, companyId);
    return toPage(
      loaded.map((r) => viewOfLoaded(ctx, r)),
      input.limit,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Writing through the API

/**
 * `POST /credit/companies/{id}/records`: county administrators file any record; department
 * officers only administrative penalties (行政处罚) their department decided (403 otherwise).
 */
export async function createCreditRecord(
  ctx: TenantServiceContext,
  companyId: string,
  input: Omit<InsertCreditRecordInput, "companyId">,
): Promise<CreditRecordView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind === "department" && input.source !== "administrativePenalty") {
      throw new AppError("forbidden", "Department officers file administrative penalties only.", {
        errors: [{ path: "body.source", message: "Only 'administrativePenalty' for your role." }],
      });
    }
    if (reach.kind !== "county" && reach.kind !== "department") {
      throw new AppError(
        "forbidden",
        "Only county administrators and department officers file credit records.",
      );
    }
    // An archived company keeps its file: penalties decided before it left still go on record.
    return insertCreditRecord(tx, ctx, { ...input, companyId });
  });
}

/** `POST /credit/records/{id}/revoke`: county administrators; a record is revoked once (409 after). */
export async function revokeCreditRecord(
  ctx: TenantServiceContext,
  id: string,
  input: { reason: string },
): Promise<CreditRecordView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators revoke credit records.");
    const [row] = await tx
      .select()
      .from(creditRecords)
      .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, id)))
      .for("update");
    if (!row) throw new AppError("not_found", `Credit record '${id}' was not found.`);
    if (row.revokedAt) {
      throw new AppError("conflict", `Credit record '${id}' was already revoked.`);
    }
    const now = ctx.deps.now();
    const [updated] = await tx
      .update(creditRecords)
      .set({ revokedAt: now, revokeReason: input.reason, updatedAt: now })
      .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, id)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    const before = creditRecordView(ctx, row);
    const after = creditRecordView(ctx, updated);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "credit.revoke",
      targetType: "creditRecord",
      targetId: id,
      before,
      after,
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------------
// Linkage

export interface EligibilityView extends Eligibility {
  company: CreditCompany;
  for: EligibilityPurpose;
  on: string;
  score: number;
  grade: CreditGrade;
  /** 联合激励: granted only with the grade, residents' satisfaction and a clean recent record. */
  jointIncentives: JointIncentiveDecision;
}

/** `GET /credit/companies/{id}/eligibility?for=&on=`: may it bid, or be put up for an award? */
export async function creditEligibility(
  ctx: TenantServiceContext,
  companyId: string,
  input: { for: EligibilityPurpose; on?: string },
): Promise<EligibilityView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const company = await readableCompany(tx, ctx, reach, companyId);
    return eligibilityOf(tx, ctx, company, input.for, input.on ?? creditToday(ctx));
  });
}

/**
 * Whether `company` may bid or be put up for an award on day `on`, with the reasons when not:
 * its grade and bad records in force against the county's credit config. In the caller's
 * transaction; the company is known to exist and be readable.
 */
export async function eligibilityOf(
  tx: Tx,
  ctx: TenantServiceContext,
  company: CreditCompany,
  purpose: EligibilityPurpose,
  on: string,
): Promise<EligibilityView> {
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const config = creditConfigOf(mechanism);
  const { standing, inForce: live } = standingOf(
    ctx,
    company,
    await recordsOf(tx, ctx, company.id),
    on,
    config,
  );
  const verdict = eligibility(purpose, standing.grade, live, config);
  const rules = (
    configOf(cultivateExcellence, mechanism.policies.cultivateExcellence?.config) as CultivateExcellenceConfig
  ).jointIncentives;
  const from = shiftDate(monthsAfter(on, -rules.windowMonths), 1);
  const cleanSince = monthsAfter(on, -rules.cleanCreditMonths);
  const decision = jointIncentiveDecision({
    grade: standing.grade,
    allowed: verdict.allowed,
    satisfaction: { from, to: on, ...(await companySatisfaction(tx, ctx, company.id, from, on)) },
    recentBadRecords: live.filter((r) => r.kind === "bad" && r.effectiveOn > cleanSince).length,
    rules,
    config,
  });
  return {
    company,
    for: purpose,
    on,
    score: standing.score,
    grade: standing.grade,
    ...verdict,
    incentives: decision.incentives,
    jointIncentives: decision,
  };
}

/** The day `months` months from `date` (negative: before), the day clamped to a shorter month's end. */
function monthsAfter(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * Residents' satisfaction with a company (群众满意度): the cases rated from `from` to `to` (tenant
 * days, inclusive; cancelled cases left out) at compounds the company served on the day of the
 * rating (a contract, not archived, running that day); satisfied = satisfied or basically satisfied.
 */
export async function companySatisfaction(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId: string,
  from: string,
  to: string,
): Promise<{ rated: number; satisfied: number }> {
  const tz = ctx.tenant.timezone;
  const start = new Date(startOfDayIn(from, tz));
  const end = new Date(startOfDayIn(shiftDate(to, 1), tz));
  const ratedDay = sql`(${cases.ratedAt} at time zone ${tz})::date`;
  const [row] = await tx
    .select({
      rated: sql<number>`count(*)::int`,
      satisfied: sql<number>`(count(*) filter (where ${inArray(cases.rating, [...satisfiedRatings])}))::int`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        gte(cases.ratedAt, start),
        lt(cases.ratedAt, end),
        sql`${cases.status} <> 'cancelled'`,
        sql`exists (select 1 from ${contracts} where ${contracts.tenantId} = ${cases.tenantId} and ${contracts.compoundId} = ${cases.compoundId} and ${contracts.companyId} = ${companyId} and ${contracts.archivedAt} is null and ${contracts.startsOn} <= ${ratedDay} and ${contracts.endsOn} >= ${ratedDay})`,
      ),
    );
  return { rated: Number(row?.rated ?? 0), satisfied: Number(row?.satisfied ?? 0) };
}

/** A record as the public board shows it: no evidence, no people, no internal ids of users. */
export interface PublicCreditRecord {
  id: string;
  kind: CreditRecordKind;
  category: string;
  points: number;
  source: CreditRecordSource;
  effectiveOn: string;
  expiresOn: string;
  penalty: { decisionNumber: string; authority: string; decidedOn: string } | null;
}

export interface PublicCreditEntry {
  company: { id: string; name: string; uscc: string };
  score: number;
  grade: CreditGrade;
  records: PublicCreditRecord[];
}

export interface PublicCreditBoard {
  on: string;
  companies: PublicCreditEntry[];
}

/** `GET /public/credit`: every active company's grade and score today, with its public records in force. */
export async function publicCreditBoard(ctx: TenantServiceContext): Promise<PublicCreditBoard> {
  return inTenant(ctx, async (tx) => {
    const on = creditToday(ctx);
    const ranking = await rankWithin(tx, ctx, undefined, on);
    const byCompany = new Map<string, LoadedRecord[]>();
    for (const r of await recordsOf(tx, ctx)) {
      if (!r.public || !inForce(factsOf(ctx, r), on)) continue;
      const l = byCompany.get(r.companyId);
      if (l) l.push(r);
      else byCompany.set(r.companyId, [r]);
    }
    return {
      on,
      companies: ranking.map((s) => ({
        company: { id: s.company.id, name: s.company.name, uscc: s.company.uscc },
        score: s.score,
        grade: s.grade,
        records: (byCompany.get(s.company.id) ?? []).sort(newestFirst).map((r) => ({
          id: r.id,
          kind: r.kind,
          category: r.category,
          points: r.points,
          source: r.source,
          effectiveOn: r.effectiveOn,
          expiresOn: r.expiresOn,
          penalty: r.penalty
            ? {
                decisionNumber: r.penalty.decisionNumber,
                authority: r.penalty.authority,
                decidedOn: r.penalty.decidedOn,
              }
            : null,
        })),
      })),
    };
  });
}

/**
 * `GET /credit/exports/penalties.csv?from=&to=`: the administrative penalties decided in
 * [from, to] (revoked ones left out) in the 双公示 layout; county administrators only.
 */
export async function exportPenalties(
  ctx: TenantServiceContext,
  input: { from: string; to: string },
): Promise<string> {
  if (input.from > input.to) {
    throw new AppError("bad_request", "`from` is after `to`.", {
      errors: [{ path: "query.to", message: "On or after from." }],
    });
  }
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators export penalties.");
    const config = await loadCreditConfig(tx, ctx);
    const decidedOn = sql<string>`(${creditRecords.penalty}->>'decidedOn')`;
    const rows = await tx
      .select({
        record: creditRecords,
        companyName: companies.name,
        uscc: companies.uscc,
        legalRepresentative: companies.legalRepresentative,
      })
      .from(creditRecords)
      .innerJoin(
        companies,
        and(eq(companies.tenantId, creditRecords.tenantId), eq(companies.id, creditRecords.companyId)),
      )
      .where(
        and(
          eq(creditRecords.tenantId, ctx.tenant.id),
          eq(creditRecords.source, "administrativePenalty"),
          isNull(creditRecords.revokedAt),
          gte(decidedOn, input.from),
          lte(decidedOn, input.to),
        ),
      )
      .orderBy(asc(decidedOn), asc(creditRecords.id));
    const dataSource = config.export.dataSource ?? `${ctx.tenant.name}物业管理信用平台`;
    const dataSourceCode = config.export.dataSourceCode ?? ctx.tenant.divisionCode;
    // Records filed before the 双公示 fields were required: refused by name, never guessed.
    const incomplete = rows.flatMap(({ record }) => {
      const p = record.penalty as PenaltyDetails;
      const lacking = (
        [
          ["penaltyType", p.penaltyType],
          ["partyCategory", p.partyCategory],
          ["violationType", p.violationType],
          ["publicUntil", p.publicUntil],
        ] as const
      ).filter(([, v]) => !v);
      return lacking.map(([field]) => ({
        path: `records.${record.id}.penalty.${field}`,
        message: `${p.decisionNumber}: ${field} is required by the 双公示 layout (补录后再导出).`,
      }));
    });
    if (incomplete.length > 0) {
      throw new AppError(
        "unprocessable",
        `${new Set(incomplete.map((i) => i.path.split(".")[1])).size} penalty record(s) lack fields the 双公示 layout needs.`,
        { errors: incomplete },
      );
    }
    const out: PenaltyExportRow[] = rows.map(({ record, companyName, uscc, legalRepresentative }) => {
      const p = record.penalty as PenaltyDetails;
      return {
        CF_WSH: p.decisionNumber,
        CF_XDR_MC: companyName,
        CF_XDR_LB: penaltyPartyCategoryLabels[p.partyCategory as PenaltyPartyCategory].zh,
        CF_XDR_SHXYM: uscc,
        CF_FRDB: p.legalRepresentative ?? legalRepresentative,
        CF_CFLB: p.penaltyType as string,
        CF_WFXW: p.violationType as string,
        CF_SY: p.cause ?? record.category,
        CF_YJ: p.basis ?? "",
        CF_NR: p.content ?? "",
        CF_NR_FK: p.fine ?? null,
        CF_JDRQ: p.decidedOn,
        CF_YXQ: record.expiresOn,
        CF_GSJZQ: p.publicUntil as string,
        CF_CFJG: p.authority,
        CF_CFJGDM: p.authorityUscc ?? "",
        CF_SJLY: dataSource,
        CF_SJLYDM: dataSourceCode,
        BZ: p.note ?? "",
      };
    });
    // 双公示 tracking: the first export marks each record exported (later exports keep the first day).
    const now = ctx.deps.now();
    const fresh = rows.filter(({ record }) => record.exportedAt === null).map(({ record }) => record.id);
    if (fresh.length > 0) {
      await tx
        .update(creditRecords)
        .set({ exportedAt: now })
        .where(and(eq(creditRecords.tenantId, ctx.tenant.id), inArray(creditRecords.id, fresh)));
    }
    await audit(tx, ctx, ctx.tenant.id, {
      action: "credit.exportPenalties",
      targetType: "creditExport",
      after: {
        from: input.from,
        to: input.to,
        rows: out.length,
        columns: penaltyExportColumns.length,
        markedExported: fresh,
      },
    });
    return renderPenaltyCsv(out);
  });
}
