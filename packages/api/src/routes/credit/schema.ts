import { z } from "@hono/zod-openapi";
import {
  createCreditRecordSchema,
  creditAppealKinds,
  creditAppealStatuses,
  creditGrades,
  creditKinds,
  creditSources,
  eligibilityPurposes,
  idPattern,
  isoDateSchema,
  penaltyExportColumns,
  penaltyPartyCategories,
  revokeCreditRecordSchema,
} from "@propgov/core";
import type { CreditFile, CreditRecordView, CreditStanding } from "../../services/credit/view.js";
import { iso } from "../shared.js";

/** Who reads credit files: the county, region staff and department officers all; company staff their own. */
export const creditReaderRoles = ["countyAdmin", "regionStaff", "departmentOfficer", "companyStaff"] as const;
/** Who files records: county administrators (any), department officers (administrative penalties). */
export const creditWriterRoles = ["countyAdmin", "departmentOfficer"] as const;
/** Who revokes records and exports penalties: county administrators. */
export const creditAdminRoles = ["countyAdmin"] as const;

const label = z.object({ zh: z.string(), en: z.string() });

export const companyIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("cmp"), "Not a company id.")
    .openapi({ param: { name: "id", in: "path" }, example: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});
export const recordIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("crd"), "Not a credit record id.")
    .openapi({ param: { name: "id", in: "path" }, example: "crd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

/** `?on=YYYY-MM-DD`: the day the score is taken on (default today in the tenant's zone). */
export const onQuery = isoDateSchema.optional().meta({
  param: { name: "on", in: "query" },
  description: "The day (YYYY-MM-DD) records are counted on; default today in the tenant's time zone.",
  example: "2026-06-30",
});

const penaltySchema = z
  .object({
    decisionNumber: z.string(),
    authority: z.string(),
    authorityUscc: z.string().nullable().optional(),
    fine: z.number().nullable().optional().openapi({ description: "罚款金额 in 万元." }),
    decidedOn: z.string().openapi({ format: "date" }),
    penaltyType: z.string().nullable().optional(),
    cause: z.string().nullable().optional(),
    basis: z.string().nullable().optional(),
    content: z.string().nullable().optional(),
    legalRepresentative: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
    partyCategory: z
      .enum(penaltyPartyCategories)
      .nullable()
      .optional()
      .openapi({ description: "行政相对人类别 (CF_XDR_LB); required when filing a penalty." }),
    violationType: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "违法行为类型 (CF_WFXW); required when filing a penalty." }),
    publicUntil: z
      .string()
      .nullable()
      .optional()
      .openapi({ format: "date", description: "公示截止期 (CF_GSJZQ); required when filing a penalty." }),
  })
  .openapi("CreditPenalty");

const publicationSchema = z
  .object({
    dueOn: z.string().openapi({
      format: "date",
      description: "双公示 deadline: 7 working days after the decision (working calendar).",
    }),
    exportedOn: z
      .string()
      .nullable()
      .openapi({ format: "date", description: "The day the 双公示 export first included it (tenant zone)." }),
    late: z
      .boolean()
      .openapi({ description: "Exported after dueOn, or not exported and dueOn has passed (today)." }),
  })
  .openapi("CreditPublication");

const appealSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(creditAppealKinds),
    status: z.enum(creditAppealStatuses),
    filedOn: z.string().openapi({ format: "date" }),
    dueOn: z.string().nullable().openapi({ format: "date" }),
    decidedOn: z.string().nullable().openapi({ format: "date" }),
  })
  .openapi("CreditAppealSummary");

const recordExample = {
  id: "crd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  kind: "bad",
  category: "违规收费",
  points: 5,
  source: "administrativePenalty",
  sourceId: null,
  evidence: "县住建局执法检查记录",
  effectiveOn: "2026-03-01",
  expiresOn: "2027-03-01",
  public: true,
  penalty: {
    decisionNumber: "蒙住建罚〔2026〕3号",
    authority: "蒙城县住房和城乡建设局",
    authorityUscc: null,
    fine: 0.5,
    decidedOn: "2026-03-01",
    penaltyType: "罚款",
    cause: "超标准收取停车费",
    basis: "《物业管理条例》第四十条",
    content: "罚款人民币伍仟元",
    legalRepresentative: null,
    note: null,
    partyCategory: "legalPerson",
    violationType: "违规收费",
    publicUntil: "2027-03-01",
  },
  publication: { dueOn: "2026-03-10", exportedOn: null, late: false },
  appeals: [],
  revokedAt: null,
  revokeReason: null,
  createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  createdAt: "2026-03-01T08:00:00.000Z",
  updatedAt: "2026-03-01T08:00:00.000Z",
};

export const creditRecordSchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    kind: z.enum(creditKinds),
    category: z.string(),
    points: z.number(),
    source: z.enum(creditSources),
    sourceId: z.string().nullable(),
    evidence: z.string(),
    effectiveOn: z.string().openapi({ format: "date" }),
    expiresOn: z.string().openapi({ format: "date", description: "Last day in force (inclusive)." }),
    public: z.boolean(),
    penalty: penaltySchema.nullable(),
    publication: publicationSchema
      .nullable()
      .openapi({ description: "双公示 tracking of a penalty; null for other records." }),
    appeals: z.array(appealSummarySchema).openapi({
      description: "Objections (异议) and repair applications (信用修复) against it, oldest first.",
    }),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("CreditRecord", { example: recordExample });

