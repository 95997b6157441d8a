import { z } from "zod";
import { satisfiedRatings } from "../cases/lifecycle.js";
import { defineLifecycle } from "../lifecycle.js";
import { openAt, viewInstant } from "../policies/builtin/complaint-handling.js";
import {
  type CreditGrade,
  type CultivateExcellenceConfig,
  creditGrades,
  projectLevels,
} from "../policies/builtin/cultivate-excellence.js";
import { periodWindow } from "../policies/time.js";
import type { AnyPolicy, Finding, Period, PolicyCase, PolicyContext, PolicyView } from "../policies/types.js";
import { idOf, type Label } from "../registry/common.js";

/**
 * 培优育优: a contract (a company serving a compound) put forward for a municipal or provincial
 * excellent project (市优 / 省优项目) in a year, and the criteria of the cultivateExcellence
 * policy it is judged by. Pure: the API reads the county and stores the nominations.
 *
 * nominated → withdrawn (by the applicant side) | awarded | rejected (by the county)
 */

// ---------------------------------------------------------------------------------------------
// Nominations

export const nominationLevels = projectLevels;
export type NominationLevel = (typeof nominationLevels)[number];

export const nominationLevelLabels: Record<NominationLevel, Label> = {
  municipal: { zh: "市优项目", en: "Municipal excellent project" },
  provincial: { zh: "省优项目", en: "Provincial excellent project" },
};

export const nominationStatuses = ["nominated", "withdrawn", "awarded", "rejected"] as const;
export type NominationStatus = (typeof nominationStatuses)[number];

