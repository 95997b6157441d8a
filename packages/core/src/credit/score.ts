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
}

/**
 * Whether a record is in force on `on` (`YYYY-MM-DD`): effectiveOn ≤ on ≤ expiresOn, and not
 * revoked on or before `on` (a revocation takes effect the day it is made).
 */
export const inForce = (record: CreditRecordFacts, on: string): boolean =>
  record.effectiveOn <= on && on <= record.expiresOn && (record.revokedOn === null || record.revokedOn > on);

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
