import {
  AppError,
  type AssessmentConfig,
  type AssessmentKindName,
  type AssessmentTemplate,
  assessmentKindLabels,
  assessmentKindPeriod,
  assessment as assessmentPolicy,
  configOf,
  type ManualScore,
  newId,
  rankTargets,
  type ScoredItem,
  type ScoredVeto,
  type SourceFigures,
  scoreTarget,
  unprocessable,
  type YearEndStanding,
  yearEndStandings,
} from "@propgov/core";
import {
  assessmentScorecards,
  assessments,
  assessmentTemplates,
  creditRecords,
  regions,
  type Tx,
} from "@propgov/db";
import { and, asc, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { reachOf } from "./access/reach.js";
import {
  type AssessmentTarget,
  figuresFor,
  loadMetricWorld,
  type MetricWorld,
  targetsOf,
} from "./assessment-metrics.js";
import { latestTemplates } from "./assessment-templates.js";
import { actorOf, audit } from "./audit.js";
import { insertCreditRecord } from "./credit.js";
import { periodOf } from "./evaluations.js";
import { currentMechanism } from "./mechanism.js";
import { escapeLike } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

type AssessmentRow = typeof assessments.$inferSelect;
type CardRow = typeof assessmentScorecards.$inferSelect;
type TemplateRow = typeof assessmentTemplates.$inferSelect;
type TemplateRef = { templateId: string; code: string; version: number };

export interface AssessmentView {
  id: string;
  kind: AssessmentKindName;
  period: string;
  revision: number;
  revisesId: string | null;
  reason: string | null;
  status: AssessmentRow["status"];
  templates: TemplateRef[];
  mechanismVersion: number | null;
  computedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
  results: Record<string, unknown> | null;
  createdBy: string | null;
  createdAt: Date;
}

export interface ScorecardView {
  id: string;
  templateId: string;
  templateCode: string;
  targetType: CardRow["targetType"];
  targetId: string;
  targetName: string;
  regionId: string | null;
  total: number;
  grade: string | null;
  rank: number | null;
  passed: boolean;
  vetoed: boolean;
  /** False: the target had no data at all (不参评): no grade, no rank, neither passed nor failed. */
  assessable: boolean;
  items: ScoredItem[];
  vetoes: ScoredVeto[];
  previousTotal: number | null;
  previousRank: number | null;
  /** total − previousTotal; null without a previous published assessment of the target. */
  change: number | null;
}

export interface AssessmentDetail extends AssessmentView {
  scorecards: ScorecardView[];
}

const assessmentView = (row: AssessmentRow): AssessmentView => ({
  id: row.id,
  kind: row.kind,
  period: row.period,
  revision: row.revision,
  revisesId: row.revisesId,
  reason: row.reason,
  status: row.status,
  templates: row.templates,
  mechanismVersion: row.mechanismVersion,
  computedAt: row.computedAt,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
  results: row.results ?? null,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

const codeOf = (row: AssessmentRow, templateId: string) =>
  row.templates.find((t) => t.templateId === templateId)?.code ?? templateId;

const cardView = (row: AssessmentRow, card: CardRow): ScorecardView => ({
  id: card.id,
  templateId: card.templateId,
  templateCode: codeOf(row, card.templateId),
  targetType: card.targetType,
  targetId: card.targetId,
  targetName: card.targetName,
  regionId: card.regionId,
  total: card.total,
  grade: card.grade,
  rank: card.rank,
  passed: card.passed,
  vetoed: card.vetoed,
  assessable: card.assessable,
  items: card.items as unknown as ScoredItem[],
  vetoes: card.vetoes as unknown as ScoredVeto[],
  previousTotal: card.previousTotal,
  previousRank: card.previousRank,
  change: card.previousTotal === null ? null : Math.round((card.total - card.previousTotal) * 100) / 100,
});

const AUDIT_TARGET = "assessment";

// ---------------------------------------------------------------------------------------------
// Computing

interface ComputedCard {
  template: TemplateRow;
  target: AssessmentTarget;
  total: number;
  grade: string | null;
  rank: number | null;
  passed: boolean;
  vetoed: boolean;
  assessable: boolean;
  items: ScoredItem[];
  vetoes: ScoredVeto[];
  previousTotal: number | null;
  previousRank: number | null;
}

const cardKey = (code: string, type: string, id: string) => `${code}|${type}|${id}`;

/** Totals and ranks of the latest published assessment of the kind before `period`, by card key. */
async function previousResults(
  tx: Tx,
  ctx: TenantServiceContext,
  kind: AssessmentKindName,
  period: string,
): Promise<Map<string, { total: number; rank: number | null }>> {
  const [prev] = await tx
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.tenantId, ctx.tenant.id),
        eq(assessments.kind, kind),
        eq(assessments.status, "published"),
        lt(assessments.period, period),
      ),
    )
    .orderBy(desc(assessments.period), desc(assessments.revision))
    .limit(1);
  const out = new Map<string, { total: number; rank: number | null }>();
  if (!prev) return out;
  const cards = await tx
    .select()
    .from(assessmentScorecards)
    .where(
      and(eq(assessmentScorecards.tenantId, ctx.tenant.id), eq(assessmentScorecards.assessmentId, prev.id)),
    );
  for (const c of cards)
    out.set(cardKey(codeOf(prev, c.templateId), c.targetType, c.targetId), { total: c.total, rank: c.rank });
  return out;
}

