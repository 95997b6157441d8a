import { z } from "zod";
import { dateInZone } from "../../registry/common.js";
import {
  type ObligationKind,
  obligationKindInfo,
  obligationKinds,
  obligationText,
} from "../../registry/obligations.js";
import { definePolicy } from "../define.js";
import { endOfDayIn } from "../time.js";
import type { Finding, PolicyCase, Severity } from "../types.js";

const HOUR_MS = 3_600_000;

/** Case categories of the presets that bear on an obligation (a county maps its own). */
const defaultCategories: { category: string; obligation: ObligationKind }[] = [
  { category: "facilityRepair", obligation: "repairResponseHours" },
  { category: "environmentSanitation", obligation: "cleaningFrequency" },
];

export const contractPerformanceConfigSchema = z
  .object({
    /**
     * Which case categories count against which obligation: a case of a category mapped to the
     * repair response time is checked for a late first response; complaints of a category mapped
     * to a frequency (cleaning, patrols, greenery) are counted per month.
     */
    categories: z
      .array(
        z
          .object({
            category: z.string().trim().min(1).max(64),
            obligation: z.enum(obligationKinds),
          })
          .strict(),
      )
      .max(100)
      .default(defaultCategories),
    /** A frequency obligation is breached in a month with at least this many complaints of its categories. */
    complaintsPerMonth: z.number().int().min(1).max(1000).default(3),
  })
  .strict();
export type ContractPerformanceConfig = z.infer<typeof contractPerformanceConfigSchema>;

/** Cases that do not count: withdrawn or found invalid (cancelled), or merged into another. */
const NOT_SUBSTANTIATED = new Set<PolicyCase["status"]>(["cancelled", "merged"]);

const severityOf: Record<"responseLate" | "complaintsOverLimit" | "inspectionFailed", Severity> = {
  responseLate: "minor",
  complaintsOverLimit: "minor",
  // An inspector saw it: the most direct evidence of a breach.
  inspectionFailed: "major",
};

