import {
  AppError,
  type ManualScore,
  newId,
  rankTargets,
  type SourceFigures,
  scoreTarget,
} from "@propgov/core";
import { assessmentScorecards, assessments } from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { actorOf, audit } from "../audit.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { cardsOf, findAssessment, manualEntries, notDraft, templateRowsOf, writeCards } from "./compute.js";
import { detailOf } from "./read.js";
import { templateDocument } from "./templates.js";
import { type AssessmentDetail, AUDIT_TARGET, type CardRow, cardView, type ScorecardView } from "./view.js";

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
    const doc = templateDocument(template);
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
      const figures: Record<string, SourceFigures> = {};
      const manual: Record<string, ManualScore | null> = {};
      for (const i of c.items) {
        figures[i.id] = i.figures;
        if (i.manual) manual[i.id] = i.manual;
      }
      for (const v of c.vetoes) figures[v.id] = v.figures;
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
            items: s.items,
            vetoes: s.vetoes,
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
        item: card.items.find((i) => i.id === item.id),
      },
      after: { total: updatedCard.total, item: entry },
    });
    return cardView(row, updatedCard);
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
