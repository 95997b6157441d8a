import type { AssessmentConfig } from "../policies/builtin/assessment.js";

/** A scorecard as publishing an assessment weighs it for credit. */
export interface AssessedCard {
  targetType: string;
  targetId: string;
  templateCode: string;
  rank: number | null;
  total: number;
  grade: string | null;
  passed: boolean;
  vetoed: boolean;
  /** False when there was no data at all to score. */
  assessable: boolean;
}

/** One credit record that publishing an assessment files for a company. */
export interface AssessmentCreditRecord {
  companyId: string;
  templateCode: string;
  kind: "good" | "bad";
  category: string;
  points: number;
  /** Chinese, as the credit file shows it, e.g. `2026年度考核第1名（96分，优秀）`. */
  evidence: string;
}

/**
 * The credit records that publishing an assessment files (严格考核结果运用), in card order: only an
 * annual assessment, only with `resultsToCredit` on, only company cards. The top
 * `results.annualTopGood.count` companies by rank (ties included; neither failing nor vetoed) get
 * a good record; failing or vetoed companies a bad one. A card that was not assessable (no data
 * at all) is neither a pass nor a failure, and a rule worth 0 points files nothing.
 */
export function assessmentCreditRecords(
  assessment: { kind: string; period: string },
  cards: readonly AssessedCard[],
  config: Pick<AssessmentConfig, "resultsToCredit" | "results">,
): AssessmentCreditRecord[] {
  if (assessment.kind !== "annual" || !config.resultsToCredit) return [];
  const { annualTopGood, failingBad } = config.results;
  const out: AssessmentCreditRecord[] = [];
  for (const c of cards) {
    if (c.targetType !== "company") continue;
    const top =
      annualTopGood.count > 0 && !c.vetoed && c.passed && c.rank !== null && c.rank <= annualTopGood.count;
    const fail = c.assessable && (c.vetoed || !c.passed);
    const entry = top
      ? {
          kind: "good" as const,
          category: annualTopGood.category,
          points: annualTopGood.points,
          evidence: `${assessment.period}年度考核第${c.rank}名（${c.total}分，${c.grade ?? ""}）`,
        }
      : fail
        ? {
            kind: "bad" as const,
            category: failingBad.category,
            points: failingBad.points,
            evidence: `${assessment.period}年度考核${c.vetoed ? "一票否决" : "不合格"}（${c.total}分）`,
          }
        : null;
    if (!entry || entry.points <= 0) continue;
    out.push({ companyId: c.targetId, templateCode: c.templateCode, ...entry });
  }
  return out;
}