/**
 * Scores every target of every template from the world's figures (keeping the manual entries
 * given, by card key and item id), ranks each template's cards and attaches the previous
 * published results. Pure over its inputs: the same data gives the same cards.
 */
function computeCards(
  world: MetricWorld,
  templates: TemplateRow[],
  manual: Map<string, Record<string, ManualScore | null>>,
  previous: Map<string, { total: number; rank: number | null }>,
): ComputedCard[] {
  const out: ComputedCard[] = [];
  for (const template of templates) {
    const doc = template.document as unknown as AssessmentTemplate;
    const scored = targetsOf(world, doc.targetKind).map((target) => {
      const figures: Record<string, SourceFigures> = {};
      for (const item of doc.items) figures[item.id] = figuresFor(world, target, item.source);
      for (const veto of doc.vetoes) figures[veto.id] = figuresFor(world, target, veto.source);
      const key = cardKey(template.code, target.type, target.id);
      return { target, key, score: scoreTarget(doc, figures, manual.get(key) ?? {}) };
    });
    const ranks = rankTargets(scored.map((s) => s.score));
    scored.forEach((s, i) => {
      const prev = previous.get(s.key);
      out.push({
        template,
        target: s.target,
        total: s.score.total,
        grade: s.score.grade,
        rank: ranks[i] ?? null,
        passed: s.score.passed,
        vetoed: s.score.vetoed,
        assessable: s.score.assessable,
        items: s.score.items,
        vetoes: s.score.vetoes,
        previousTotal: prev?.total ?? null,
        previousRank: prev?.rank ?? null,
      });
    });
  }
  return out;
}

