import { z } from "zod";
import { companyQualifications } from "../../registry/companies.js";
import { definePolicy } from "../define.js";
import type { Finding } from "../types.js";

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const projectLevels = ["provincial", "municipal"] as const;

/**
 * The credit grade scale of property companies, best first (信用档案: AAA ≥ 85, AA 80–85, A 70–80,
 * B 60–70, C below 60 with bad records in force, by default); computed from a company's credit
 * file by `creditScore` (see credit/score.ts) under the assessment policy's `credit` config.
 */
export const creditGrades = ["AAA", "AA", "A", "B", "C"] as const;
export type CreditGrade = (typeof creditGrades)[number];

export const cultivateExcellenceConfigSchema = z
  .object({
    /** 保持项目经理工作相对稳定: project-manager changes allowed per contract year. */
    maxProjectManagerChangesPerYear: z.number().int().min(0).max(12).default(1),
    /** Who may be put forward for excellent projects (鼓励企业申报省优项目、市优项目). */
    candidates: z
      .object({
        levels: z.array(z.enum(projectLevels)).default(["provincial", "municipal"]),
        /** Residents' satisfaction with the company's cases over the last year. */
        minSatisfactionRate: z.number().min(0).max(1).default(0.9),
      })
      .strict()
      .prefault({}),
    /**
     * What a contract (a company at a compound) must meet in a year to be an excellent-project
     * candidate (省优/市优), besides `candidates.minSatisfactionRate`. A criterion whose data does
     * not exist yet is "not yet evaluable", never a silent pass.
     */
    criteria: z
      .object({
        /** No case of the compound overdue for longer than this many days at the assessment date. */
        maxOverdueCaseAgeDays: z.number().int().min(0).max(365).default(30),
        /** The company's and the compound's disclosures complete over the year (informationDisclosure finds nothing). */
        requireDisclosuresComplete: z.boolean().default(true),
        /** The current project manager in post for at least this many months. */
        minProjectManagerMonths: z.number().int().min(0).max(120).default(12),
        /** The company's credit grade at least this; `null` leaves credit out. */
        minCreditGrade: z.enum(creditGrades).nullable().default("A"),
      })
      .strict()
      .prefault({}),
    /**
     * 招大引强、培育本地企业: what the local-enterprise KPIs (`GET /kpis/local-enterprises`) count.
     * A brand company (品牌企业) is ranked within `brandMaxRank` of the national top list or holds
     * one of `brandQualifications` (`null` / empty: that attribute makes no brand company); local
     * companies are counted as well rated at `minCreditGrade` or better (default AA).
     */
    localEnterprises: z
      .object({
        brandMaxRank: z.number().int().min(1).max(10_000).nullable().default(100),
        brandQualifications: z.array(z.enum(companyQualifications)).max(3).default(["grade1"]),
        minCreditGrade: z.enum(creditGrades).default("AA"),
      })
      .strict()
      .prefault({}),
    /** 对于守信、群众满意度高的物业企业实行联合激励. */
    jointIncentives: z
      .object({
        enabled: z.boolean().default(true),
        /** Satisfaction of the cases of the company's compounds rated in the last `windowMonths`. */
        minSatisfactionRate: z.number().min(0).max(1).default(0.95),
        windowMonths: z.number().int().min(1).max(60).default(12),
        /** No bad credit record (counting on the day) effective within this many months. */
        cleanCreditMonths: z.number().int().min(0).max(120).default(24),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type CultivateExcellenceConfig = z.infer<typeof cultivateExcellenceConfigSchema>;

export const cultivateExcellence = definePolicy({
  id: "cultivateExcellence",
  title: { zh: "培优育优制度", en: "Cultivating excellence" },
  description: {
    zh: "鼓励企业申报省优、市优项目，对守信、群众满意度高的物业企业实行联合激励，引导企业保持项目经理工作相对稳定。评价项目经理稳定性；省优、市优候选项目按逾期诉求、满意率、信息公示、项目经理任职和信用等级（取自企业信用档案）评定；联合激励在考核数据具备后评价。",
    en: "Puts companies forward for provincial and municipal excellent projects, rewards trustworthy companies residents are satisfied with, and keeps project managers stable. Judges project-manager stability; excellent-project candidates by overdue cases, satisfaction, disclosures, the project manager's tenure and credit grade (from the company's credit file); joint incentives once assessment data exists.",
  },
  configSchema: cultivateExcellenceConfigSchema,
  // Credit is judged by `criteria.minCreditGrade` (from the credit file, bad records included);
  // assessment scores enter through the credit records that publishing an annual assessment writes.
  retired: ["candidates.minAssessmentScore", "candidates.cleanCreditMonths"],
  reads: { evaluate: ["contracts", "companies", "compounds"] },

  /**
   * Project-manager stability (保持项目经理工作相对稳定), for each contract running in the period
   * and started by the view's day: a finding when it changed its project manager more often than
   * `maxProjectManagerChangesPerYear` per contract year served so far, or (where the view knows
   * the days of the changes) more often than that within the period's calendar year. One finding
   * per contract, against the company, in the compound's community.
   */
  evaluate(period, view, config) {
    const findings: Finding[] = [];
    const companies = new Map(view.companies.map((c) => [c.id, c]));
    const compounds = new Map(view.compounds.map((c) => [c.id, c]));
    const max = config.maxProjectManagerChangesPerYear;
    const year = period.start.slice(0, 4);
    for (const contract of view.contracts) {
      // Contracts running at some time in the period and started by the view's day.
      if (contract.startsOn > view.asOf || contract.startsOn > period.end || contract.endsOn < period.start)
        continue;
      // Days served so far (to the view's day, or the contract's end if earlier), counted inclusively.
      const served =
        Math.min(daysBetween(contract.startsOn, contract.endsOn), daysBetween(contract.startsOn, view.asOf)) +
        1;
      const contractYears = Math.max(1, Math.ceil(served / 365));
      const allowed = max * contractYears;
      const days = contract.projectManagerChangedOn;
      const changesInYear = days?.filter((d) => d.startsWith(`${year}-`) && d <= view.asOf).length;
      const overall = contract.projectManagerChanges > allowed;
      const inYear = changesInYear !== undefined && changesInYear > max;
      if (!overall && !inYear) continue;
      const company = companies.get(contract.companyId);
      const compound = compounds.get(contract.compoundId);
      const companyName = company?.name ?? contract.companyId;
      const compoundName = compound?.name ?? contract.compoundId;
      findings.push({
        subject: { type: "company", id: contract.companyId, name: companyName },
        policy: "cultivateExcellence",
        rule: "projectManagerUnstable",
        severity: "minor",
        message: inYear
          ? {
              zh: `${companyName}在小区“${compoundName}”的项目经理${year}年内更换${changesInYear}次，超过每年${max}次。`,
              en: `${companyName} changed the project manager of compound "${compoundName}" ${changesInYear} times in ${year}; at most ${max} a year.`,
            }
          : {
              zh: `${companyName}在小区“${compoundName}”的项目经理${contractYears}年内更换${contract.projectManagerChanges}次，超过每年${max}次。`,
              en: `${companyName} changed the project manager of compound "${compoundName}" ${contract.projectManagerChanges} times in ${contractYears} contract year(s); at most ${max} a year.`,
            },
        evidence: {
          contractId: contract.id,
          compoundId: contract.compoundId,
          changes: contract.projectManagerChanges,
          contractYears,
          allowed,
          ...(changesInYear === undefined ? {} : { year: Number(year), changesInYear }),
        },
        regionId: compound?.communityId ?? null,
      });
    }
    return findings;
  },
});
