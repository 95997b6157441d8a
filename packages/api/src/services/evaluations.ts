import {
  AppError,
  caseTallyReaders,
  contractPerformance,
  dateInZone,
  evaluateAll,
  evaluationReaders,
  type Finding,
  findingKey,
  gridResponsibility,
  type Label,
  type Mechanism,
  newId,
  type Period,
  type PolicyLookup,
  parsePeriod,
  type Severity,
  severities,
  slicesRead,
} from "@propgov/core";
import { evaluations, findings, regions, type Tx } from "@propgov/db";
import { and, desc, eq, isNull, like, lt, ne, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { type Reach, reachOf } from "./access/reach.js";
import { actorOf, audit } from "./audit.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import type { CaseNarrowing } from "./policy-view/cases.js";
import { loadPolicyView } from "./policy-view/load.js";
import { escapeLike } from "./search.js";
import { inTenant } from "./tx.js";

// An evaluation's time is its id's time, and each finding's the evaluation's plus its index.
const evaluationId = (ms: number) => newId("evaluation", ms);
const findingId = (ms: number) => newId("finding", ms);

export interface EvaluationView {
  id: string;
  period: string;
  startedAt: Date;
  finishedAt: Date;
  findingCount: number;
  mechanismVersion: number;
  createdBy: string | null;
}

export interface EvaluationResult extends EvaluationView {
  bySeverity: Record<Severity, number>;
  byPolicy: Record<string, number>;
}

export interface FindingView {
  id: string;
  evaluationId: string;
  period: string;
  policy: string;
  rule: string;
  severity: Severity;
  subject: { type: string; id: string; name: string };
  regionId: string | null;
  message: Label;
  evidence: Record<string, unknown>;
  createdAt: Date;
}

const evaluationView = (row: typeof evaluations.$inferSelect): EvaluationView => ({
  id: row.id,
  period: row.period,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  findingCount: row.findingCount,
  mechanismVersion: row.mechanismVersion,
  createdBy: row.createdBy,
});

const findingView = (row: typeof findings.$inferSelect): FindingView => ({
  id: row.id,
  evaluationId: row.evaluationId,
  period: row.period,
  policy: row.policy,
  rule: row.rule,
  severity: row.severity,
  subject: { type: row.subjectType, id: row.subjectId, name: row.subjectName },
  regionId: row.regionId,
  message: { zh: row.messageZh, en: row.messageEn },
  evidence: row.evidence,
  createdAt: row.createdAt,
});

/** A period label as a period; anything else is 422 naming `body.period`. */
export function periodOf(label: string, path = "body.period"): Period {
  try {
    return parsePeriod(label);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError("unprocessable", error.message, { errors: [{ path, message: error.message }] });
    }
    throw error;
  }
}

/** The day a period is judged on: its last day, or today when it is not over yet. */
export function asOfFor(period: Period, today: string): string {
  return period.end < today ? period.end : today;
}

const INSERT_CHUNK = 1000;

/**
 * Runs every enabled policy of the current mechanism over the period and stores the findings,
 * replacing that period's previous ones, all in one transaction: the view is read, judged and
 * the results written consistently. Runs of one period take turns (a lock per tenant and period).
 */
export async function runEvaluation(
  ctx: TenantServiceContext,
  input: { period: string },
): Promise<EvaluationResult> {
  const period = periodOf(input.period);
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators run evaluations.");
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`evaluation:${ctx.tenant.id}:${period.label}`}))`,
    );
    const startedAt = ctx.deps.now();
    const mechanism = await currentMechanism(tx, ctx);
    // Only the slices the enabled policies read.
    const view = await loadPolicyView(
      tx,
      ctx,
      asOfFor(period, dateInZone(startedAt, ctx.tenant.timezone)),
      period,
      {
        slices: slicesRead(mechanism.document, ctx.deps.policies, "evaluate"),
        narrowCases: caseNarrowing(mechanism.document, ctx.deps.policies),
      },
    );
    const found = evaluateAll(mechanism.document, view, period, ctx.deps.policies);

    const id = evaluationId(startedAt.getTime());
    const finishedAt = ctx.deps.now();
    const [row] = await tx
      .insert(evaluations)
      .values({
        tenantId: ctx.tenant.id,
        id,
        period: period.label,
        startedAt,
        finishedAt,
        findingCount: found.length,
        mechanismVersion: mechanism.version,
        createdBy: actorOf(ctx.principal).actorId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");

    // A finding found again keeps its id (and the tasks made from it): upserted by its stable
    // key; those this run no longer finds are resolved and leave the period.
    const rows = keyed(found).map(([key, f], i) => findingRow(ctx, id, period.label, f, key, finishedAt, i));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx
        .insert(findings)
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflictDoUpdate({
          target: [findings.tenantId, findings.period, findings.key],
          set: {
            evaluationId: sql`excluded.evaluation_id`,
            severity: sql`excluded.severity`,
            subjectName: sql`excluded.subject_name`,
            regionId: sql`excluded.region_id`,
            messageZh: sql`excluded.message_zh`,
            messageEn: sql`excluded.message_en`,
            evidence: sql`excluded.evidence`,
          },
        });
    }
    const removed = await tx
      .delete(findings)
      .where(
        and(
          eq(findings.tenantId, ctx.tenant.id),
          eq(findings.period, period.label),
          ne(findings.evaluationId, id),
        ),
      )
      .returning({ id: findings.id });

    const result = { ...evaluationView(row), ...tally(found) };
    await audit(tx, ctx, ctx.tenant.id, {
      action: "evaluation.run",
      targetType: "evaluation",
      targetId: id,
      after: {
        period: period.label,
        mechanismVersion: mechanism.version,
        findingCount: found.length,
        resolvedFindings: removed.length,
        bySeverity: result.bySeverity,
        byPolicy: result.byPolicy,
      },
    });
    return result;
  });
}

/**
 * When every enabled policy that reads the period's cases is one of core's `caseTallyReaders`,
 * what their narrowed slice must keep; else undefined (a plugin, say): every case is loaded.
 */
function caseNarrowing(mechanism: Mechanism, registry: PolicyLookup): CaseNarrowing | undefined {
  const readers = evaluationReaders(mechanism, registry, "cases");
  if (!readers.every((p) => caseTallyReaders.has(p))) return undefined;
  return {
    missedFirstContact: readers.includes(gridResponsibility),
    underContract: readers.includes(contractPerformance),
  };
}

/**
 * Each finding with its stable key. Two findings of one rule about one subject without a `key`
 * of their own to tell them apart take `#2`, `#3`… in the order the policy returned them.
 */
