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
  score: number;
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
  total: number;
  vetoed: boolean;
  vetoes: ScoredVeto[];
  passed: boolean;
  grade: string | null;
  /** Manual items not yet entered. */
  pendingManual: string[];
}

/** Two decimals, the precision scores are shown and compared at. */
export const roundScore = (n: number) => Math.round(n * 100) / 100;

/** One item's points from its figure by its rule (manual items take the entry, 0 without one). */
export function scoreItem(rule: ScoringRule, points: number, value: number | null, manual?: number): number {
  switch (rule.kind) {
    case "linear": {
      if (value === null) return rule.ifNoData === "full" ? points : 0;
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
    return {
      id: item.id,
      title: item.title,
      points: item.points,
      source: item.source,
      rule: item.rule,
      score: scoreItem(item.rule, item.points, f.value, entry?.score),
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
  const total = roundScore(items.reduce((a, i) => a + i.score, 0));
  const vetoed = vetoes.some((v) => v.triggered);
  return {
    items,
    total,
    vetoed,
    vetoes,
    passed: !vetoed && total >= template.passLine,
    grade: gradeOf(template.bands, total, vetoed),
    pendingManual: items.filter((i) => i.rule.kind === "manual" && !i.manual).map((i) => i.id),
  };
}

/**
 * Ranks scored targets: those not vetoed first, by total (highest first); equal totals share a
 * rank and the next rank skips (1, 1, 3). Returns the ranks in the input's order.
 */
export function rankTargets(targets: readonly { total: number; vetoed: boolean }[]): number[] {
  const order = targets
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => Number(a.vetoed) - Number(b.vetoed) || b.total - a.total || a.i - b.i);
  const ranks = new Array<number>(targets.length);
  order.forEach((t, pos) => {
    const prev = order[pos - 1];
    const same = prev && prev.total === t.total && prev.vetoed === t.vetoed;
    ranks[t.i] = same ? (ranks[prev.i] as number) : pos + 1;
  });
  return ranks;
}
