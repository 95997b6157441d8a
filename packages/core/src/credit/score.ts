import type { CreditGrade } from "../policies/builtin/cultivate-excellence.js";
import type { Label } from "../registry/common.js";
import { type CreditConfig, type CreditRecordKind, gradeAtLeast } from "./config.js";

/** What the pure credit functions need of a record. */
export interface CreditRecordFacts {
  kind: CreditRecordKind;
  category: string;
  points: number;
  effectiveOn: string;
  expiresOn: string;
  /** The tenant-zone date the record was revoked on, or null. */
  revokedOn: string | null;
  /** The company's objections (异议) and repair applications (信用修复) against it, if any. */
  appeals?: readonly CreditAppealFacts[] | undefined;
}

/** What scoring needs of an appeal: its kind, outcome and the tenant-zone days it was filed and decided. */
export interface CreditAppealFacts {
  kind: "objection" | "repair";
  status: "pending" | "upheld" | "rejected" | "approved";
  filedOn: string;
  decidedOn: string | null;
}

/**
 * Where a record stands on a day, first match wins:
 * - `revoked` from the day of its revocation;
 * - `withdrawn` from the day an objection against it was upheld (异议成立);
 * - `repaired` from the day its credit repair was approved (信用修复);
 * - `suspended` while an objection is pending: from the day it was filed to the day before its
 *   decision (a rejected objection puts the record back from the day of the decision);
 * - `notYetEffective` before effectiveOn, `expired` after expiresOn;
 * - else `inForce`: only such records count in the score.
 */
export type CreditRecordStanding =
  | "inForce"
  | "notYetEffective"
  | "expired"
  | "revoked"
  | "withdrawn"
  | "repaired"
  | "suspended";

export function recordStandingOn(record: CreditRecordFacts, on: string): CreditRecordStanding {
  if (record.revokedOn !== null && record.revokedOn <= on) return "revoked";
  const appeals = record.appeals ?? [];
  const decidedBy = (a: CreditAppealFacts) => a.decidedOn !== null && a.decidedOn <= on;
  if (appeals.some((a) => a.kind === "objection" && a.status === "upheld" && decidedBy(a)))
    return "withdrawn";
  if (appeals.some((a) => a.kind === "repair" && a.status === "approved" && decidedBy(a))) return "repaired";
  if (appeals.some((a) => a.kind === "objection" && a.filedOn <= on && !decidedBy(a))) return "suspended";
  if (on < record.effectiveOn) return "notYetEffective";
  if (on > record.expiresOn) return "expired";
  return "inForce";
}

/**
 * Whether a record is in force on `on` (`YYYY-MM-DD`): effectiveOn ≤ on ≤ expiresOn, not revoked
 * on or before `on` (a revocation takes effect the day it is made), not withdrawn, repaired or
 * suspended by an appeal (see `recordStandingOn`).
 */
export const inForce = (record: CreditRecordFacts, on: string): boolean =>
  recordStandingOn(record, on) === "inForce";

/** Score to two decimals, free of floating-point noise (84.99 stays 84.99). */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The grade of a score: the best band whose floor it reaches. Below B it is C only with a bad
 * record in force (when `cRequiresBadRecords`, the default); otherwise it stays B — a low score
 * from missing good records alone is not a credit failure.
 */
export function creditGrade(score: number, hasBadInForce: boolean, config: CreditConfig): CreditGrade {
  const { bands } = config;
  if (score >= bands.AAA) return "AAA";
  if (score >= bands.AA) return "AA";
  if (score >= bands.A) return "A";
  if (score >= bands.B) return "B";
  return hasBadInForce || !config.cRequiresBadRecords ? "C" : "B";
}

export interface CreditScore<R extends CreditRecordFacts = CreditRecordFacts> {
  base: number;
  score: number;
  grade: CreditGrade;
  /** Sum of good points in force. */
  good: number;
  /** Sum of bad points in force. */
  bad: number;
  inForce: R[];
}

/** Base + good − bad points among the records in force on `on`, and its grade. */
export function creditScore<R extends CreditRecordFacts>(
  records: R[],
  on: string,
  config: CreditConfig,
): CreditScore<R> {
  const live = records.filter((r) => inForce(r, on));
  const good = round2(live.filter((r) => r.kind === "good").reduce((a, r) => a + r.points, 0));
  const bad = round2(live.filter((r) => r.kind === "bad").reduce((a, r) => a + r.points, 0));
  const score = round2(config.base + good - bad);
  const grade = creditGrade(
    score,
    live.some((r) => r.kind === "bad"),
    config,
  );
  return { base: config.base, score, grade, good, bad, inForce: live };
}

export const eligibilityPurposes = ["bidding", "award"] as const;
export type EligibilityPurpose = (typeof eligibilityPurposes)[number];

export interface EligibilityReason extends Label {
  code: "gradeExcluded" | "gradeBelowMinimum" | "blacklisted";
}

export interface Eligibility {
  allowed: boolean;
  /** Why not (empty when allowed). */
  reasons: EligibilityReason[];
  /** The joint incentives (联合激励) the grade earns; empty unless allowed. */
  incentives: Label[];
}

/**
 * Whether a company of `grade` with these records in force may bid or be put up for an award.
 * Bidding: excluded grades (default C) and a bad record of a blacklist category exclude.
 * Awards: a grade below `minGrade` (default A) or a blacklist record excludes. Companies at the
 * joint-incentive grade (default AAA) get the tenant's incentives for either purpose.
 */
