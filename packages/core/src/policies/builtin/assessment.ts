import { z } from "zod";
import { creditConfigSchema } from "../../credit/config.js";
import { definePolicy } from "../define.js";
import { endOfDayIn, shiftMonth } from "../time.js";
import type { Finding, Period, PolicyView, Subject } from "../types.js";

export const assessmentConfigSchema = z
  .object({
    /**
     * 月通报: a bulletin of the month's figures. `enabled: false` refuses monthlyBulletin
     * assessments; a bulletin not published by `publishByDay` of the next month is a
     * `bulletinLate` finding of that next month.
     */
    monthlyBulletin: z
      .object({
        enabled: z.boolean().default(true),
        publishByDay: z.number().int().min(1).max(28).default(10),
      })
      .strict()
      .prefault({}),
    /**
     * 季度考核: `enabled: false` refuses quarterly assessments. What is scored, with what weight
     * and pass line, is the assessment templates' (the weights and pass score once here are retired).
     */
    quarterly: z
      .object({
        enabled: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    /**
     * 年终评比: a ranking of the year, with the best and the worst named. `enabled: false` refuses
     * annual assessments; publishing one names each template's top `excellent` (优秀) and last
     * `lagging` (后进) assessable targets, ties included, in its results.
     */
    yearEnd: z
      .object({
        enabled: z.boolean().default(true),
        excellent: z.number().int().min(0).max(100).default(3),
        lagging: z.number().int().min(0).max(100).default(3),
      })
      .strict()
      .prefault({}),
    /** 严格考核结果运用: results become credit records (rewards and penalties). */
    resultsToCredit: z.boolean().default(true),
    /**
     * What publishing an assessment applies to companies when `resultsToCredit` is on: in the
     * annual evaluation the top `count` companies (ties included) get a good record; companies
     * failing or vetoed in the annual evaluation get a bad one.
     */
    results: z
      .object({
        annualTopGood: z
          .object({
            count: z.number().int().min(0).max(100).default(3),
            points: z.number().min(0).max(100).default(5),
            category: z.string().trim().min(1).max(80).default("annualExcellent"),
          })
          .strict()
          .prefault({}),
        failingBad: z
          .object({
            points: z.number().min(0).max(100).default(5),
            category: z.string().trim().min(1).max(80).default("assessmentFailed"),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** 信用档案: score, grade bands, validity and the bidding/award linkage of credit records. */
    credit: creditConfigSchema.prefault({}),
  })
  .strict();
export type AssessmentConfig = z.infer<typeof assessmentConfigSchema>;

export const assessment = definePolicy({
  id: "assessment",
  title: { zh: "考核奖惩制度", en: "Assessment, rewards and penalties" },
  description: {
    zh: "建立“月通报、季度考核、年终评比”的考核工作制度，严格考核结果运用，考核结果记入企业信用档案。",
    en: "A monthly bulletin, a quarterly assessment and a year-end ranking; results are used strictly and become credit records of the companies.",
  },
  configSchema: assessmentConfigSchema,
  retired: ["quarterly.weights", "quarterly.passScore"],
  reads: { evaluate: ["assessmentCards", "bulletins"] },
  evaluate: (period, view, config) => [
    ...(config.monthlyBulletin.enabled
      ? lateBulletins(period, view, config.monthlyBulletin.publishByDay)
      : []),
    ...cardFindings(view),
  ],
});

/** The months (`YYYY-MM`) a period spans. */
function monthsOf(period: Period): string[] {
  const out: string[] = [];
  for (let m = period.start.slice(0, 7); m <= period.end.slice(0, 7); m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/**
 * `bulletinLate` (major, the county): the bulletin of a month published after `publishByDay`
 * of the next month (end of that day in the county's zone), or still unpublished once that day
 * has passed. Judged for the bulletins due within the period.
 */
function lateBulletins(period: Period, view: PolicyView, publishByDay: number): Finding[] {
  // A view built without the slice knows nothing of bulletins: no finding rather than a guess.
  if (!view.bulletins) return [];
  const asAt = view.asAt ? Date.parse(view.asAt) : endOfDayIn(view.asOf, view.tenant.timezone);
  const published = new Map((view.bulletins ?? []).map((b) => [b.period, b.publishedAt]));
  const subject: Subject = { type: "tenant", id: view.tenant.id, name: view.tenant.name };
  return monthsOf(period).flatMap((month): Finding[] => {
    const reported = shiftMonth(month, -1);
    const dueOn = `${month}-${String(publishByDay).padStart(2, "0")}`;
    const due = endOfDayIn(dueOn, view.tenant.timezone);
    const at = published.get(reported) ?? null;
    const late = at === null ? due <= asAt : Date.parse(at) >= due;
    if (!late) return [];
    return [
      {
        subject,
        policy: "assessment",
        rule: "bulletinLate",
        key: reported,
        severity: "major",
        evidence: { bulletin: reported, dueOn, publishedAt: at },
        message:
          at === null
            ? {
                zh: `${reported}月通报应于${dueOn}前发布，至今未发布。`,
                en: `The bulletin of ${reported} was due by ${dueOn} and is not published.`,
              }
            : {
                zh: `${reported}月通报应于${dueOn}前发布，实际发布于${at.slice(0, 10)}。`,
                en: `The bulletin of ${reported} was due by ${dueOn} and was published on ${at.slice(0, 10)}.`,
              },
      },
    ];
  });
}

/**
 * Each target of the period's published assessments (the latest revision) that did not pass:
 * `belowPassLine` (major) when its total is under the template's pass line, `assessmentVetoed`
 * (critical) when a veto failed it. The subject is the company or the region.
 */
const cardFindings = (view: PolicyView) =>
  (view.assessmentCards ?? []).flatMap((card): Finding[] => {
    if (card.passed) return [];
    const subject: Subject = {
      type: card.targetType === "company" ? "company" : "region",
      id: card.targetId,
      name: card.targetName,
    };
    const evidence = {
      assessmentId: card.assessmentId,
      kind: card.kind,
      period: card.period,
      template: card.templateCode,
      total: card.total,
      passLine: card.passLine,
      grade: card.grade,
      rank: card.rank,
    };
    // A secretary's card (述职评议) is a second card of the same region: its template keeps the
    // two findings apart.
    const secretary = card.targetType === "townshipSecretary" || card.targetType === "communitySecretary";
    const base = {
      subject,
      policy: "assessment",
      evidence,
      regionId: card.regionId,
      ...(secretary ? { key: card.templateCode } : {}),
    };
    if (card.vetoed) {
      return [
        {
          ...base,
          rule: "assessmentVetoed",
          severity: "critical",
          message: {
            zh: `${card.targetName}在${card.period}考核（${card.templateCode}）中被一票否决。`,
            en: `${card.targetName} was vetoed in the ${card.period} assessment (${card.templateCode}).`,
          },
        },
      ];
    }
    if (card.total >= card.passLine) return [];
    return [
      {
        ...base,
        rule: "belowPassLine",
        severity: "major",
        message: {
          zh: `${card.targetName}在${card.period}考核（${card.templateCode}）中得分${card.total}，低于及格线${card.passLine}。`,
          en: `${card.targetName} scored ${card.total} in the ${card.period} assessment (${card.templateCode}), below the pass line of ${card.passLine}.`,
        },
      },
    ];
  });
