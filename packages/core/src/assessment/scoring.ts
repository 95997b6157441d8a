import type { Label } from "../registry/common.js";
import type { AssessmentSource, AssessmentTemplate, GradeBand, ScoringRule, VetoRule } from "./template.js";

/**
 * The figures one source gave for one target: `value` is the rate (0..1, null when there is
 * nothing to measure) or the count; the rest says what it was computed from.
 */
export interface SourceFigures {
  value: number | null;
  [detail: string]: unknown;
}

/** A manual item's entry by an inspector. */
export interface ManualScore {
  score: number;
  evidence: string;
  by?: string | null;
  at?: string;
}

export interface ScoredItem {
  id: string;
  title: Label;
  points: number;
  source: AssessmentSource;
  rule: ScoringRule;
  /** The item's points; 0 when it was not scored. */
  score: number;
  /** False when the item had nothing to measure and its rule leaves it out (`ifNoData: exclude`). */
  scored: boolean;
  /** Why the item was not scored. */
  notScored?: Label;
  figures: SourceFigures;
  /** Manual items: the inspector's entry, null until entered (scores 0 meanwhile). */
  manual?: ManualScore | null;
}

export interface ScoredVeto {
  id: string;
  title: Label;
  source: AssessmentSource;
  rule: VetoRule;
  triggered: boolean;
  figures: SourceFigures;
}

export interface TargetScore {
  items: ScoredItem[];
  /**
   * The score out of the template's full points: the points of the items scored, scaled up to
   * the whole when some were left out for lack of data (0 when the target is not assessable).
   */
  total: number;
  /** The full points of the items scored (the template's, when every item was). */
  scoredPoints: number;
  /**
   * False when the target has no data at all: none of its rate or manual items could be scored.
   * It is then listed as 不参评 (not assessable): no grade, no rank, neither passed nor failed.
   */
  assessable: boolean;
  vetoed: boolean;
  vetoes: ScoredVeto[];
  passed: boolean;
  grade: string | null;
  /** Manual items not yet entered. */
  pendingManual: string[];
}

/** Two decimals, the precision scores are shown and compared at. */
export const roundScore = (n: number) => Math.round(n * 100) / 100;

/**
 * One item's points from its figure by its rule (manual items take the entry, 0 without one);
 * null when the item has nothing to measure and its rule leaves it out.
 */
export function scoreItem(
  rule: ScoringRule,
  points: number,
  value: number | null,
  manual?: number,
): number | null {
  switch (rule.kind) {
    case "linear": {
      if (value === null) return rule.ifNoData === "full" ? points : rule.ifNoData === "zero" ? 0 : null;
      const share = (value - rule.from) / (rule.to - rule.from);
      return roundScore(points * Math.min(1, Math.max(0, share)));
    }
    case "deduction": {
      const count = value ?? 0;
      const cap = rule.cap ?? points;
      return roundScore(Math.max(0, points - Math.min(cap, rule.perFinding * count)));
    }
    case "manual":
      return roundScore(Math.min(points, Math.max(0, manual ?? 0)));
  }
}

/** Whether a veto's condition holds for its figure (a null rate never vetoes). */
export function vetoTriggered(rule: VetoRule, value: number | null): boolean {
  if (value === null) return false;
  return rule.kind === "atLeast" ? value >= rule.count : value < rule.threshold;
}

/** The first band (highest first) whose minimum the total reaches; the lowest band when vetoed. */
export function gradeOf(bands: readonly GradeBand[], total: number, vetoed = false): string | null {
  if (bands.length === 0) return null;
  if (vetoed) return bands[bands.length - 1]?.grade ?? null;
  return bands.find((b) => total >= b.min)?.grade ?? bands[bands.length - 1]?.grade ?? null;
}

const NO_FIGURES: SourceFigures = { value: null, missing: true };

const NOTHING_TO_MEASURE: Label = {
  zh: "无可计量数据（如无到期案件、无小区），本项不计分，按其余各项折算。",
  en: "Nothing to measure (no cases due, no compounds, …): left out, and the score is scaled from the other items.",
};

/**
 * Scores one target by a template from the figures of each item and veto (by id) and the
 * manual entries (by item id). Pure: the same figures always give the same score.
 */
