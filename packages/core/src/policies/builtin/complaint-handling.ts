import { z } from "zod";
import { satisfiedRatings } from "../../cases/lifecycle.js";
import type { Deadlines } from "../../mechanism/schema.js";
import type { Label } from "../../registry/common.js";
import { type Ratio, ratio } from "../../registry/coverage.js";
import { definePolicy } from "../define.js";
import { addDays, addHours, periodWindow } from "../time.js";
import type { Effect, Finding, Period, PolicyCase, PolicyView, Severity, Subject } from "../types.js";

const rate = z.number().min(0).max(1);

export const complaintHandlingConfigSchema = z
  .object({
    /**
     * Deadlines for a case whose category the mechanism does not list (a category's own
     * `deadlines` win). 第一时间由社区联系问题反映人员: first contact within 2 hours.
     */
    firstContactHours: z.number().positive().max(720).default(2),
    /** 属地吹哨、部门报到: a whistled department checks in within this many hours. */
    checkInHours: z.number().positive().max(720).default(2),
    resolutionDays: z.number().int().min(1).max(365).default(7),
    workingDays: z.boolean().default(false),
    /** A dissatisfied rating reopens the case. */
    reopenOnDissatisfaction: z.boolean().default(true),
    /** A new report on a resolved case reopens it within this many days of its resolution. */
    reopenWindowDays: z.number().int().min(0).max(365).default(30),
    /** The three rates (三率) a county aims at, per period. */
    targets: z
      .object({
        responseRate: rate.default(1),
        resolutionRate: rate.default(0.95),
        satisfactionRate: rate.default(0.9),
      })
      .strict()
      .prefault({}),
    /**
     * A community's rates are judged against the targets only when the rate counts at least this
     * many cases in the period: two late cases out of three say little.
     */
    minCases: z.number().int().min(1).max(100_000).default(5),
    /**
     * 逐级督办: an overdue deadline is reported to the unit that holds it at once, and escalated up
     * the region tree, to the township after `townshipAfterHours` overdue and to the county after
     * `countyAfterHours` (null: no escalation to that level).
     */
    escalation: z
      .object({
        townshipAfterHours: z.number().min(0).max(720).nullable().default(24),
        countyAfterHours: z.number().min(0).max(2160).nullable().default(72),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type ComplaintHandlingConfig = z.infer<typeof complaintHandlingConfigSchema>;

const receivedSchema = z.object({
  category: z.string().nullable().optional().catch(null),
  /**
   * The case's own deadlines when the caller worked them out (priority caps, the county's
   * holiday calendar); else the category's are applied here.
   */
  firstContactDueAt: z.string().optional().catch(undefined),
  resolutionDueAt: z.string().optional().catch(undefined),
});
const whistledSchema = z.object({
  category: z.string().nullable().optional().catch(null),
  departments: z.array(z.string()).catch([]).default([]),
});

export const complaintHandling = definePolicy({
  id: "complaintHandling",
  title: { zh: "投诉即办制度", en: "Complaints handled at once" },
  description: {
    zh: "实行属地接诉即办：第一时间由社区联系问题反映人员，能解决的即时解决；不能解决的，落实“属地吹哨、部门报到”，部门限时报到，按类别限时办结；考核响应率、解决率、满意率。",
    en: "The community contacts whoever raised a case at once and resolves it on the spot, or whistles the departments, which check in within a deadline; each category has a resolution deadline; response, resolution and satisfaction rates are measured.",
  },
  configSchema: complaintHandlingConfigSchema,
  reads: { evaluate: ["cases", "regions", "departments"], on: ["departments"] },
  events: ["case.received", "case.whistled"],

  /**
   * Findings over the view's cases: (a) each case overdue at the view's instant — first contact
   * and resolution against its community, each late check-in (报到) against its department;
   * (b) each community whose response, resolution or satisfaction rate of the period falls short
   * of `targets`, once the rate counts at least `minCases` cases (from the view's `caseTallies`
   * when the loader counted them, else over its cases).
   */
  evaluate(period, view, config) {
    const cases = view.cases ?? [];
    if (cases.length === 0 && !view.caseTallies?.length) return [];
    const at = viewInstant(view);
    const regionName = new Map(view.regions.map((r) => [r.id, r.name]));
    const departmentName = new Map(view.departments.map((d) => [d.id, d.name]));
    const community = (id: string): Subject => ({ type: "region", id, name: regionName.get(id) ?? id });
    const findings: Finding[] = [];

    for (const c of cases) {
      if (!openAt(c, at)) continue;
      const unit = community(c.communityId);
      const late = (rule: string, dueAt: string, subject: Subject, what: Label): Finding => {
        const hoursLate = Math.round((at - Date.parse(dueAt)) / 360_000) / 10;
        return {
          subject,
          policy: "complaintHandling",
          rule,
          severity: latenessSeverity(hoursLate),
          message: {
            zh: `${subject.name}：诉求${c.number}${what.zh}，已超时${hoursLate}小时。`,
            en: `${subject.name}: case ${c.number} ${what.en}, ${hoursLate} h late.`,
          },
          evidence: {
            caseId: c.id,
            caseNumber: c.number,
            category: c.category,
            compoundId: c.compoundId,
            deadline: dueAt,
            hoursLate,
          },
          regionId: c.communityId,
        };
      };
      if (!doneBy(c.contactedAt, at) && Date.parse(c.firstContactDueAt) < at) {
        findings.push(
          late("firstContactOverdue", c.firstContactDueAt, unit, {
            zh: "未在时限内联系反映人",
            en: "was not answered (first contact) by its deadline",
          }),
        );
      }
      for (const d of c.departments) {
        if (Date.parse(d.notifiedAt) > at || doneBy(d.checkedInAt, at) || Date.parse(d.checkInDueAt) >= at) {
          continue;
        }
        const name = departmentName.get(d.departmentId) ?? { zh: d.departmentId, en: d.departmentId };
        findings.push(
          late(
            "checkInOverdue",
            d.checkInDueAt,
            { type: "department", id: d.departmentId, name: name.zh },
            { zh: "吹哨后部门未按时报到", en: "was whistled and the department has not checked in" },
          ),
        );
      }
      if (Date.parse(c.resolutionDueAt) < at) {
        findings.push(
          late("resolutionOverdue", c.resolutionDueAt, unit, {
            zh: "未在办结时限内解决",
            en: "was not resolved by its deadline",
          }),
        );
      }
    }

    for (const [communityId, rates] of communityRates(period, view, cases, at)) {
      for (const key of rateKeys) {
        const figure = rates[key];
        const target = config.targets[key];
        if (figure.rate === null || figure.denominator < config.minCases || figure.rate >= target) continue;
        const unit = community(communityId);
        const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
        findings.push({
          subject: unit,
          policy: "complaintHandling",
          rule: rateRules[key],
          severity: target - figure.rate >= 0.2 ? "major" : "minor",
          message: {
            zh: `${unit.name}${period.label}${rateLabels[key].zh}为${percent(figure.rate)}（${figure.numerator}/${figure.denominator}），低于目标${percent(target)}。`,
            en: `${unit.name}: ${rateLabels[key].en.toLowerCase()} ${percent(figure.rate)} (${figure.numerator}/${figure.denominator}) in ${period.label}, below the target of ${percent(target)}.`,
          },
          evidence: { period: period.label, ...figure, target },
          regionId: communityId,
        });
      }
    }
    return findings;
  },

  /**
   * `case.received` → obligations: first contact and resolution, due by the category's deadlines.
   * `case.whistled` (payload `departments`: roster codes) → an obligation on each department to
   * check in.
   */
  on(event, view, config, { mechanism }): Effect[] {
    const deadlinesOf = (category: string | null | undefined): Deadlines =>
      mechanism.categories.find((c) => c.code === category)?.deadlines ?? config;

    if (event.type === "case.received") {
      const payload = receivedSchema.safeParse(event.payload);
      const d = deadlinesOf(payload.success ? payload.data.category : null);
      return [
        {
          type: "obligation",
          subject: event.subject,
          what: {
            zh: `社区在${d.firstContactHours}小时内联系反映人`,
            en: `The community contacts the person who raised it within ${d.firstContactHours} h`,
          },
          dueAt:
            (payload.success && payload.data.firstContactDueAt) || addHours(event.at, d.firstContactHours),
        },
        {
          type: "obligation",
          subject: event.subject,
          what: {
            zh: `${d.resolutionDays}个${d.workingDays ? "工作日" : "自然日"}内办结`,
            en: `Resolved within ${d.resolutionDays} ${d.workingDays ? "working days" : "days"}`,
          },
          dueAt:
            (payload.success && payload.data.resolutionDueAt) ||
            addDays(event.at, d.resolutionDays, d.workingDays, view.tenant.timezone),
        },
      ];
    }

    if (event.type === "case.whistled") {
      const payload = whistledSchema.safeParse(event.payload);
      if (!payload.success) return [];
      const d = deadlinesOf(payload.data.category);
      return payload.data.departments.map((code): Effect => {
        const department = view.departments.find((x) => x.code === code);
        const name = department?.name ?? { zh: code, en: code };
        return {
          type: "obligation",
          subject: { type: "department", id: department?.id ?? code, name: name.zh },
          what: {
            zh: `${name.zh}在${d.checkInHours}小时内报到（${event.subject.name}）`,
            en: `${name.en} checks in within ${d.checkInHours} h (${event.subject.name})`,
          },
          dueAt: addHours(event.at, d.checkInHours),
        };
      });
    }
    return [];
  },
});

// ---------------------------------------------------------------------------------------------
// Reading cases: shared with gridResponsibility and open to plugins

const rateKeys = ["responseRate", "resolutionRate", "satisfactionRate"] as const;
type RateKey = (typeof rateKeys)[number];
const rateRules: Record<RateKey, string> = {
  responseRate: "lowResponseRate",
  resolutionRate: "lowResolutionRate",
  satisfactionRate: "lowSatisfactionRate",
};

/** The three rates (三率) as people read them. */
export const rateLabels: Record<RateKey, Label> = {
  responseRate: { zh: "响应率", en: "Response rate" },
  resolutionRate: { zh: "解决率", en: "Resolution rate" },
  satisfactionRate: { zh: "满意率", en: "Satisfaction rate" },
};

/** Each community's three rates of the period: from the loader's tallies, else counted over `cases`. */
function communityRates(
  period: Period,
  view: PolicyView,
  cases: readonly PolicyCase[],
  at: number,
): [string, CaseRates][] {
  if (view.caseTallies) {
    return view.caseTallies.map((t) => [
      t.communityId,
      {
        responseRate: ratio(t.responseMet, t.responseCounted),
        resolutionRate: ratio(t.resolutionMet, t.resolutionCounted),
        satisfactionRate: ratio(t.satisfactionMet, t.satisfactionCounted),
      },
    ]);
  }
  const window = periodWindow(period, view.tenant.timezone);
  const byCommunity = new Map<string, PolicyCase[]>();
  for (const c of cases) {
    const list = byCommunity.get(c.communityId);
    if (list) list.push(c);
    else byCommunity.set(c.communityId, [c]);
  }
  return [...byCommunity].map(([communityId, mine]) => [communityId, caseRates(mine, window, at)]);
}

/** How late is how bad: under a day minor, under a week major, else critical. */
const latenessSeverity = (hoursLate: number): Severity =>
  hoursLate < 24 ? "minor" : hoursLate < 168 ? "major" : "critical";

const _DAY_MS = 86_400_000;
/** The instant (ms) a view judges deadlines at: `asAt`, else the end of `asOf` in the tenant's zone. */
export function viewInstant(view: PolicyView): number {
  if (view.asAt) return Date.parse(view.asAt);
  return periodWindow(
    { label: view.asOf, kind: "month", start: view.asOf, end: view.asOf },
    view.tenant.timezone,
  ).to;
}

/** Whether something stamped at `stamp` had happened by instant `at`. */
const doneBy = (stamp: string | null, at: number): boolean => stamp !== null && Date.parse(stamp) <= at;

/** Whether a case was open at instant `at`: received by then, not resolved by then, not cancelled. */
export const openAt = (c: PolicyCase, at: number): boolean =>
  c.status !== "cancelled" && Date.parse(c.receivedAt) <= at && !doneBy(c.resolvedAt, at);

export interface CaseRates {
  /** Contacted by the first-contact deadline ÷ cases whose first-contact deadline falls in the period. */
  responseRate: Ratio;
  /** Resolved by the resolution deadline ÷ cases whose resolution deadline falls in the period. */
  resolutionRate: Ratio;
  /** Rated satisfied or basically satisfied ÷ cases rated in the period. */
  satisfactionRate: Ratio;
}

/**
 * The three rates (三率) of some cases over a period window, judged at instant `at`; cancelled
 * cases never count. A case whose deadline falls in the period counts once it is decided: met
 * (done by the deadline), or missed (the deadline has passed by `at`); a case still inside its
 * deadline and not done yet counts in neither part. The KPI endpoint computes the same in SQL.
 */
export function caseRates(
  cases: readonly PolicyCase[],
  window: { from: number; to: number },
  at: number,
): CaseRates {
  const within = (instant: string | null) => {
    if (instant === null) return false;
    const t = Date.parse(instant);
    return t >= window.from && t < window.to;
  };
  const tally: Record<RateKey, { met: number; counted: number }> = {
    responseRate: { met: 0, counted: 0 },
    resolutionRate: { met: 0, counted: 0 },
    satisfactionRate: { met: 0, counted: 0 },
  };
  const judge = (key: "responseRate" | "resolutionRate", dueAt: string, doneAt: string | null) => {
    if (!within(dueAt)) return;
    const due = Date.parse(dueAt);
    const met = doneAt !== null && Date.parse(doneAt) <= Math.min(due, at);
    if (!met && due >= at) return; // still inside its deadline: not decided yet
    tally[key].counted += 1;
    if (met) tally[key].met += 1;
  };
  for (const c of cases) {
    if (c.status === "cancelled") continue;
    judge("responseRate", c.firstContactDueAt, c.contactedAt);
    judge("resolutionRate", c.resolutionDueAt, c.resolvedAt);
    if (c.rating && within(c.ratedAt) && doneBy(c.ratedAt, at)) {
      tally.satisfactionRate.counted += 1;
      if (satisfiedRatings.includes(c.rating)) tally.satisfactionRate.met += 1;
    }
  }
  return {
    responseRate: ratio(tally.responseRate.met, tally.responseRate.counted),
    resolutionRate: ratio(tally.resolutionRate.met, tally.resolutionRate.counted),
    satisfactionRate: ratio(tally.satisfactionRate.met, tally.satisfactionRate.counted),
  };
}
