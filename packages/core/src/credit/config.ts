import { z } from "zod";
import { type CreditGrade, creditGrades } from "../policies/builtin/cultivate-excellence.js";
import { shiftMonths } from "../policies/time.js";
import { labelSchema } from "../registry/common.js";

/** Credit grades, best first (AAA … C; defined with cultivateExcellence's minCreditGrade). */
export const creditGradeSchema = z.enum(creditGrades);

/** The rank of a grade: 0 for AAA, 4 for C (lower is better). */
export const gradeRank = (grade: CreditGrade): number => creditGrades.indexOf(grade);

/** Whether `grade` is at least as good as `min`. */
export const gradeAtLeast = (grade: CreditGrade, min: CreditGrade): boolean =>
  gradeRank(grade) <= gradeRank(min);

export const creditKinds = ["good", "bad"] as const;
export type CreditRecordKind = (typeof creditKinds)[number];
export const creditSources = ["assessment", "finding", "administrativePenalty", "award", "manual"] as const;
export type CreditRecordSource = (typeof creditSources)[number];

const bandsSchema = z
  .object({
    /** Lowest score of each grade (inclusive); C is everything below B. */
    AAA: z.number().default(85),
    AA: z.number().default(80),
    A: z.number().default(70),
    B: z.number().default(60),
  })
  .strict()
  .refine((b) => b.AAA > b.AA && b.AA > b.A && b.A > b.B, "Band floors decrease from AAA to B.");

/**
 * How a tenant scores and grades companies' credit files (信用档案), and what the grades mean
 * for bidding (招投标) and awards (评优评先). Part of the assessment policy's config (`credit`).
 */
export const creditConfigSchema = z
  .object({
    /** The score of a company with no record in force. */
    base: z.number().min(0).max(1000).default(80),
    bands: bandsSchema.prefault({}),
    /** Grade C needs bad records in force; below B without any the company is graded B. */
    cRequiresBadRecords: z.boolean().default(true),
    /** A record's default validity: expiresOn = effectiveOn + this many months (same day; end of a shorter month). */
    validityMonths: z.number().int().min(1).max(120).default(12),
    eligibility: z
      .object({
        bidding: z
          .object({
            excludedGrades: z.array(creditGradeSchema).default(["C"]),
            /** A bad record in force of one of these categories excludes (黑名单). */
            blacklistCategories: z.array(z.string().trim().min(1).max(100)).default(["blacklist"]),
          })
          .strict()
          .prefault({}),
        award: z
          .object({
            minGrade: creditGradeSchema.default("A"),
            jointIncentives: z
              .object({
                grade: creditGradeSchema.default("AAA"),
                incentives: z.array(labelSchema).default([
                  { zh: "评优评先优先", en: "Priority in awards and honours" },
                  { zh: "招投标加分", en: "Extra points in bidding" },
                  { zh: "减少检查频次", en: "Fewer routine inspections" },
                ]),
              })
              .strict()
              .prefault({}),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** 异议: the county decides an objection within this many working days of its filing (the working calendar). */
    objection: z
      .object({
        deadlineWorkingDays: z.number().int().min(1).max(60).default(15),
      })
      .strict()
      .prefault({}),
    /**
     * 信用修复: a bad record may be repaired on the company's application once it has been in
     * force for the minimum period of its severity, when the conditions are met; the county
     * approves. A record of `seriousPoints` or more (or of a blacklist category) is serious.
     */
    repair: z
      .object({
        enabled: z.boolean().default(true),
        minMonths: z
          .object({
            minor: z.number().int().min(0).max(120).default(3),
            serious: z.number().int().min(0).max(120).default(12),
          })
          .strict()
          .prefault({}),
        seriousPoints: z.number().min(0).max(1000).default(10),
        /**
         * What the application must state (and the county confirms by approving): `rectified` 已整改,
         * `commitment` 信用承诺书; `finePaid` 罚款已缴纳 is asked besides for a penalty with a fine.
         */
        conditions: z
          .array(z.enum(["rectified", "commitment", "finePaid"]))
          .default(["rectified", "commitment"]),
        /** Categories never repaired (严重失信名单 leaves only by its own procedure). */
        excludedCategories: z.array(z.string().trim().min(1).max(100)).default(["blacklist"]),
      })
      .strict()
      .prefault({}),
    /** 双公示: an administrative penalty is published within this many working days of its decision. */
    publicationWorkingDays: z.number().int().min(1).max(60).default(7),
    /** 双公示 export: data source (CF_SJLY) and its code (CF_SJLYDM); default the tenant's name and division code. */
    export: z
      .object({
        dataSource: z.string().trim().min(1).max(200).nullable().default(null),
        dataSourceCode: z.string().trim().min(1).max(50).nullable().default(null),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type CreditConfig = z.infer<typeof creditConfigSchema>;

/** The defaults, for callers without a mechanism at hand. */
export const defaultCreditConfig = (): CreditConfig => creditConfigSchema.parse({});

/** The default expiry of a record: `validityMonths` after `effectiveOn` (2026-01-31 + 1 month → 2026-02-28). */
export function defaultExpiresOn(effectiveOn: string, config: Pick<CreditConfig, "validityMonths">): string {
  return shiftMonths(effectiveOn, config.validityMonths) ?? effectiveOn;
}