/** Computes and writes the cards of a draft, reusing the ids of cards it already has (by key). */
async function writeCards(
  tx: Tx,
  ctx: TenantServiceContext,
  row: AssessmentRow,
  templates: TemplateRow[],
  manual: Map<string, Record<string, ManualScore | null>>,
) {
  const period = periodOf(row.period);
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const world = await loadMetricWorld(tx, ctx, period, mechanism);
  const previous = await previousResults(tx, ctx, row.kind, row.period);
  const cards = computeCards(world, templates, manual, previous);
  const existing = await tx
    .select({
      id: assessmentScorecards.id,
      templateId: assessmentScorecards.templateId,
      targetType: assessmentScorecards.targetType,
      targetId: assessmentScorecards.targetId,
    })
    .from(assessmentScorecards)
    .where(
      and(eq(assessmentScorecards.tenantId, ctx.tenant.id), eq(assessmentScorecards.assessmentId, row.id)),
    );
  const idOf = new Map(existing.map((c) => [`${c.templateId}|${c.targetType}|${c.targetId}`, c.id]));
  if (existing.length > 0)
    await tx
      .delete(assessmentScorecards)
      .where(
        and(eq(assessmentScorecards.tenantId, ctx.tenant.id), eq(assessmentScorecards.assessmentId, row.id)),
      );
  const now = ctx.deps.now();
  if (cards.length > 0) {
    await tx.insert(assessmentScorecards).values(
      cards.map((c) => ({
        tenantId: ctx.tenant.id,
        id: idOf.get(`${c.template.id}|${c.target.type}|${c.target.id}`) ?? newId("scorecard"),
        assessmentId: row.id,
        templateId: c.template.id,
        targetType: c.target.type,
        targetId: c.target.id,
        targetName: c.target.name,
        regionId: c.target.regionId,
        total: c.total,
        grade: c.grade,
        rank: c.rank,
        passed: c.passed,
        vetoed: c.vetoed,
        assessable: c.assessable,
        items: c.items as unknown as Record<string, unknown>[],
        vetoes: c.vetoes as unknown as Record<string, unknown>[],
        previousTotal: c.previousTotal,
        previousRank: c.previousRank,
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  return cards.length;
}

/** Manual entries of an assessment's cards, by card key and item id. */
async function manualEntries(tx: Tx, ctx: TenantServiceContext, row: AssessmentRow) {
  const cards = await cardsOf(tx, ctx, row.id);
  const out = new Map<string, Record<string, ManualScore | null>>();
  for (const c of cards) {
    const entries: Record<string, ManualScore | null> = {};
    for (const item of c.items as unknown as ScoredItem[]) if (item.manual) entries[item.id] = item.manual;
    out.set(cardKey(codeOf(row, c.templateId), c.targetType, c.targetId), entries);
  }
  return out;
}

const cardsOf = (tx: Tx, ctx: TenantServiceContext, assessmentId: string) =>
  tx
    .select()
    .from(assessmentScorecards)
    .where(
      and(
        eq(assessmentScorecards.tenantId, ctx.tenant.id),
        eq(assessmentScorecards.assessmentId, assessmentId),
      ),
    )
    .orderBy(
      asc(assessmentScorecards.templateId),
      asc(assessmentScorecards.rank),
      asc(assessmentScorecards.targetName),
      asc(assessmentScorecards.id),
    );

async function templateRowsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  refs: TemplateRef[],
): Promise<TemplateRow[]> {
  if (refs.length === 0) return [];
  const rows = await tx
    .select()
    .from(assessmentTemplates)
    .where(
      and(
        eq(assessmentTemplates.tenantId, ctx.tenant.id),
        inArray(
          assessmentTemplates.id,
          refs.map((r) => r.templateId),
        ),
      ),
    );
  return refs.map((r) => rows.find((t) => t.id === r.templateId)).filter((t): t is TemplateRow => !!t);
}

async function findAssessment(
  tx: Tx,
  ctx: TenantServiceContext,
  id: string,
  lock = false,
): Promise<AssessmentRow> {
  const query = tx
    .select()
    .from(assessments)
    .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Assessment '${id}' was not found.`);
  return row;
}

const notDraft = (row: AssessmentRow, what: string) =>
  new AppError(
    "conflict",
    `Assessment '${row.id}' is ${row.status}: ${what} only a draft. Correct a published one with a revision.`,
    { extensions: { currentStatus: row.status } },
  );

// ---------------------------------------------------------------------------------------------
// Verbs

export interface CreateAssessmentInput {
  kind: AssessmentKindName;
  period: string;
  templates?: string[] | undefined;
}

/**
 * `POST /assessments`: a draft for the kind and period, scoring every target of every active
 * template (or of the codes named) from the period's data. One assessment per kind and period
 * (409 with `existingId`; correct a published one with a revision).
 */
export async function createAssessment(
  ctx: TenantServiceContext,
  input: CreateAssessmentInput,
): Promise<AssessmentDetail> {
  const period = periodOf(input.period);
  const expected = assessmentKindPeriod[input.kind];

  if (period.kind !== expected) {
    throw new AppError("unprocessable", `A ${input.kind} assessment is of a ${expected}.`, {
      errors: [
        {
          path: "body.period",
          message: `A ${expected}, e.g. ${expected === "month" ? "2026-10" : expected === "quarter" ? "2026-Q4" : "2026"}.`,
        },
      ],
    });
  }
  return inTenant(ctx, async (tx) => {
    const config = assessmentConfig((await currentMechanism(tx, ctx)).document);
    const [setting, on] = {
      monthlyBulletin: ["monthlyBulletin", config.monthlyBulletin.enabled],
      quarterly: ["quarterly", config.quarterly.enabled],
      annual: ["yearEnd", config.yearEnd.enabled],
    }[input.kind];
    if (!on) {
      throw unprocessable(
        "body.kind",
        `The county's mechanism turns ${input.kind} assessments off (policies.assessment.config.${setting}.enabled).`,
        {
          code: "assessmentKindOff",
          detail: `${assessmentKindLabels[input.kind].zh}已在本县机制中关闭 / ${assessmentKindLabels[input.kind].en} assessments are turned off in the county's mechanism.`,
        },
      );
    }
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`assessment:${ctx.tenant.id}:${input.kind}:${period.label}`}))`,
    );
    const [existing] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          eq(assessments.kind, input.kind),
          eq(assessments.period, period.label),
        ),
      )
      .limit(1);
    if (existing) {
      throw new AppError(
        "conflict",
        `A ${input.kind} assessment of ${period.label} exists ('${existing.id}'); recompute its draft or revise it.`,
        { extensions: { existingId: existing.id } },
      );
    }
    const latest = await latestTemplates(tx, ctx);
    let chosen: TemplateRow[];
    // A template is scored in the cycles it names (older documents without `kinds`: all).
    const kindsOf = (t: TemplateRow) =>
      (t.document as unknown as AssessmentTemplate).kinds ?? ["monthlyBulletin", "quarterly", "annual"];
    if (input.templates?.length) {
      chosen = input.templates.map((code, i) => {
        const t = latest.find((r) => r.code === code);
        if (!t)
          throw new AppError("unprocessable", `No assessment template '${code}'.`, {
            errors: [{ path: `body.templates.${i}`, message: "No template with this code." }],
          });
        if (!kindsOf(t).includes(input.kind))
          throw new AppError(
            "unprocessable",
            `Template '${code}' is scored in ${kindsOf(t).join(", ")} assessments, not ${input.kind}.`,
            {
              errors: [
                {
                  path: `body.templates.${i}`,
                  message: `Not scored in ${input.kind} assessments (its kinds).`,
                },
              ],
            },
          );
        return t;
      });
    } else
      chosen = latest.filter(
        (t) => (t.document as unknown as AssessmentTemplate).active && kindsOf(t).includes(input.kind),
      );
    if (chosen.length === 0) {
      throw new AppError("unprocessable", "No active assessment template applies.", {
        errors: [{ path: "body.templates", message: "Create or activate a template first." }],
      });
    }
    const mechanism = await currentMechanism(tx, ctx);
    const now = ctx.deps.now();
    const [row] = await tx
      .insert(assessments)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("assessment"),
        kind: input.kind,
        period: period.label,
        revision: 1,
        status: "draft",
        templates: chosen.map((t) => ({ templateId: t.id, code: t.code, version: t.version })),
        mechanismVersion: mechanism.version,
        computedAt: now,
        createdBy: actorOf(ctx.principal).actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await writeCards(tx, ctx, row, chosen, new Map());
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.create",
      targetType: AUDIT_TARGET,
      targetId: row.id,
      after: row,
    });
    return detailOf(tx, ctx, row);
  });
}

/** Which targets' results the caller may see: every one (null) for the county, else a test. */
async function visibleTargets(
  tx: Tx,
  ctx: TenantServiceContext,
): Promise<((targetId: string) => boolean) | null> {
  const reach = await reachOf(tx, ctx);
  if (reach.kind === "county") return null;
  if (reach.kind === "company") return (id) => id === reach.companyId;
  if (reach.kind !== "region") return () => false;
  const within = new Set(
    (
      await tx
        .select({ id: regions.id })
        .from(regions)
        .where(
          and(eq(regions.tenantId, ctx.tenant.id), sql`${regions.path} like ${`${escapeLike(reach.path)}%`}`),
        )
    ).map((r) => r.id),
  );
  return (id) => within.has(id);
}

/**
 * An assessment as the caller may see it: its results narrowed to the targets visible to them
 * (rankings entries and credit records; the revoked records' ids only for the county).
 */
function visibleView(row: AssessmentRow, visible: ((targetId: string) => boolean) | null): AssessmentView {
  const view = assessmentView(row);
  if (!visible || !view.results) return view;
  const results = view.results as {
    rankings?: Record<string, { targetId: string }[]>;
    credit?: { companyId: string }[];
  };
  return {
    ...view,
    results: {
      rankings: Object.fromEntries(
        Object.entries(results.rankings ?? {}).map(([code, list]) => [
          code,
          list.filter((r) => visible(r.targetId)),
        ]),
      ),
      credit: (results.credit ?? []).filter((r) => visible(r.companyId)),
      revokedCreditRecords: [],
    },
  };
}

async function detailOf(tx: Tx, ctx: TenantServiceContext, row: AssessmentRow): Promise<AssessmentDetail> {
  const visible = await visibleTargets(tx, ctx);
  let cards = await cardsOf(tx, ctx, row.id);
  // Region targets' regionId is the region itself; companies have none, so region staff see none.
  if (visible)
    cards = cards.filter((c) =>
      c.targetType === "company" ? visible(c.targetId) : c.regionId !== null && visible(c.regionId),
    );
  const order = new Map(row.templates.map((t, i) => [t.templateId, i]));
  cards.sort(
    (a, b) =>
      (order.get(a.templateId) ?? 0) - (order.get(b.templateId) ?? 0) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.targetName.localeCompare(b.targetName, "zh") ||
      a.id.localeCompare(b.id),
  );
  return { ...visibleView(row, visible), scorecards: cards.map((c) => cardView(row, c)) };
}

/** `GET /assessments/{id}`: the assessment with the scorecards the caller may see, by rank. */
export async function getAssessment(ctx: TenantServiceContext, id: string): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => detailOf(tx, ctx, await findAssessment(tx, ctx, id)));
}

/** `GET /assessments`: newest period first, optionally by kind, period and status. */
export async function listAssessments(
  ctx: TenantServiceContext,
  input: {
    kind?: AssessmentKindName | undefined;
    period?: string | undefined;
    status?: AssessmentRow["status"] | undefined;
  },
): Promise<AssessmentView[]> {
  return inTenant(ctx, async (tx) => {
    const visible = await visibleTargets(tx, ctx);
    const rows = await tx
      .select()
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          input.kind ? eq(assessments.kind, input.kind) : undefined,
          input.period ? eq(assessments.period, input.period) : undefined,
          input.status ? eq(assessments.status, input.status) : undefined,
        ),
      )
      .orderBy(desc(assessments.period), asc(assessments.kind), desc(assessments.revision))
      .limit(500);
    return rows.map((row) => visibleView(row, visible));
  });
}

/** `POST /assessments/{id}/recompute`: recomputes a draft from the current data, keeping manual entries. */
export async function recomputeAssessment(ctx: TenantServiceContext, id: string): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => {
    const row = await findAssessment(tx, ctx, id, true);
    if (row.status !== "draft") throw notDraft(row, "recomputes");
    const manual = await manualEntries(tx, ctx, row);
    await writeCards(tx, ctx, row, await templateRowsOf(tx, ctx, row.templates), manual);
    const [updated] = await tx
      .update(assessments)
      .set({ computedAt: ctx.deps.now(), updatedAt: ctx.deps.now() })
      .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, id)))
      .returning();
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.recompute",
      targetType: AUDIT_TARGET,
      targetId: id,
    });
    return detailOf(tx, ctx, updated ?? row);
  });
}

/**
 * `PUT /assessments/{id}/scorecards/{scorecardId}/items/{itemId}`: an inspector's score (0..the
 * item's points) and evidence for a manual item of a draft; the card's total, grade and pass and
 * the template's ranks are recomputed from the stored figures.
 */
export async function scoreManualItem(
  ctx: TenantServiceContext,
  ids: { id: string; scorecardId: string; itemId: string },
  input: { score: number; evidence: string },
): Promise<ScorecardView> {
  return inTenant(ctx, async (tx) => {
    const row = await findAssessment(tx, ctx, ids.id, true);
    if (row.status !== "draft") throw notDraft(row, "manual items are scored in");
    const cards = await cardsOf(tx, ctx, row.id);
    const card = cards.find((c) => c.id === ids.scorecardId);
    if (!card)
      throw new AppError(
        "not_found",
        `Scorecard '${ids.scorecardId}' was not found in assessment '${row.id}'.`,
      );
    const [template] = await templateRowsOf(
      tx,
      ctx,
      row.templates.filter((t) => t.templateId === card.templateId),
    );
    if (!template) throw new Error("template of a scorecard missing");
    const doc = template.document as unknown as AssessmentTemplate;
    const item = doc.items.find((i) => i.id === ids.itemId);
    if (!item) throw new AppError("not_found", `Item '${ids.itemId}' is not on this scorecard.`);
    if (item.rule.kind !== "manual") {
      throw new AppError(
        "unprocessable",
        `Item '${item.id}' is computed from ${item.source.metric}, not scored by hand.`,
        {
          errors: [{ path: "path.itemId", message: "Not a manual item." }],
        },
      );
    }
    if (input.score > item.points) {
      throw new AppError("unprocessable", `Item '${item.id}' is worth at most ${item.points} points.`, {
        errors: [{ path: "body.score", message: `At most ${item.points}.` }],
      });
    }
    const rescore = (c: CardRow, entry?: ManualScore) => {
      const items = c.items as unknown as ScoredItem[];
      const vetoes = c.vetoes as unknown as ScoredVeto[];
      const figures: Record<string, SourceFigures> = {};
      const manual: Record<string, ManualScore | null> = {};
      for (const i of items) {
        figures[i.id] = i.figures;
        if (i.manual) manual[i.id] = i.manual;
      }
      for (const v of vetoes) figures[v.id] = v.figures;
      if (entry) manual[item.id] = entry;
      return scoreTarget(doc, figures, manual);
    };
    const entry: ManualScore = {
      score: input.score,
      evidence: input.evidence,
      by: actorOf(ctx.principal).actorId,
      at: ctx.deps.now().toISOString(),
    };
    const siblings = cards.filter((c) => c.templateId === card.templateId);
    const scores = siblings.map((c) =>
      c.id === card.id ? rescore(c, entry) : { total: c.total, vetoed: c.vetoed, assessable: c.assessable },
    );
    const ranks = rankTargets(scores);
    const now = ctx.deps.now();
    let updatedCard: CardRow | undefined;
    for (const [i, c] of siblings.entries()) {
      const s = scores[i];
      if (c.id === card.id && s && "items" in s) {
        [updatedCard] = await tx
          .update(assessmentScorecards)
          .set({
            total: s.total,
            grade: s.grade,
            passed: s.passed,
            vetoed: s.vetoed,
            assessable: s.assessable,
            items: s.items as unknown as Record<string, unknown>[],
            vetoes: s.vetoes as unknown as Record<string, unknown>[],
            rank: ranks[i] ?? null,
            updatedAt: now,
          })
          .where(and(eq(assessmentScorecards.tenantId, ctx.tenant.id), eq(assessmentScorecards.id, c.id)))
          .returning();
      } else if (c.rank !== ranks[i]) {
        await tx
          .update(assessmentScorecards)
          .set({ rank: ranks[i] ?? null, updatedAt: now })
          .where(and(eq(assessmentScorecards.tenantId, ctx.tenant.id), eq(assessmentScorecards.id, c.id)));
      }
    }
    if (!updatedCard) throw new Error("update returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.scoreManualItem",
      targetType: "assessmentScorecard",
      targetId: card.id,
      before: {
        total: card.total,
        item: (card.items as unknown as ScoredItem[]).find((i) => i.id === item.id),
      },
      after: { total: updatedCard.total, item: entry },
    });
    return cardView(row, updatedCard);
  });
}

/** The assessment policy's config of the tenant (defaults where it says nothing). */
const assessmentConfig = (mechanism: { policies: Record<string, { config?: unknown } | undefined> }) =>
  configOf(assessmentPolicy, mechanism.policies.assessment?.config) as AssessmentConfig;

/**
 * `POST /assessments/{id}/publish`: freezes a draft (every manual item entered, else 409 naming
 * them). Applies the tenant's results: in an annual assessment, when `resultsToCredit` is on,
 * the top `results.annualTopGood.count` companies of each company template (by rank, ties
 * included; neither failing nor vetoed) get a good credit record and failing or vetoed companies
 * a bad one (source `assessment`, sourceId this assessment). Every template's ranking is
 * recorded in `results.rankings` (the monthly bulletin's ranking of townships and streets).
 * Publishing a revision supersedes the one it revises and revokes that one's credit records,
 * so the records stand once, from the latest revision.
 */
export async function publishAssessment(ctx: TenantServiceContext, id: string): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => {
    const row = await findAssessment(tx, ctx, id, true);
    if (row.status !== "draft") throw notDraft(row, "publishing takes");
    const cards = (await cardsOf(tx, ctx, row.id)).map((c) => cardView(row, c));
    const pending = cards.flatMap((c) =>
      c.items.filter((i) => i.rule.kind === "manual" && !i.manual).map((i) => `${c.targetName}: ${i.id}`),
    );
    if (pending.length > 0) {
      throw new AppError("conflict", `Manual items are not scored yet: ${pending.slice(0, 10).join("; ")}.`, {
        extensions: { pending },
      });
    }
    const now = ctx.deps.now();
    const actor = actorOf(ctx.principal).actorId;
    // Credit records take effect on the day of publishing, in the tenant's zone.
    const today = tenantToday(ctx);

    const revoked: string[] = [];
    if (row.revisesId) {
      const old = await findAssessment(tx, ctx, row.revisesId, true);
      if (old.status === "published") {
        await tx
          .update(assessments)
          .set({ status: "superseded", updatedAt: now })
          .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, old.id)));
      }
      const rows = await tx
        .update(creditRecords)
        .set({
          revokedAt: now,
          revokeReason: `Superseded by revision ${row.revision} (${row.id}) of the assessment.`,
          updatedAt: now,
        })
        .where(
          and(
            eq(creditRecords.tenantId, ctx.tenant.id),
            eq(creditRecords.source, "assessment"),
            eq(creditRecords.sourceId, old.id),
            isNull(creditRecords.revokedAt),
          ),
        )
        .returning({ id: creditRecords.id });
      revoked.push(...rows.map((r) => r.id));
    }

    const mechanism = (await currentMechanism(tx, ctx)).document;
    const config = assessmentConfig(mechanism);
    const rankings: Record<
      string,
      {
        rank: number | null;
        /** Annual assessments: 优秀 or 后进 by the mechanism's `yearEnd` counts. */
        standing?: YearEndStanding | null;
        targetId: string;
        targetName: string;
        total: number;
        grade: string | null;
        passed: boolean;
        vetoed: boolean;
      }[]
    > = {};
    for (const c of cards) {
      const list = rankings[c.templateCode] ?? [];
      list.push({
        rank: c.rank,
        targetId: c.targetId,
        targetName: c.targetName,
        total: c.total,
        grade: c.grade,
        passed: c.passed,
        vetoed: c.vetoed,
      });
      rankings[c.templateCode] = list;
    }
    if (row.kind === "annual") {
      for (const list of Object.values(rankings)) {
        const standings = yearEndStandings(list, config.yearEnd);
        list.forEach((entry, i) => {
          entry.standing = standings[i] ?? null;
        });
      }
    }

    const credit: {
      recordId: string;
      companyId: string;
      kind: "good" | "bad";
      category: string;
      points: number;
      templateCode: string;
    }[] = [];
    if (row.kind === "annual" && config.resultsToCredit) {
      const { annualTopGood, failingBad } = config.results;
      for (const c of cards) {
        if (c.targetType !== "company") continue;
        const top =
          annualTopGood.count > 0 &&
          !c.vetoed &&
          c.passed &&
          c.rank !== null &&
          c.rank <= annualTopGood.count;
        // Not assessable (no data at all) is neither a pass nor a failure: no credit record.
        const fail = c.assessable && (c.vetoed || !c.passed);
        const entry = top
          ? {
              kind: "good" as const,
              ...annualTopGood,
              evidence: `${row.period}年度考核第${c.rank}名（${c.total}分，${c.grade ?? ""}）`,
            }
          : fail
            ? {
                kind: "bad" as const,
                ...failingBad,
                evidence: `${row.period}年度考核${c.vetoed ? "一票否决" : "不合格"}（${c.total}分）`,
              }
            : null;
        if (!entry || entry.points <= 0) continue;
        const record = await insertCreditRecord(tx, ctx, {
          companyId: c.targetId,
          kind: entry.kind,
          category: entry.category,
          points: entry.points,
          source: "assessment",
          sourceId: row.id,
          evidence: entry.evidence,
          effectiveOn: today,
        });
        credit.push({
          recordId: record.id,
          companyId: c.targetId,
          kind: entry.kind,
          category: entry.category,
          points: entry.points,
          templateCode: c.templateCode,
        });
      }
    }
    const results = { rankings, credit, revokedCreditRecords: revoked };
    const [published] = await tx
      .update(assessments)
      .set({ status: "published", publishedAt: now, publishedBy: actor, results, updatedAt: now })
      .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, id)))
      .returning();
    if (!published) throw new Error("update returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.publish",
      targetType: AUDIT_TARGET,
      targetId: id,
      before: row,
      after: published,
    });
    return detailOf(tx, ctx, published);
  });
}

/**
 * `POST /assessments/{id}/revisions`: a correction of a published assessment — a new draft
 * (revision + 1, `revisesId`, the reason) recomputed from the current data with the same template
 * versions, keeping the manual entries. One open draft revision at a time (409).
 */
export async function reviseAssessment(
  ctx: TenantServiceContext,
  id: string,
  input: { reason: string },
): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => {
    const old = await findAssessment(tx, ctx, id, true);
    if (old.status !== "published") {
      throw new AppError(
        "conflict",
        `Assessment '${id}' is ${old.status}: only the published one is revised.`,
        { extensions: { currentStatus: old.status } },
      );
    }
    const [draft] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          eq(assessments.revisesId, id),
          eq(assessments.status, "draft"),
        ),
      );
    if (draft) {
      throw new AppError("conflict", `A draft revision of '${id}' exists ('${draft.id}').`, {
        extensions: { existingId: draft.id },
      });
    }
    const [max] = await tx
      .select({ revision: sql<number>`max(${assessments.revision})::int` })
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          eq(assessments.kind, old.kind),
          eq(assessments.period, old.period),
        ),
      );
    const mechanism = await currentMechanism(tx, ctx);
    const now = ctx.deps.now();
    const [row] = await tx
      .insert(assessments)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("assessment"),
        kind: old.kind,
        period: old.period,
        revision: Number(max?.revision ?? old.revision) + 1,
        revisesId: old.id,
        reason: input.reason,
        status: "draft",
        templates: old.templates,
        mechanismVersion: mechanism.version,
        computedAt: now,
        createdBy: actorOf(ctx.principal).actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await writeCards(
      tx,
      ctx,
      row,
      await templateRowsOf(tx, ctx, old.templates),
      await manualEntries(tx, ctx, old),
    );
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.revise",
      targetType: AUDIT_TARGET,
      targetId: row.id,
      before: old,
      after: row,
    });
    return detailOf(tx, ctx, row);
  });
}
