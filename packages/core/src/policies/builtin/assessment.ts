import { z } from "zod";
import { creditConfigSchema } from "../../credit/config.js";
import { policyIdSchema } from "../../mechanism/schema.js";
import { definePolicy } from "../define.js";
import type { Finding, Subject } from "../types.js";

export const assessmentConfigSchema = z
  .object({
    /** 月通报: a bulletin of the month's figures, published by this day of the next month. */
    monthlyBulletin: z
      .object({
        enabled: z.boolean().default(true),
        publishByDay: z.number().int().min(1).max(28).default(10),
      })
      .strict()
      .prefault({}),
    /** 季度考核: a score of 100 from the findings of the weighted policies. */
    quarterly: z
      .object({
        enabled: z.boolean().default(true),
        /** Weight of each policy's findings in the score; the weights sum to 1. */
        weights: z
          .record(policyIdSchema, z.number().min(0).max(1))
          .default({
            complaintHandling: 0.3,
            partyLeadership: 0.15,
            informationDisclosure: 0.15,
            gridResponsibility: 0.1,
            jointConsultation: 0.1,
            mechanismCompleteness: 0.1,
            wholeProcessParticipation: 0.1,
          })
          .refine(
            (w) => Math.abs(Object.values(w).reduce((a, b) => a + b, 0) - 1) < 1e-6,
            "The weights sum to 1.",
          ),
        passScore: z.number().min(0).max(100).default(60),
      })
      .strict()
      .prefault({}),
    /** 年终评比: a ranking of the year, with the best and the worst named. */
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
  reads: { evaluate: ["assessmentCards"] },
  /**
   * Each target of the period's published assessments (the latest revision) that did not pass:
   * `belowPassLine` (major) when its total is under the template's pass line, `assessmentVetoed`
   * (critical) when a veto failed it. The subject is the company or the region.
   */
  evaluate: (_period, view) =>
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
      const base = { subject, policy: "assessment", evidence, regionId: card.regionId };
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
    }),
});
