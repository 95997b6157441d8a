import { z } from "@hono/zod-openapi";
import { assessmentKinds, assessmentTargetKinds, idPattern, periodLabelSchema } from "@propgov/core";
import type { AssessmentDetail, AssessmentView, ScorecardView } from "../../services/assessments/view.js";
import { iso } from "../shared.js";

/** Who reads assessments: the county all cards, region staff their subtree's, companies their own. */
export const assessmentReaderRoles = ["countyAdmin", "regionStaff", "companyStaff"] as const;

export const assessmentStatuses = ["draft", "published", "superseded"] as const;

const label = z.object({ zh: z.string(), en: z.string() });
const figures = z.record(z.string(), z.unknown()).openapi({
  description:
    "What the score came from: `value` (a rate 0..1, null when nothing to measure, or a count) and its parts.",
});

const itemSchema = z
  .object({
    id: z.string(),
    title: label,
    points: z.number(),
    source: z.record(z.string(), z.unknown()),
    rule: z.record(z.string(), z.unknown()),
    score: z.number(),
    scored: z.boolean().optional().openapi({
      description: "False: nothing to measure and the rule leaves the item out (ifNoData: exclude).",
    }),
    notScored: label.optional().openapi({ description: "Why the item was not scored." }),
    figures,
    manual: z
      .object({
        score: z.number(),
        evidence: z.string(),
        by: z.string().nullable().optional(),
        at: z.string().optional(),
      })
      .nullable()
      .optional()
      .openapi({
        description: "Manual items: the inspector's entry; null until entered (scores 0 meanwhile).",
      }),
  })
  .openapi("ScorecardItem");

const vetoSchema = z
  .object({
    id: z.string(),
    title: label,
    source: z.record(z.string(), z.unknown()),
    rule: z.record(z.string(), z.unknown()),
    triggered: z.boolean(),
    figures,
  })
  .openapi("ScorecardVeto");

const scorecardExample = {
  id: "scd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  templateId: "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  templateCode: "company",
  targetType: "company",
  targetId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  targetName: "蒙城县安居物业服务有限公司",
  regionId: null,
  total: 86.5,
  grade: "良好",
  rank: 2,
  passed: true,
  vetoed: false,
  assessable: true,
  items: [
    {
      id: "responseRate",
      title: { zh: "投诉即办响应率", en: "Case response rate" },
      points: 15,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0.6, to: 1, ifNoData: "full" },
      score: 11.25,
      figures: { value: 0.9, numerator: 9, denominator: 10 },
    },
  ],
  vetoes: [],
  previousTotal: 80,
  previousRank: 3,
  change: 6.5,
};

export const scorecardSchema = z
  .object({
    id: z.string(),
    templateId: z.string(),
    templateCode: z.string(),
    targetType: z.enum(assessmentTargetKinds),
    targetId: z.string(),
    targetName: z.string(),
    regionId: z.string().nullable(),
    total: z.number(),
    grade: z.string().nullable(),
    rank: z.number().int().nullable().openapi({
      description:
        "Within the template; ties share a rank (1, 1, 3); vetoed targets last; null when not assessable.",
    }),
    passed: z.boolean(),
    vetoed: z.boolean(),
    assessable: z.boolean().openapi({
      description:
        "False (不参评): the target had no data at all to score (no rate could be computed, no manual entry): no grade, no rank, neither passed nor failed.",
    }),
    items: z.array(itemSchema),
    vetoes: z.array(vetoSchema),
    previousTotal: z
      .number()
      .nullable()
      .openapi({ description: "In the previous published assessment of the same kind and template." }),
    previousRank: z.number().int().nullable(),
    change: z.number().nullable().openapi({ description: "total − previousTotal." }),
  })
  .openapi("Scorecard", { example: scorecardExample });

const assessmentExample = {
  id: "asm_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  kind: "quarterly",
  period: "2026-Q3",
  revision: 1,
  revisesId: null,
  reason: null,
  status: "draft",
  templates: [{ templateId: "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", code: "company", version: 1 }],
  mechanismVersion: 1,
  computedAt: "2026-10-05T08:00:00.000Z",
  publishedAt: null,
  publishedBy: null,
  results: null,
  createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  createdAt: "2026-10-05T08:00:00.000Z",
};

const assessmentShape = {
  id: z.string(),
  kind: z.enum(assessmentKinds),
  period: z.string(),
  revision: z.number().int(),
  revisesId: z.string().nullable(),
  reason: z.string().nullable(),
  status: z.enum(assessmentStatuses),
  templates: z.array(z.object({ templateId: z.string(), code: z.string(), version: z.number().int() })),
  mechanismVersion: z.number().int().nullable(),
  computedAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  results: z.record(z.string(), z.unknown()).nullable().openapi({
    description:
      "What publishing applied: `rankings` by template code (for an annual assessment each entry has its `standing`, `excellent` 优秀 or `lagging` 后进, from the mechanism's `yearEnd` counts), `credit` records made, `revokedCreditRecords` of the revision it superseded.",
  }),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
};

export const assessmentSchema = z
  .object(assessmentShape)
  .openapi("Assessment", { example: assessmentExample });

export const assessmentDetailSchema = z
  .object({ ...assessmentShape, scorecards: z.array(scorecardSchema) })
  .openapi("AssessmentDetail", { example: { ...assessmentExample, scorecards: [scorecardExample] } });

export const createAssessmentBody = z
  .object({
    kind: z.enum(assessmentKinds).openapi({ description: "月通报 / 季度考核 / 年终评比." }),
    period: periodLabelSchema.meta({
      description: "A month for monthlyBulletin, a quarter for quarterly, a year for annual.",
      example: "2026-Q3",
    }),
    templates: z
      .array(z.string().min(1).max(40))
      .min(1)
      .max(20)
      .optional()
      .openapi({
        description:
          "Template codes, each scored in this kind (its `kinds`; else 422 naming it); every active template of the kind when absent (the year-end: the secretaries' 述职评议 templates too).",
        example: ["company"],
      }),
  })
  .openapi("CreateAssessment");

export const manualScoreBody = z
  .object({
    score: z.number().min(0).max(1000).openapi({ description: "0..the item's points.", example: 8 }),
    evidence: z.string().trim().min(1).max(2000).openapi({ example: "现场检查：消防通道畅通，台账齐全。" }),
  })
  .openapi("ManualItemScore");

export const reviseBody = z
  .object({ reason: z.string().trim().min(1).max(1000).openapi({ example: "更正立仓镇投诉数据录入错误" }) })
  .openapi("ReviseAssessment");

export const assessmentIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("asm"), "Not an assessment id.")
    .openapi({ param: { name: "id", in: "path" }, example: "asm_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

export const itemParams = assessmentIdParam.extend({
  scorecardId: z
    .string()
    .regex(idPattern("scd"), "Not a scorecard id.")
    .openapi({ param: { name: "scorecardId", in: "path" }, example: "scd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
  itemId: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: "itemId", in: "path" }, example: "siteInspection" }),
});

export const assessmentJson = (a: AssessmentView) => ({
  ...a,
  computedAt: a.computedAt.toISOString(),
  publishedAt: iso(a.publishedAt),
  createdAt: a.createdAt.toISOString(),
});

export const scorecardJson = (c: ScorecardView): z.infer<typeof scorecardSchema> => c;

export const assessmentDetailJson = (a: AssessmentDetail) => ({
  ...assessmentJson(a),
  scorecards: a.scorecards.map(scorecardJson),
});
