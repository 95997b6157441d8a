import { AppError } from "@propgov/core";
import { assessmentScorecards, assessments, assessmentTemplates, type Tx } from "@propgov/db";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type PolicyNames, readableFigures, ruleLabel } from "../../reports/figures.js";
import { toLabel } from "../../reports/format.js";
import type { ReportCard, ReportItem, ReportModel, ReportSection, ReportVeto } from "../../reports/model.js";
import { type Reach, reachOf } from "../access/reach.js";
import { inTenant } from "../tx.js";

type AssessmentRow = typeof assessments.$inferSelect;
type CardRow = typeof assessmentScorecards.$inferSelect;

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v : undefined);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** One stored item (`{itemId | id, title, points, score, source, figures, manual?}`) for the report. */
function itemOf(raw: Record<string, unknown>, index: number): ReportItem {
  const id = str(raw.itemId) ?? str(raw.id) ?? `item-${index + 1}`;
  return {
    id,
    title: toLabel(raw.title, id),
    points: num(raw.points),
    score: num(raw.score),
    source: raw.source ?? null,
    rule: raw.rule ?? null,
    figures: raw.figures ?? null,
    manual: raw.manual ?? null,
  };
}

/** One stored veto: its title, and its rule and the figures that triggered it, in words. */
function vetoOf(raw: Record<string, unknown>, index: number, names: PolicyNames): ReportVeto {
  const id = str(raw.vetoId) ?? str(raw.id) ?? `veto-${index + 1}`;
  const words = [ruleLabel(raw.rule), ...readableFigures(raw.figures, raw.source, names)].filter(Boolean);
  return { title: toLabel(raw.title, id).zh, detail: str(raw.reason) ?? (words.join("；") || null) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";

function cardOf(row: CardRow, names: PolicyNames): ReportCard {
  // Read leniently, whatever version of the scoring wrote the card.
  const items: unknown[] = Array.isArray(row.items) ? row.items : [];
  const vetoes: unknown[] = Array.isArray(row.vetoes) ? row.vetoes : [];
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetName,
    total: row.total,
    grade: row.grade,
    rank: row.rank,
    passed: row.passed,
    vetoed: row.vetoed,
    assessable: row.assessable,
    previousTotal: row.previousTotal,
    previousRank: row.previousRank,
    items: items.filter(isRecord).map(itemOf),
    // Every veto of the template is stored with whether it triggered; the report lists those that did.
    vetoes: vetoes
      .filter(isRecord)
      .filter((v) => v.triggered !== false)
      .map((v, i) => vetoOf(v, i, names)),
  };
}

/** Ranking order: rank (unranked last), then total, then name. */
function byRanking(a: ReportCard, b: ReportCard): number {
  const ra = a.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.rank ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  if (a.total !== b.total) return b.total - a.total;
  return a.targetName.localeCompare(b.targetName, "zh-CN");
}

const notFound = (id: string) => new AppError("not_found", `Assessment '${id}' was not found.`);

/**
 * Who reads which report. County administrators read every assessment,
 * drafts included. A published or superseded one is the bulletin the county circulates: region
 * staff, department officers and committee members read it whole (not only their subtree).
 * Company staff read only their own company's scorecards. Anything else answers 404.
 */
function readerOf(reach: Reach, row: AssessmentRow): { scope: "full" } | { scope: "own"; companyId: string } {
  if (reach.kind === "county") return { scope: "full" };
  if (row.status === "draft" || reach.kind === "none") throw notFound(row.id);
  if (reach.kind === "company") return { scope: "own", companyId: reach.companyId };
  return { scope: "full" };
}

/** The revision that replaced a superseded assessment: the published one, else the latest a reader may see. */
async function currentRevision(tx: Tx, ctx: TenantServiceContext, row: AssessmentRow, reach: Reach) {
  const later = await tx
    .select({ id: assessments.id, revision: assessments.revision, status: assessments.status })
    .from(assessments)
    .where(
      and(
        eq(assessments.tenantId, ctx.tenant.id),
        eq(assessments.kind, row.kind),
        eq(assessments.period, row.period),
        gt(assessments.revision, row.revision),
      ),
    );
  const visible = later.filter((r) => reach.kind === "county" || r.status !== "draft");
  const current =
    visible.find((r) => r.status === "published") ?? visible.sort((a, b) => b.revision - a.revision)[0];
  if (!current) return null;
  return {
    id: current.id,
    revision: current.revision,
    href: `/v1/tenants/${encodeURIComponent(ctx.tenant.slug)}/assessments/${encodeURIComponent(current.id)}/report`,
  };
}

/**
 * Everything the report of one assessment shows, read straight from the assessment, its
 * scorecards and its template versions, limited to what the caller may read. Another tenant's
 * or an unknown id is 404; so is a draft for anyone but a county administrator.
 */
export async function loadAssessmentReport(ctx: TenantServiceContext, id: string): Promise<ReportModel> {
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(assessments)
      .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, id)));
    if (!row) throw notFound(id);
    const reach = await reachOf(tx, ctx);
    const reader = readerOf(reach, row);
    const policyNames: PolicyNames = Object.fromEntries(
      ctx.deps.policies.list().map((p) => [p.id, p.title.zh]),
    );

    const cardRows = await tx
      .select()
      .from(assessmentScorecards)
      .where(
        and(
          eq(assessmentScorecards.tenantId, ctx.tenant.id),
          eq(assessmentScorecards.assessmentId, row.id),
          ...(reader.scope === "own"
            ? [
                eq(assessmentScorecards.targetType, "company"),
                eq(assessmentScorecards.targetId, reader.companyId),
              ]
            : []),
        ),
      );

    const applied = Array.isArray(row.templates) ? row.templates : [];
    const templateIds = [
      ...new Set([...applied.map((t) => t.templateId), ...cardRows.map((c) => c.templateId)]),
    ];
    const templateRows = templateIds.length
      ? await tx
          .select()
          .from(assessmentTemplates)
          .where(
            and(
              eq(assessmentTemplates.tenantId, ctx.tenant.id),
              inArray(assessmentTemplates.id, templateIds),
            ),
          )
      : [];
    const templateById = new Map(templateRows.map((t) => [t.id, t]));
    const appliedById = new Map(applied.map((t) => [t.templateId, t]));

    const sections: ReportSection[] = [];
    for (const templateId of templateIds) {
      const cards = cardRows
        .filter((c) => c.templateId === templateId)
        .map((c) => cardOf(c, policyNames))
        .sort(byRanking);
      // A company reads only its own cards: templates without one are left out.
      if (reader.scope === "own" && cards.length === 0) continue;
      const template = templateById.get(templateId);
      const code = template?.code ?? appliedById.get(templateId)?.code ?? templateId;
      sections.push({
        templateId,
        code,
        version: template?.version ?? appliedById.get(templateId)?.version ?? null,
        name: toLabel(template?.document?.name, code),
        targetKind: template?.targetKind ?? cards[0]?.targetType ?? "company",
        cards,
      });
    }

    let revises: ReportModel["revises"] = null;
    if (row.revisesId) {
      const [previous] = await tx
        .select({ id: assessments.id, revision: assessments.revision })
        .from(assessments)
        .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, row.revisesId)));
      revises = previous ?? { id: row.revisesId, revision: Math.max(1, row.revision - 1) };
    }

    return {
      tenant: { name: ctx.tenant.name, slug: ctx.tenant.slug, timezone: ctx.tenant.timezone },
      assessment: {
        id: row.id,
        kind: row.kind,
        period: row.period,
        revision: row.revision,
        status: row.status,
        reason: row.reason,
        computedAt: row.computedAt,
        publishedAt: row.publishedAt,
      },
      revises,
      supersededBy: row.status === "superseded" ? await currentRevision(tx, ctx, row, reach) : null,
      scope: reader.scope,
      sections,
      policyNames,
      generatedAt: ctx.deps.now(),
    };
  });
}
