import { z } from "zod";
import { policyIdSchema } from "../../mechanism/schema.js";
import { definePolicy } from "../define.js";

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
  // Assessments arrive in a later issue: nothing to judge yet, so no findings.
  evaluates: [],
  evaluate: () => [],
});