export function eligibility(
  purpose: EligibilityPurpose,
  grade: CreditGrade,
  recordsInForce: Pick<CreditRecordFacts, "kind" | "category">[],
  config: CreditConfig,
): Eligibility {
  const rules = config.eligibility;
  const reasons: EligibilityReason[] = [];
  if (purpose === "bidding" && rules.bidding.excludedGrades.includes(grade)) {
    reasons.push({
      code: "gradeExcluded",
      zh: `信用等级为 ${grade}，不得参加招投标。`,
      en: `Credit grade ${grade} is excluded from bidding.`,
    });
  }
  if (purpose === "award" && !gradeAtLeast(grade, rules.award.minGrade)) {
    reasons.push({
      code: "gradeBelowMinimum",
      zh: `信用等级 ${grade} 低于评优评先要求的 ${rules.award.minGrade}。`,
      en: `Credit grade ${grade} is below the ${rules.award.minGrade} that awards require.`,
    });
  }
  const blacklisted = [
    ...new Set(
      recordsInForce
        .filter((r) => r.kind === "bad" && rules.bidding.blacklistCategories.includes(r.category))
        .map((r) => r.category),
    ),
  ];
  for (const category of blacklisted) {
    reasons.push({
      code: "blacklisted",
      zh: `存在有效的失信记录（${category}），列入黑名单。`,
      en: `A bad record of category '${category}' in force puts the company on the blacklist.`,
    });
  }
  const allowed = reasons.length === 0;
  const incentives =
    allowed && gradeAtLeast(grade, rules.award.jointIncentives.grade)
      ? rules.award.jointIncentives.incentives
      : [];
  return { allowed, reasons, incentives };
}

export interface JointIncentiveRules {
  enabled: boolean;
  minSatisfactionRate: number;
  windowMonths: number;
  cleanCreditMonths: number;
}

export interface JointIncentiveReason extends Label {
  code:
    | "jointIncentivesDisabled"
    | "notEligible"
    | "gradeBelowJointIncentives"
    | "noRatedCases"
    | "satisfactionBelowMinimum"
    | "recentBadRecord";
}

export interface JointIncentiveDecision {
  granted: boolean;
  /** The incentives granted (empty unless granted). */
  incentives: Label[];
  reasons: JointIncentiveReason[];
  /** The cases of the company's compounds rated in the window: satisfied or basically satisfied ÷ rated. */
  satisfaction: {
    from: string;
    to: string;
    rated: number;
    satisfied: number;
    rate: number | null;
    min: number;
  };
  /** Bad records counting on the day that took effect within `cleanCreditMonths`. */
  recentBadRecords: number;
}

/**
 * 联合激励 (对于守信、群众满意度高的物业企业实行联合激励): granted when the policy is enabled, the
 * company is eligible (`allowed`), its grade reaches the joint-incentive grade (credit config,
 * default AAA), residents' satisfaction with the cases of its compounds over the window reaches
 * `minSatisfactionRate` (no rated case: not granted), and no bad record counting on the day took
 * effect within `cleanCreditMonths`.
 */
export function jointIncentiveDecision(input: {
  grade: CreditGrade;
  allowed: boolean;
  satisfaction: { from: string; to: string; rated: number; satisfied: number };
  recentBadRecords: number;
  rules: JointIncentiveRules;
  config: CreditConfig;
}): JointIncentiveDecision {
  const { grade, rules, config } = input;
  const { rated, satisfied } = input.satisfaction;
  const rate = rated === 0 ? null : Math.round((satisfied / rated) * 10_000) / 10_000;
  const reasons: JointIncentiveReason[] = [];
  const min = rules.minSatisfactionRate;
  if (!rules.enabled) {
    reasons.push({
      code: "jointIncentivesDisabled",
      zh: "本县未启用联合激励。",
      en: "Joint incentives are not enabled.",
    });
  }
  if (!input.allowed) {
    reasons.push({
      code: "notEligible",
      zh: "信用状况不符合资格要求。",
      en: "The company's credit does not qualify.",
    });
  }
  const need = config.eligibility.award.jointIncentives.grade;
  if (!gradeAtLeast(grade, need)) {
    reasons.push({
      code: "gradeBelowJointIncentives",
      zh: `信用等级 ${grade} 未达到联合激励要求的 ${need}。`,
      en: `Credit grade ${grade} is below the ${need} joint incentives require.`,
    });
  }
  const pct = (n: number) => `${Math.round(n * 10_000) / 100}%`;
  if (rate === null) {
    reasons.push({
      code: "noRatedCases",
      zh: `${input.satisfaction.from} 至 ${input.satisfaction.to} 所服务小区无群众评价，满意率无法计算。`,
      en: `No case of the company's compounds was rated from ${input.satisfaction.from} to ${input.satisfaction.to}: no satisfaction rate.`,
    });
  } else if (rate < min) {
    reasons.push({
      code: "satisfactionBelowMinimum",
      zh: `群众满意率 ${pct(rate)}（${satisfied}/${rated}）低于联合激励要求的 ${pct(min)}。`,
      en: `Residents' satisfaction ${pct(rate)} (${satisfied}/${rated}) is below the ${pct(min)} joint incentives require.`,
    });
  }
  if (input.recentBadRecords > 0) {
    reasons.push({
      code: "recentBadRecord",
      zh: `近 ${rules.cleanCreditMonths} 个月内有 ${input.recentBadRecords} 条失信记录。`,
      en: `${input.recentBadRecords} bad record(s) within the last ${rules.cleanCreditMonths} months.`,
    });
  }
  const granted = reasons.length === 0;
  return {
    granted,
    incentives: granted ? config.eligibility.award.jointIncentives.incentives : [],
    reasons,
    satisfaction: { ...input.satisfaction, rate, min },
    recentBadRecords: input.recentBadRecords,
  };
}
