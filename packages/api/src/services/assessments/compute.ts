import {
  AppError,
  type AssessmentConfig,
  type AssessmentKindName,
  assessment as assessmentPolicy,
  configOf,
  type ManualScore,
  newId,
  rankTargets,
  type ScoredItem,
  type ScoredVeto,
  type SourceFigures,
  scoreTarget,
} from "@propgov/core";
import { assessmentScorecards, assessments, assessmentTemplates, type Tx } from "@propgov/db";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { periodOf } from "../evaluations.js";
import { currentMechanism } from "../mechanism.js";
import { type AssessmentTarget, loadMetricWorld, type MetricWorld, targetsOf } from "./metric-world.js";
import { figuresFor } from "./metrics.js";
import { templateDocument } from "./templates.js";
import type { AssessmentRow, TemplateRef, TemplateRow } from "./view.js";
import { codeOf } from "./view.js";

export interface ComputedCard {
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

export const cardKey = (code: string, type: string, id: string) => `${code}|${type}|${id}`;

/** Totals and ranks of the latest published assessment of the kind before `period`, by card key. */
export async function previousResults(
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
export function computeCards(
  world: MetricWorld,
  templates: TemplateRow[],
  manual: Map<string, Record<string, ManualScore | null>>,
  previous: Map<string, { total: number; rank: number | null }>,
): ComputedCard[] {
  const out: ComputedCard[] = [];
  for (const template of templates) {
    const doc = templateDocument(template);
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
export async function writeCards(
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
        items: c.items,
        vetoes: c.vetoes,
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
export async function manualEntries(tx: Tx, ctx: TenantServiceContext, row: AssessmentRow) {
  const cards = await cardsOf(tx, ctx, row.id);
  const out = new Map<string, Record<string, ManualScore | null>>();
  for (const c of cards) {
    const entries: Record<string, ManualScore | null> = {};
    for (const item of c.items) if (item.manual) entries[item.id] = item.manual;
    out.set(cardKey(codeOf(row, c.templateId), c.targetType, c.targetId), entries);
  }
  return out;
}

export const cardsOf = (tx: Tx, ctx: TenantServiceContext, assessmentId: string) =>
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

export async function templateRowsOf(
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

export async function findAssessment(
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

export const notDraft = (row: AssessmentRow, what: string) =>
  new AppError(
    "conflict",
    `Assessment '${row.id}' is ${row.status}: ${what} only a draft. Correct a published one with a revision.`,
    { extensions: { currentStatus: row.status } },
  );

/** The assessment policy's config of the tenant (defaults where it says nothing). */
export const assessmentConfig = (mechanism: { policies: Record<string, { config?: unknown } | undefined> }) =>
  configOf(assessmentPolicy, mechanism.policies.assessment?.config) as AssessmentConfig;
