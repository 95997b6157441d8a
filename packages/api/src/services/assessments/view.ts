import type { AssessmentKindName, ScoredVeto } from "@propgov/core";
import type { assessmentScorecards, assessments, assessmentTemplates, StoredScoredItem } from "@propgov/db";

export type AssessmentRow = typeof assessments.$inferSelect;
export type CardRow = typeof assessmentScorecards.$inferSelect;
export type TemplateRow = typeof assessmentTemplates.$inferSelect;
export type TemplateRef = { templateId: string; code: string; version: number };

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
  /** `scored` is absent on cards written before items could be left out. */
  items: StoredScoredItem[];
  vetoes: ScoredVeto[];
  previousTotal: number | null;
  previousRank: number | null;
  /** total − previousTotal; null without a previous published assessment of the target. */
  change: number | null;
}

export interface AssessmentDetail extends AssessmentView {
  scorecards: ScorecardView[];
}

export const assessmentView = (row: AssessmentRow): AssessmentView => ({
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

export const codeOf = (row: AssessmentRow, templateId: string) =>
  row.templates.find((t) => t.templateId === templateId)?.code ?? templateId;

export const cardView = (row: AssessmentRow, card: CardRow): ScorecardView => ({
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
  items: card.items,
  vetoes: card.vetoes,
  previousTotal: card.previousTotal,
  previousRank: card.previousRank,
  change: card.previousTotal === null ? null : Math.round((card.total - card.previousTotal) * 100) / 100,
});

export const AUDIT_TARGET = "assessment";

/**
 * An assessment as the caller may see it: its results narrowed to the targets visible to them
 * (rankings entries and credit records; the revoked records' ids only for the county).
 */
export function visibleView(
  row: AssessmentRow,
  visible: ((targetId: string) => boolean) | null,
): AssessmentView {
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