export function scoreTarget(
  template: AssessmentTemplate,
  figures: Readonly<Record<string, SourceFigures>>,
  manual: Readonly<Record<string, ManualScore | null | undefined>> = {},
): TargetScore {
  const items: ScoredItem[] = template.items.map((item) => {
    const f = figures[item.id] ?? (item.rule.kind === "manual" ? { value: null } : NO_FIGURES);
    const entry = item.rule.kind === "manual" ? (manual[item.id] ?? null) : undefined;
    const score = scoreItem(item.rule, item.points, f.value, entry?.score);
    return {
      id: item.id,
      title: item.title,
      points: item.points,
      source: item.source,
      rule: item.rule,
      score: score ?? 0,
      scored: score !== null,
      ...(score === null ? { notScored: NOTHING_TO_MEASURE } : {}),
      figures: f,
      ...(item.rule.kind === "manual" ? { manual: entry } : {}),
    };
  });
  const vetoes: ScoredVeto[] = template.vetoes.map((veto) => {
    const f = figures[veto.id] ?? NO_FIGURES;
    return {
      id: veto.id,
      title: veto.title,
      source: veto.source,
      rule: veto.rule,
      triggered: vetoTriggered(veto.rule, f.value),
      figures: f,
    };
  });
  const fullPoints = items.reduce((a, i) => a + i.points, 0);
  const scored = items.filter((i) => i.scored);
  const scoredPoints = scored.reduce((a, i) => a + i.points, 0);
  // Something of its own was scored: a rate (or a rate item whose template gives points without
  // data, `ifNoData: full | zero`), or an inspector's entry. Deductions count what was found, and
  // finding nothing where nothing exists says nothing of the target.
  const measures = items.filter((i) => i.rule.kind !== "deduction");
  const assessable =
    measures.length === 0 || measures.some((i) => (i.rule.kind === "manual" ? Boolean(i.manual) : i.scored));
  const raw = scored.reduce((a, i) => a + i.score, 0);
  const total = !assessable || scoredPoints === 0 ? 0 : roundScore((raw * fullPoints) / scoredPoints);
  const vetoed = vetoes.some((v) => v.triggered);
  return {
    items,
    total,
    scoredPoints,
    assessable,
    vetoed,
    vetoes,
    passed: assessable && !vetoed && total >= template.passLine,
    grade: assessable ? gradeOf(template.bands, total, vetoed) : null,
    pendingManual: items.filter((i) => i.rule.kind === "manual" && !i.manual).map((i) => i.id),
  };
}

/**
 * Ranks scored targets: those not vetoed first, by total (highest first); equal totals share a
 * rank and the next rank skips (1, 1, 3). A target that is not assessable is not ranked (null).
 * Returns the ranks in the input's order.
 */
export function rankTargets(
  targets: readonly { total: number; vetoed: boolean; assessable?: boolean }[],
): (number | null)[] {
  const order = targets
    .map((t, i) => ({ ...t, i }))
    .filter((t) => t.assessable !== false)
    .sort((a, b) => Number(a.vetoed) - Number(b.vetoed) || b.total - a.total || a.i - b.i);
  const ranks = new Array<number | null>(targets.length).fill(null);
  order.forEach((t, pos) => {
    const prev = order[pos - 1];
    const same = prev && prev.total === t.total && prev.vetoed === t.vetoed;
    ranks[t.i] = same ? (ranks[prev.i] as number) : pos + 1;
  });
  return ranks;
}

/** 年终评比: where a target stands in the year-end ranking of its template. */
export type YearEndStanding = "excellent" | "lagging";

/**
 * The year-end standings of ranked targets (ranks as {@link rankTargets} gives them): the top
 * `excellent` (优秀) that passed and were not vetoed, and the last `lagging` (后进), ties
 * included on both sides; excellent where both would apply; null for the others and the
 * unranked (not assessable). In the input's order.
 */
export function yearEndStandings(
  targets: readonly { rank: number | null; passed: boolean; vetoed: boolean }[],
  counts: { excellent: number; lagging: number },
): (YearEndStanding | null)[] {
  const ranked = targets.flatMap((t) => (t.rank === null ? [] : [t.rank]));
  return targets.map(({ rank, passed, vetoed }) => {
    if (rank === null) return null;
    if (rank <= counts.excellent && passed && !vetoed) return "excellent";
    const below = ranked.filter((other) => other > rank).length;
    return below < counts.lagging ? "lagging" : null;
  });
}