export const creditRecordJson = (r: CreditRecordView) => ({
  ...r,
  revokedAt: iso(r.revokedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const companyRef = z.object({ id: z.string(), name: z.string(), uscc: z.string() }).openapi("CreditCompany");

const standingFields = {
  company: companyRef,
  on: z.string().openapi({ format: "date" }),
  base: z.number(),
  score: z.number().openapi({ description: "base + good − bad points of the records in force on `on`." }),
  grade: z.enum(creditGrades),
  good: z.number(),
  bad: z.number(),
};

export const creditStandingSchema = z.object(standingFields).openapi("CreditStanding", {
  example: {
    company: {
      id: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      name: "蒙城县安居物业服务有限公司",
      uscc: "91341622MA2N0ABC1X",
    },
    on: "2026-06-30",
    base: 80,
    score: 75,
    grade: "A",
    good: 0,
    bad: 5,
  },
});

export const creditFileSchema = z
  .object({
    ...standingFields,
    records: z
      .array(creditRecordSchema)
      .openapi({ description: "In force on `on`, newest effective first." }),
    history: z
      .array(creditRecordSchema)
      .openapi({ description: "Every record, revoked and expired included, newest effective first." }),
  })
  .openapi("CreditFile");

export const creditFileJson = (f: CreditFile) => ({
  ...f,
  records: f.records.map(creditRecordJson),
  history: f.history.map(creditRecordJson),
});

export const creditStandingJson = (s: CreditStanding) => s;

export const createCreditRecordBody = createCreditRecordSchema.meta({
  id: "CreateCreditRecordRequest",
  example: {
    kind: "bad",
    category: "违规收费",
    points: 5,
    source: "administrativePenalty",
    evidence: "县住建局执法检查记录",
    effectiveOn: "2026-03-01",
    penalty: {
      decisionNumber: "蒙住建罚〔2026〕3号",
      authority: "蒙城县住房和城乡建设局",
      fine: 0.5,
      penaltyType: "罚款",
      partyCategory: "legalPerson",
      violationType: "违规收费",
      publicUntil: "2027-03-01",
      cause: "超标准收取停车费",
      basis: "《物业管理条例》第四十条",
      content: "罚款人民币伍仟元",
    },
  },
});

export const revokeCreditRecordBody = revokeCreditRecordSchema.meta({
  id: "RevokeCreditRecordRequest",
  example: { reason: "处罚决定已被行政复议撤销" },
});

export const eligibilitySchema = z
  .object({
    company: companyRef,
    for: z.enum(eligibilityPurposes),
    on: z.string().openapi({ format: "date" }),
    score: z.number(),
    grade: z.enum(creditGrades),
    allowed: z.boolean(),
    reasons: z
      .array(label.extend({ code: z.enum(["gradeExcluded", "gradeBelowMinimum", "blacklisted"]) }))
      .openapi({ description: "Why not; empty when allowed." }),
    incentives: z.array(label).openapi({
      description: "Joint incentives (联合激励) granted: empty unless `jointIncentives.granted`.",
    }),
    jointIncentives: z
      .object({
        granted: z.boolean(),
        incentives: z.array(label),
        reasons: z.array(
          label.extend({
            code: z.enum([
              "jointIncentivesDisabled",
              "notEligible",
              "gradeBelowJointIncentives",
              "noRatedCases",
              "satisfactionBelowMinimum",
              "recentBadRecord",
            ]),
          }),
        ),
        satisfaction: z.object({
          from: z.string().openapi({ format: "date" }),
          to: z.string().openapi({ format: "date" }),
          rated: z.number().int(),
          satisfied: z.number().int(),
          rate: z.number().nullable(),
          min: z.number(),
        }),
        recentBadRecords: z.number().int(),
      })
      .openapi("CreditJointIncentives", {
        description:
          "联合激励: the grade (credit config `eligibility.award.jointIncentives.grade`), residents' satisfaction with the cases of the company's compounds rated in the last `cultivateExcellence.jointIncentives.windowMonths` (at least `minSatisfactionRate`), and no bad record counting on the day effective within `cleanCreditMonths`.",
      }),
  })
  .openapi("CreditEligibility");

export const publicCreditSchema = z
  .object({
    on: z.string().openapi({ format: "date" }),
    companies: z.array(
      z.object({
        company: companyRef,
        score: z.number(),
        grade: z.enum(creditGrades),
        records: z.array(
          z.object({
            id: z.string(),
            kind: z.enum(creditKinds),
            category: z.string(),
            points: z.number(),
            source: z.enum(creditSources),
            effectiveOn: z.string().openapi({ format: "date" }),
            expiresOn: z.string().openapi({ format: "date" }),
            penalty: z
              .object({ decisionNumber: z.string(), authority: z.string(), decidedOn: z.string() })
              .nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi("PublicCreditBoard");

/** The export's columns as Markdown, for the route description. */
export const penaltyColumnsMarkdown = penaltyExportColumns
  .map((c) => `- \`${c.code}\` ${c.zh} — ${c.en}. From: ${c.from}.`)
  .join("\n");