export const nominationStatusLabels: Record<NominationStatus, Label> = {
  nominated: { zh: "已申报", en: "Nominated" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  awarded: { zh: "已评定", en: "Awarded" },
  rejected: { zh: "未评定", en: "Rejected" },
};

export const nominationActions = ["withdraw", "award", "reject"] as const;
export type NominationActionName = (typeof nominationActions)[number];

export const nominationActionLabels: Record<NominationActionName, Label> = {
  withdraw: { zh: "撤回申报", en: "Withdraw" },
  award: { zh: "评定通过", en: "Award" },
  reject: { zh: "不予评定", en: "Reject" },
};

/** Who takes an action: the applicant side (the company, or the county for its own), or the county alone. */
export const nominationActionSide: Record<NominationActionName, "applicant" | "county"> = {
  withdraw: "applicant",
  award: "county",
  reject: "county",
};

/** A nomination (申报): decided once, by withdrawal, award or rejection. */
export const nominationLifecycle = defineLifecycle<NominationStatus, NominationActionName>({
  noun: "nomination",
  statuses: nominationStatuses,
  actions: nominationActions,
  next: {
    nominated: { withdraw: "withdrawn", award: "awarded", reject: "rejected" },
    withdrawn: {},
    awarded: {},
    rejected: {},
  },
  reasons: {
    withdraw: "nomination_not_withdrawable",
    award: "nomination_not_awardable",
    reject: "nomination_not_rejectable",
  },
});

/** The actions a nomination in this status accepts. */
export const nominationAllowedActions = (status: NominationStatus): NominationActionName[] =>
  nominationLifecycle.allowedActions(status);

/** The status after `action`; one the status does not accept is 409 naming `currentStatus`, `allowedActions` and `reason`. */
export const nominationTransition = (
  status: NominationStatus,
  action: NominationActionName,
): NominationStatus => nominationLifecycle.next(status, action);

const note = z.string().trim().min(1, "Required.").max(1000);

/** `POST /excellence/nominations`: a contract for a level in a year (申报). */
export const createNominationSchema = z
  .object({
    contractId: idOf("ctr", "contract"),
    level: z.enum(nominationLevels),
    year: z.number().int("A whole year.").min(2000, "From 2000.").max(2100, "Up to 2100."),
    note: note.optional(),
  })
  .strict();
export type CreateNominationInput = z.infer<typeof createNominationSchema>;

/** The body of withdraw and award: an optional note for the record. */
export const nominationNoteSchema = z.object({ note: note.optional() }).strict();
export type NominationNoteInput = z.infer<typeof nominationNoteSchema>;

/** The body of reject: why (the applicant reads it). */
export const rejectNominationSchema = z.object({ reason: note }).strict();
export type RejectNominationInput = z.infer<typeof rejectNominationSchema>;

// ---------------------------------------------------------------------------------------------
// Criteria

export const excellenceCriteria = [
  "overdueCases",
  "satisfaction",
  "disclosures",
  "projectManagerTenure",
  "creditGrade",
] as const;
export type ExcellenceCriterion = (typeof excellenceCriteria)[number];

export const excellenceCriterionLabels: Record<ExcellenceCriterion, Label> = {
  overdueCases: { zh: "无长期逾期诉求", en: "No long-overdue cases" },
  satisfaction: { zh: "群众满意率", en: "Residents' satisfaction rate" },
  disclosures: { zh: "信息公示齐全", en: "Disclosures complete" },
  projectManagerTenure: { zh: "项目经理相对稳定", en: "Project manager in post" },
  creditGrade: { zh: "企业信用等级", en: "Company credit grade" },
};

export const criterionStatuses = ["pass", "fail", "notEvaluable"] as const;
export type CriterionStatus = (typeof criterionStatuses)[number];

export const criterionStatusLabels: Record<CriterionStatus, Label> = {
  pass: { zh: "符合", en: "Met" },
  fail: { zh: "不符合", en: "Not met" },
  notEvaluable: { zh: "暂无法评价", en: "Not yet evaluable" },
};

/** What a contract is judged on, as of one day: figures only, never personal data. */
export interface ExcellenceEvidence {
  /** The day judged: the year's last day, or today while the year runs. */
  assessedOn: string;
  /** Cases of the compound received during the contract and overdue at the assessment instant. */
  overdueCases: {
    overdue: number;
    /** Of those, overdue for longer than the limit. */
    beyondLimit: number;
    /** Whole days the longest-overdue case has been overdue (since the first deadline it missed). */
    oldestOverdueDays: number | null;
  };
  /** Cases of the compound rated in the year (by the assessment instant). */
  satisfaction: { rated: number; satisfied: number; rate: number | null };
  /**
   * Findings of the informationDisclosure policy over the year that are the company's to mend
   * (see {@link contractDisclosureFindings}); `unavailable` when that policy does not judge
   * disclosures in this county (yet).
   */
  disclosures: { findings: number; rules: string[] } | { unavailable: Label };
  /** The current project manager: in post since (the contract's start for the first one). */
  projectManager: { since: string; months: number; changesInYear: number } | { unavailable: Label };
  /** The company's credit grade on the assessment day; null while credit files do not exist. */
  credit: { grade: CreditGrade | null };
}

export interface CriterionResult {
  code: ExcellenceCriterion;
  label: Label;
  status: CriterionStatus;
  evidence: Record<string, unknown>;
  reason: Label;
}

export interface CandidateVerdict {
  criteria: CriterionResult[];
  /** Every criterion passes: a candidate. */
  eligible: boolean;
  /** None fails but some cannot be judged yet: listed as pending, not as a candidate. */
  pending: boolean;
}

const DAY_MS = 86_400_000;
const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** Whole months from `from` to `to` (`YYYY-MM-DD`), 0 when `to` is earlier. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * Judges a contract's evidence by the cultivateExcellence config: one result per criterion the
 * config asks for (disclosures when `requireDisclosuresComplete`, credit unless `minCreditGrade`
 * is null), each with its figures and a reason in Chinese and English.
 */
export function judgeCandidate(
  evidence: ExcellenceEvidence,
  config: CultivateExcellenceConfig,
): CandidateVerdict {
  const { criteria: c, candidates } = config;
  const results: CriterionResult[] = [];
  const add = (
    code: ExcellenceCriterion,
    status: CriterionStatus,
    facts: Record<string, unknown>,
    reason: Label,
  ) => results.push({ code, label: excellenceCriterionLabels[code], status, evidence: facts, reason });

  const overdue = evidence.overdueCases;
  add(
    "overdueCases",
    overdue.beyondLimit > 0 ? "fail" : "pass",
    { ...overdue, maxDays: c.maxOverdueCaseAgeDays },
    overdue.beyondLimit > 0
      ? {
          zh: `${evidence.assessedOn}有${overdue.beyondLimit}件诉求逾期超过${c.maxOverdueCaseAgeDays}天，最长逾期${overdue.oldestOverdueDays}天。`,
          en: `${overdue.beyondLimit} case(s) overdue for more than ${c.maxOverdueCaseAgeDays} days on ${evidence.assessedOn}; the oldest ${overdue.oldestOverdueDays} days.`,
        }
      : {
          zh: `${evidence.assessedOn}无逾期超过${c.maxOverdueCaseAgeDays}天的诉求（逾期诉求${overdue.overdue}件）。`,
          en: `No case overdue for more than ${c.maxOverdueCaseAgeDays} days on ${evidence.assessedOn} (${overdue.overdue} overdue).`,
        },
  );

  const sat = evidence.satisfaction;
  const min = candidates.minSatisfactionRate;
  const satFacts = { ...sat, minRate: min };
  if (sat.rate === null) {
    add("satisfaction", "notEvaluable", satFacts, {
      zh: "年内没有经群众评价的诉求，满意率无法计算。",
      en: "No case was rated in the year: there is no satisfaction rate.",
    });
  } else {
    const ok = sat.rate >= min;
    add("satisfaction", ok ? "pass" : "fail", satFacts, {
      zh: `满意率${percent(sat.rate)}（${sat.satisfied}/${sat.rated}），${ok ? "不低于" : "低于"}${percent(min)}。`,
      en: `Satisfaction ${percent(sat.rate)} (${sat.satisfied} of ${sat.rated}), ${ok ? "at least" : "below"} ${percent(min)}.`,
    });
  }

  if (c.requireDisclosuresComplete) {
    const d = evidence.disclosures;
    if ("unavailable" in d) {
      add("disclosures", "notEvaluable", {}, d.unavailable);
    } else if (d.findings > 0) {
      add("disclosures", "fail", d, {
        zh: `年内信息公示有${d.findings}项缺失或逾期。`,
        en: `${d.findings} disclosure(s) missing or late in the year.`,
      });
    } else {
      add("disclosures", "pass", d, {
        zh: "年内应公示信息均已按期公示。",
        en: "Every required disclosure of the year was published on time.",
      });
    }
  }

  const pm = evidence.projectManager;
  const minMonths = c.minProjectManagerMonths;
  if ("unavailable" in pm) {
    add("projectManagerTenure", "notEvaluable", { minMonths }, pm.unavailable);
  } else {
    const ok = pm.months >= minMonths;
    add(
      "projectManagerTenure",
      ok ? "pass" : "fail",
      { ...pm, minMonths },
      {
        zh: `现任项目经理自${pm.since}任职，满${pm.months}个月，${ok ? "达到" : "不足"}${minMonths}个月。`,
        en: `The project manager has been in post since ${pm.since}: ${pm.months} full month(s), ${ok ? "at least" : "fewer than"} ${minMonths}.`,
      },
    );
  }

  if (c.minCreditGrade !== null) {
    const grade = evidence.credit.grade;
    const facts = { grade, minGrade: c.minCreditGrade };
    if (grade === null) {
      add("creditGrade", "notEvaluable", facts, {
        zh: "企业信用档案尚未建立，信用等级暂无法评价。",
        en: "Company credit files do not exist yet: the credit grade cannot be judged.",
      });
    } else {
      const ok = creditGrades.indexOf(grade) <= creditGrades.indexOf(c.minCreditGrade);
      add("creditGrade", ok ? "pass" : "fail", facts, {
        zh: `信用等级${grade}，${ok ? "达到" : "低于"}${c.minCreditGrade}级。`,
        en: `Credit grade ${grade}, ${ok ? "at least" : "below"} ${c.minCreditGrade}.`,
      });
    }
  }

  const fails = results.some((r) => r.status === "fail");
  const unknown = results.some((r) => r.status === "notEvaluable");
  return { criteria: results, eligible: !fails && !unknown, pending: !fails && unknown };
}

// ---------------------------------------------------------------------------------------------
// Evidence from a policy view

type ViewContract = PolicyView["contracts"][number];

/** How the disclosure criterion is judged: a policy with its config, or why it cannot be. */
export type DisclosureJudge =
  | { policy: AnyPolicy; config: unknown; context: PolicyContext }
  | { unavailable: Label };

export interface ExcellenceEvidenceInput {
  contract: ViewContract;
  /** The county for the year: loaded for `year` (with its cases and disclosures), as of its last day or today. */
  view: PolicyView;
  /** The year judged, as a period. */
  year: Period;
  config: CultivateExcellenceConfig;
  disclosures: DisclosureJudge;
  /** The company's credit grade, once credit files exist. */
  creditGrade?: CreditGrade | null;
}

/** The first deadline a case had missed by instant `at` (ms), or null when it is not overdue. */
function overdueSince(c: PolicyCase, at: number): number | null {
  if (!openAt(c, at)) return null;
  const done = (stamp: string | null) => stamp !== null && Date.parse(stamp) <= at;
  const missed: number[] = [];
  if (!done(c.contactedAt)) missed.push(Date.parse(c.firstContactDueAt));
  for (const d of c.departments) {
    if (Date.parse(d.notifiedAt) <= at && !done(d.checkedInAt)) missed.push(Date.parse(d.checkInDueAt));
  }
  missed.push(Date.parse(c.resolutionDueAt));
  const first = Math.min(...missed);
  return first < at ? first : null;
}

/**
 * The informationDisclosure findings that concern the contract: the policy run over the year on
 * the view restricted to this contract and its compound, keeping findings against the company,
 * or against the compound unless for an item the committee publishes (a committee's items are
 * not the company's to publish).
 */
export function contractDisclosureFindings(
  contract: ViewContract,
  view: PolicyView,
  year: Period,
  judge: { policy: AnyPolicy; config: unknown; context: PolicyContext },
): Finding[] {
  const restricted: PolicyView = {
    ...view,
    contracts: [contract],
    compounds: view.compounds.filter((c) => c.id === contract.compoundId),
  };
  const found = judge.policy.evaluate?.(year, restricted, judge.config, judge.context) ?? [];
  return found.filter(
    (f) =>
      f.subject.id === contract.companyId ||
      (f.subject.id === contract.compoundId && f.evidence.responsible !== "committee"),
  );
}

/**
 * Gathers what a contract is judged on for a year from the view: overdue cases of its compound
 * (received during the contract) at the view's instant, the satisfaction of cases rated in the
 * year, disclosure findings, the current project manager's tenure (in post since the last change,
 * or since the contract began), and the credit grade when known.
 */
export function gatherExcellenceEvidence(input: ExcellenceEvidenceInput): ExcellenceEvidence {
  const { contract, view, year, config } = input;
  const tz = view.tenant.timezone;
  const at = viewInstant(view);
  const during = periodWindow(
    { label: contract.id, kind: "year", start: contract.startsOn, end: contract.endsOn },
    tz,
  );
  const yearWindow = periodWindow(year, tz);
  const mine = (view.cases ?? []).filter((c) => {
    const received = Date.parse(c.receivedAt);
    return c.compoundId === contract.compoundId && received >= during.from && received < during.to;
  });

  const limitMs = config.criteria.maxOverdueCaseAgeDays * DAY_MS;
  let overdue = 0;
  let beyondLimit = 0;
  let oldest: number | null = null;
  for (const c of mine) {
    const since = overdueSince(c, at);
    if (since === null) continue;
    overdue++;
    if (at - since > limitMs) beyondLimit++;
    oldest = oldest === null ? since : Math.min(oldest, since);
  }

  const rated = mine.filter((c) => {
    if (c.rating === null || c.ratedAt === null) return false;
    const t = Date.parse(c.ratedAt);
    return t >= yearWindow.from && t < yearWindow.to && t <= at;
  });
  const satisfied = rated.filter((c) => c.rating !== null && satisfiedRatings.includes(c.rating)).length;

  let disclosures: ExcellenceEvidence["disclosures"];
  if ("unavailable" in input.disclosures) disclosures = { unavailable: input.disclosures.unavailable };
  else if (input.disclosures.policy.reads.evaluate.length === 0) {
    disclosures = {
      unavailable: {
        zh: "信息公示制度尚未评价公示数据，公示是否齐全暂无法评价。",
        en: "The informationDisclosure policy does not judge disclosures yet: completeness cannot be judged.",
      },
    };
  } else {
    const found = contractDisclosureFindings(contract, view, year, input.disclosures);
    disclosures = { findings: found.length, rules: [...new Set(found.map((f) => f.rule))].sort() };
  }

  let projectManager: ExcellenceEvidence["projectManager"];
  const changedOn = contract.projectManagerChangedOn;
  if (changedOn === undefined && contract.projectManagerChanges > 0) {
    projectManager = {
      unavailable: {
        zh: "项目经理更换日期未知，任职时长暂无法评价。",
        en: "The days of the project-manager changes are unknown: the tenure cannot be judged.",
      },
    };
  } else {
    const last = changedOn?.at(-1);
    const since = last && last > contract.startsOn ? last : contract.startsOn;
    projectManager = {
      since,
      months: wholeMonthsBetween(since, view.asOf),
      changesInYear: (changedOn ?? []).filter((d) => d >= year.start && d <= year.end).length,
    };
  }

  return {
    assessedOn: view.asOf,
    overdueCases: {
      overdue,
      beyondLimit,
      oldestOverdueDays: oldest === null ? null : Math.floor((at - oldest) / DAY_MS),
    },
    satisfaction: {
      rated: rated.length,
      satisfied,
      rate: rated.length === 0 ? null : satisfied / rated.length,
    },
    disclosures,
    projectManager,
    credit: { grade: input.creditGrade ?? null },
  };
}
