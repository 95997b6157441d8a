import { z } from "zod";
import { inTermOn } from "../../registry/committees.js";
import { dateInZone, type Label } from "../../registry/common.js";
import { isActiveOn } from "../../registry/contracts.js";
import { definePolicy } from "../define.js";
import { endOfDayIn, shiftDate } from "../time.js";
import type { Finding, Period, PolicyDisclosure, Subject } from "../types.js";
import { viewInstant } from "./complaint-handling.js";

export const disclosureCadences = ["monthly", "quarterly", "yearly"] as const;
export type DisclosureCadence = (typeof disclosureCadences)[number];
export const disclosureResponsibles = ["company", "committee"] as const;
export type DisclosureResponsible = (typeof disclosureResponsibles)[number];

export const disclosureItems = [
  "feeStandard",
  "serviceStandard",
  "publicRevenue",
  "maintenanceFund",
  "committeeDecisions",
  "contractSummary",
] as const;
export type DisclosureItem = (typeof disclosureItems)[number];

export const disclosureItemLabels: Record<DisclosureItem, Label> = {
  feeStandard: { zh: "收费标准", en: "Fee standard" },
  serviceStandard: { zh: "服务内容与标准", en: "Service content and standard" },
  publicRevenue: { zh: "公共收益收支", en: "Public revenue and its use" },
  maintenanceFund: { zh: "专项维修资金使用", en: "Use of the maintenance fund" },
  committeeDecisions: { zh: "业主委员会决定", en: "Owners' committee decisions" },
  contractSummary: { zh: "物业服务合同主要内容", en: "Property service contract summary" },
};

const item = (cadence: DisclosureCadence, responsible: DisclosureResponsible) =>
  z
    .object({
      required: z.boolean().default(true),
      cadence: z.enum(disclosureCadences).default(cadence),
      responsible: z.enum(disclosureResponsibles).default(responsible),
    })
    .strict()
    .prefault({});

/** The most grace days a county may give (the schema's bound; the view loads windows this far back). */
export const MAX_DISCLOSURE_GRACE_DAYS = 90;

export const informationDisclosureConfigSchema = z
  .object({
    /** What each compound must publish, how often, and who publishes it. */
    items: z
      .object({
        feeStandard: item("yearly", "company"),
        serviceStandard: item("yearly", "company"),
        publicRevenue: item("quarterly", "company"),
        maintenanceFund: item("yearly", "committee"),
        committeeDecisions: item("monthly", "committee"),
        contractSummary: item("yearly", "company"),
      })
      .strict()
      .prefault({}),
    /** Days after a cadence period ends before a missing disclosure is overdue. */
    graceDays: z.number().int().min(0).max(MAX_DISCLOSURE_GRACE_DAYS).default(15),
  })
  .strict();
export type InformationDisclosureConfig = z.infer<typeof informationDisclosureConfigSchema>;

// ---------------------------------------------------------------------------------------------
// Cadence windows: the month, quarter or year a disclosure covers

/** The period label of each cadence, as people write it. */
export const disclosurePeriodExamples: Record<DisclosureCadence, string> = {
  monthly: "2026-10",
  quarterly: "2026-Q4",
  yearly: "2026",
};

const cadencePatterns: Record<DisclosureCadence, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  yearly: /^(\d{4})$/,
};

/** One cadence window: `2026-10` (a month), `2026-Q4` (a quarter) or `2026` (a year), inclusive dates. */
export interface DisclosureWindow {
  label: string;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const span = (label: string, year: number, first: number, last: number): DisclosureWindow => ({
  label,
  start: `${year}-${pad(first)}-01`,
  end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
});

/** The window a period label names on the cadence, or null when the label does not fit it. */
export function disclosureWindow(cadence: DisclosureCadence, label: string): DisclosureWindow | null {
  const m = cadencePatterns[cadence].exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900) return null;
  if (cadence === "monthly") return span(label, year, Number(m[2]), Number(m[2]));
  if (cadence === "quarterly") return span(label, year, 3 * Number(m[2]) - 2, 3 * Number(m[2]));
  return span(label, year, 1, 12);
}