function keyed(found: readonly Finding[]): [string, Finding][] {
  const seen = new Map<string, number>();
  return found.map((f) => {
    const base = findingKey(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base}#${n}`, f];
  });
}

function findingRow(
  ctx: TenantServiceContext,
  evaluationId: string,
  period: string,
  f: Finding,
  key: string,
  at: Date,
  index: number,
): typeof findings.$inferInsert {
  return {
    tenantId: ctx.tenant.id,
    // A millisecond per finding keeps ids in the order the policies returned them.
    id: findingId(at.getTime() + index),
    evaluationId,
    period,
    policy: f.policy,
    rule: f.rule,
    key,
    severity: f.severity,
    subjectType: f.subject.type,
    subjectId: f.subject.id,
    subjectName: f.subject.name,
    regionId: f.regionId ?? null,
    messageZh: f.message.zh,
    messageEn: f.message.en,
    evidence: f.evidence,
    createdAt: at,
  };
}

function tally(found: readonly Finding[]) {
  const bySeverity = Object.fromEntries(severities.map((s) => [s, 0])) as Record<Severity, number>;
  const byPolicy: Record<string, number> = {};
  for (const f of found) {
    bySeverity[f.severity] += 1;
    byPolicy[f.policy] = (byPolicy[f.policy] ?? 0) + 1;
  }
  return { bySeverity, byPolicy };
}

/** Evaluations newest first (re-runs of a period included: they are the history of runs). */
export async function listEvaluations(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined; period?: string | undefined },
): Promise<Page<EvaluationView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.tenantId, ctx.tenant.id),
          before ? lt(evaluations.id, before) : undefined,
          input.period ? eq(evaluations.period, input.period) : undefined,
        ),
      )
      .orderBy(desc(evaluations.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(evaluationView), input.limit);
}

export interface ListFindingsInput {
  limit: number;
  cursor?: string | undefined;
  period?: string | undefined;
  policy?: string | undefined;
  severity?: Severity | undefined;
  /** Findings of this region's subtree. */
  regionId?: string | undefined;
}

/** Findings in a region's subtree (by the region's materialised path). */
const findingsUnder = (path: string): SQL =>
  sql`exists (select 1 from ${regions} r where r.tenant_id = ${findings.tenantId} and r.id = ${findings.regionId} and r.path like ${`${escapeLike(path)}%`})`;

/** What part of the findings the reach sees: the county (and departments) all, region staff their subtree. */
function findingsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return findingsUnder(reach.path);
    default:
      throw new AppError(
        "forbidden",
        "Your role's scope names no part of the county whose findings you read.",
      );
  }
}

async function regionPathWithin(tx: Tx, ctx: TenantServiceContext, reach: Reach, regionId: string) {
  const [row] = await tx
    .select({ path: regions.path })
    .from(regions)
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.id, regionId),
        isNull(regions.archivedAt),
        reach.kind === "region" ? like(regions.path, `${escapeLike(reach.path)}%`) : undefined,
      ),
    );
  if (!row) {
    throw new AppError("not_found", `Region '${regionId}' was not found.`, {
      errors: [{ path: "query.regionId", message: "No such region in your part of the county." }],
    });
  }
  return row.path;
}

/** Findings of the latest evaluation of each period, filtered; oldest first (the policies' order). */
export async function listFindings(
  ctx: TenantServiceContext,
  input: ListFindingsInput,
): Promise<Page<FindingView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const within = findingsWithin(reach);
    const regionPath = input.regionId ? await regionPathWithin(tx, ctx, reach, input.regionId) : undefined;
    return tx
      .select()
      .from(findings)
      .where(
        and(
          eq(findings.tenantId, ctx.tenant.id),
          within,
          regionPath ? findingsUnder(regionPath) : undefined,
          after ? sql`${findings.id} > ${after}` : undefined,
          input.period ? eq(findings.period, input.period) : undefined,
          input.policy ? eq(findings.policy, input.policy) : undefined,
          input.severity ? eq(findings.severity, input.severity) : undefined,
        ),
      )
      .orderBy(findings.id)
      .limit(input.limit + 1);
  });
  return toPage(rows.map(findingView), input.limit);
}