const hoursBetween = (from: string, to: number) => (to - Date.parse(from)) / HOUR_MS;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** `YYYY-MM` months from `start` to `end` (inclusive dates). */
function monthsOf(start: string, end: string): string[] {
  const out: string[] = [];
  let month = start.slice(0, 7);
  while (month <= end.slice(0, 7)) {
    out.push(month);
    const [y, m] = month.split("-").map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  return out;
}

/**
 * 合同履约: a contract's service obligations (服务承诺) checked against complaints and inspections
 * in the period, for the days the contract was in force. A breach is a finding for the company,
 * one per contract, obligation and rule (key `contractId/kind`), so a re-run updates it:
 * - `responseLate`: a substantiated case (not cancelled or merged) of a category mapped to the
 *   repair response time, received at the compound, whose first response (the first contact)
 *   came later than the promised hours after it was received, or has not come and the hours
 *   have passed. One late case is a breach.
 * - `complaintsOverLimit`: in a month, at least `complaintsPerMonth` substantiated cases of the
 *   categories mapped to a frequency obligation (cleaning, patrols, greenery).
 * - `inspectionFailed`: an inspection in the period found the obligation not met.
 */
export const contractPerformance = definePolicy({
  id: "contractPerformance",
  title: { zh: "合同履约", en: "Contract performance" },
  description: {
    zh: "物业服务合同约定的服务承诺（保洁频次、巡逻次数、报修响应时限等）以投诉和履约检查核验；报修首次响应超时、同类投诉每月达到上限或检查不合格的，记为企业的违约问题。",
    en: "The service obligations a contract promises (cleaning frequency, patrols, repair response time …) are checked against complaints and inspections; a late repair response, a month with too many complaints of a kind, or a failed inspection is a breach found against the company.",
  },
  configSchema: contractPerformanceConfigSchema,
  reads: { evaluate: ["contracts", "companies", "compounds", "cases", "inspections"] },

  evaluate(period, view, config) {
    const findings: Finding[] = [];
    const zone = view.tenant.timezone;
    const asAt = view.asAt ? Date.parse(view.asAt) : endOfDayIn(view.asOf, zone);
    const companyName = new Map(view.companies.map((c) => [c.id, c.name]));
    const compoundOf = new Map(view.compounds.map((c) => [c.id, c]));
    const categoriesOf = (kind: ObligationKind) =>
      new Set(config.categories.filter((c) => c.obligation === kind).map((c) => c.category));

    for (const contract of view.contracts) {
      const obligations = contract.obligations ?? [];
      if (obligations.length === 0) continue;
      // The days of the period the contract was in force (ISO dates compare as text).
      const [, from = period.start] = [contract.startsOn, period.start].sort();
      const [to = period.end] = [contract.endsOn, period.end].sort();
      if (from > to) continue;
      const compound = compoundOf.get(contract.compoundId);
      const company = { type: "company" as const, id: contract.companyId };
      const subject = { ...company, name: companyName.get(contract.companyId) ?? contract.companyId };
      const place = compound?.name ?? contract.compoundId;
      const base = {
        subject,
        policy: "contractPerformance",
        regionId: compound?.communityId ?? null,
      };
      const received = (c: PolicyCase) => dateInZone(new Date(c.receivedAt), zone);
      const cases = (view.cases ?? []).filter(
        (c) =>
          c.compoundId === contract.compoundId &&
          !NOT_SUBSTANTIATED.has(c.status) &&
          received(c) >= from &&
          received(c) <= to,
      );

      for (const o of obligations) {
        const info = obligationKindInfo[o.kind];
        const promise = obligationText(o.kind, o.value);
        const categories = categoriesOf(o.kind);
        const bearing = cases.filter((c) => categories.has(c.category));
        const common = {
          contractId: contract.id,
          compoundId: contract.compoundId,
          obligation: o.kind,
          obligationName: info.label.zh,
          promise,
          from,
          to,
        };

        if (info.unit === "hours") {
          const late = bearing.flatMap((c) => {
            const answered = c.contactedAt ? Date.parse(c.contactedAt) : null;
            const hours = hoursBetween(c.receivedAt, answered ?? asAt);
            return hours > o.value
              ? [
                  {
                    caseId: c.id,
                    number: c.number,
                    receivedAt: c.receivedAt,
                    firstResponseAt: c.contactedAt,
                    hours: round1(hours),
                    status: c.contactedAt ? "响应超时" : "超时未响应",
                  },
                ]
              : [];
          });
          if (late.length > 0) {
            findings.push({
              ...base,
              rule: "responseLate",
              key: `${contract.id}/${o.kind}`,
              severity: severityOf.responseLate,
              message: {
                zh: `物业服务企业“${subject.name}”在小区“${place}”未履行合同约定的${info.label.zh}（${promise}响应）：本期${bearing.length}件相关诉求中${late.length}件首次响应超时（${late.map((l) => `${l.number}，${l.hours}小时`).join("；")}）。`,
                en: `Company "${subject.name}" broke its contract at "${place}" (${info.label.en}: within ${o.value} hours): ${late.length} of ${bearing.length} cases in the period had a late first response (${late.map((l) => `${l.number}, ${l.hours} h`).join("; ")}).`,
              },
              evidence: { ...common, casesChecked: bearing.length, late },
            });
          }
        } else if (categories.size > 0) {
          const months = monthsOf(from, to).flatMap((month) => {
            const inMonth = bearing.filter((c) => received(c).startsWith(month));
            return inMonth.length >= config.complaintsPerMonth
              ? [{ month, count: inMonth.length, cases: inMonth.map((c) => c.number) }]
              : [];
          });
          if (months.length > 0) {
            findings.push({
              ...base,
              rule: "complaintsOverLimit",
              key: `${contract.id}/${o.kind}`,
              severity: severityOf.complaintsOverLimit,
              message: {
                zh: `物业服务企业“${subject.name}”在小区“${place}”未履行合同约定的${info.label.zh}（${promise}）：${months.map((m) => `${m.month}收到相关投诉${m.count}件`).join("，")}，达到每月${config.complaintsPerMonth}件的违约线。`,
                en: `Company "${subject.name}" broke its contract at "${place}" (${info.label.en}): ${months.map((m) => `${m.count} complaints in ${m.month}`).join(", ")}, at or above ${config.complaintsPerMonth} a month.`,
              },
              evidence: { ...common, threshold: config.complaintsPerMonth, months },
            });
          }
        }

        const failed = (view.inspections ?? []).flatMap((inspection) => {
          if (inspection.contractId !== contract.id) return [];
          const day = dateInZone(new Date(inspection.inspectedAt), zone);
          if (day < from || day > to) return [];
          return inspection.results
            .filter((r) => r.kind === o.kind && !r.passed)
            .map((r) => ({
              inspectionId: inspection.id,
              inspectedOn: day,
              inspector: inspection.inspector,
              promised: r.promised,
              observed: r.observed,
            }));
        });
        if (failed.length > 0) {
          const seen = failed
            .map((f) => `${f.inspectedOn}检查${f.observed === null ? "不合格" : `实测${f.observed}`}`)
            .join("；");
          findings.push({
            ...base,
            rule: "inspectionFailed",
            key: `${contract.id}/${o.kind}`,
            severity: severityOf.inspectionFailed,
            message: {
              zh: `物业服务企业“${subject.name}”在小区“${place}”的${info.label.zh}未达合同约定（${promise}）：${seen}。`,
              en: `Company "${subject.name}" fell short at "${place}" of ${info.label.en} (${o.value} ${info.unit === "hours" ? "hours" : info.unit === "perDay" ? "a day" : "a month"}): ${failed.length} failed inspection(s).`,
            },
            evidence: { ...common, failed },
          });
        }
      }
    }
    return findings;
  },
});