/** The windows of a cadence whose last day lies in `[from, to]` (dates), oldest first. */
export function cadenceWindowsEnding(
  cadence: DisclosureCadence,
  from: string,
  to: string,
): DisclosureWindow[] {
  const out: DisclosureWindow[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const labels =
      cadence === "monthly"
        ? Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`)
        : cadence === "quarterly"
          ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
          : [String(year)];
    for (const label of labels) {
      const w = disclosureWindow(cadence, label);
      if (w && from <= w.end && w.end <= to) out.push(w);
    }
  }
  return out;
}

/** A window with the last day (`dueBy`, inclusive) on which its disclosure is on time. */
export interface DueWindow extends DisclosureWindow {
  dueBy: string;
}

/**
 * The windows of a cadence a period judges: those whose due date (last day + `graceDays`) falls in
 * the period. So each window is judged by exactly one period of each kind: a quarter judges the
 * months and the quarter due in it, a year the windows due that year (e.g. 2027-Q1 judges 2026-12,
 * 2027-01, 2027-02, 2026-Q4 and 2026 with 15 grace days).
 */
export function disclosureWindowsDue(
  period: Pick<Period, "start" | "end">,
  cadence: DisclosureCadence,
  graceDays: number,
): DueWindow[] {
  return cadenceWindowsEnding(
    cadence,
    shiftDate(period.start, -graceDays),
    shiftDate(period.end, -graceDays),
  ).map((w) => ({ ...w, dueBy: shiftDate(w.end, graceDays) }));
}

/** Whole days between two dates (`b` − `a`). */
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

const labelOf = (item: string): Label =>
  (disclosureItemLabels as Record<string, Label | undefined>)[item] ?? { zh: item, en: item };

export const informationDisclosure = definePolicy({
  id: "informationDisclosure",
  title: { zh: "信息公示制度", en: "Information disclosure" },
  description: {
    zh: "物业服务企业、业主委员会按规定的周期公示收费标准、服务标准、公共收益、维修资金使用、业委会决定和合同主要内容；逾期或缺失即为问题。",
    en: "Companies and owners' committees publish fee and service standards, public revenue, maintenance-fund use, committee decisions and the contract summary on their cadence; overdue or missing items are findings.",
  },
  configSchema: informationDisclosureConfigSchema,
  reads: { evaluate: ["disclosures", "contracts", "compounds", "companies", "committees"] },

  /**
   * For every compound under a contract on the last day of a window, every required item and
   * every window of the item's cadence due in the period (last day + `graceDays`) by the view's
   * instant: no disclosure of the compound for that item and window published by then →
   * `disclosureMissing` (major); the first one published after the due date → `disclosureLate`
   * (minor). The subject is the company of that contract (items the company publishes) or the
   * compound's committee in term on the window's last day (items the committee publishes; the
   * compound itself when it has none). Withdrawn disclosures do not count (the view leaves them out).
   */
  evaluate(period, view, config) {
    const published = view.disclosures;
    if (!published) return [];
    const at = viewInstant(view);
    const zone = view.tenant.timezone;
    const companyName = new Map(view.companies.map((c) => [c.id, c.name]));

    // The first publication of each compound, item and window the view holds.
    const first = new Map<string, PolicyDisclosure>();
    for (const d of published) {
      if (!d.compoundId || Date.parse(d.publishedAt) > at) continue;
      const key = `${d.compoundId}|${d.item}|${d.period}`;
      const seen = first.get(key);
      if (!seen || Date.parse(d.publishedAt) < Date.parse(seen.publishedAt)) first.set(key, d);
    }

    const due = Object.entries(config.items)
      .filter(([, rule]) => rule.required)
      .map(([item, rule]) => ({
        item,
        rule,
        windows: disclosureWindowsDue(period, rule.cadence, config.graceDays)
          .map((w) => ({ ...w, dueAt: endOfDayIn(w.dueBy, zone) }))
          .filter((w) => w.dueAt <= at),
      }));

    const findings: Finding[] = [];
    for (const compound of view.compounds) {
      for (const { item, rule, windows } of due) {
        const label = labelOf(item);
        for (const w of windows) {
          const contract = view.contracts
            .filter((k) => k.compoundId === compound.id && isActiveOn(k, w.end))
            .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0))[0];
          if (!contract) continue;
          const committee =
            rule.responsible === "committee"
              ? view.committees.find((k) => k.compoundId === compound.id && inTermOn(k, w.end))
              : undefined;
          const subject: Subject =
            rule.responsible === "company"
              ? {
                  type: "company",
                  id: contract.companyId,
                  name: companyName.get(contract.companyId) ?? contract.companyId,
                }
              : committee
                ? { type: "committee", id: committee.id, name: `${compound.name}业主委员会` }
                : { type: "compound", id: compound.id, name: compound.name };
          const evidence = {
            compoundId: compound.id,
            item,
            window: w.label,
            dueBy: w.dueBy,
            responsible: rule.responsible,
            contractId: contract.id,
          };
          const what =
            subject.type === "compound"
              ? { zh: label.zh, en: `its ${label.en.toLowerCase()}` }
              : {
                  zh: `${compound.name}${label.zh}`,
                  en: `the ${label.en.toLowerCase()} of ${compound.name}`,
                };
          const noCommittee =
            subject.type === "compound"
              ? {
                  zh: "（应由业主委员会公示，该小区无在任业主委员会）",
                  en: " (the committee publishes it; none in term)",
                }
              : { zh: "", en: "" };
          const found = first.get(`${compound.id}|${item}|${w.label}`);
          if (!found) {
            findings.push({
              subject,
              policy: "informationDisclosure",
              rule: "disclosureMissing",
              severity: "major",
              message: {
                zh: `${subject.name}未公示${what.zh}（${w.label}），应于${w.dueBy}前公示${noCommittee.zh}。`,
                en: `${subject.name} has not disclosed ${what.en} for ${w.label}, due by ${w.dueBy}${noCommittee.en}.`,
              },
              evidence,
              regionId: compound.communityId,
            });
            continue;
          }
          if (Date.parse(found.publishedAt) < w.dueAt) continue;
          const publishedOn = dateInZone(new Date(found.publishedAt), zone);
          const daysLate = daysBetween(w.dueBy, publishedOn);
          findings.push({
            subject,
            policy: "informationDisclosure",
            rule: "disclosureLate",
            severity: "minor",
            message: {
              zh: `${subject.name}逾期公示${what.zh}（${w.label}）：应于${w.dueBy}前公示，${publishedOn}才公示，逾期${daysLate}天。`,
              en: `${subject.name} disclosed ${what.en} for ${w.label} ${daysLate} day(s) late: due by ${w.dueBy}, published ${publishedOn}.`,
            },
            evidence: { ...evidence, disclosureId: found.id, publishedAt: found.publishedAt, daysLate },
            regionId: compound.communityId,
          });
        }
      }
    }
    return findings;
  },
});
