import { z } from "@hono/zod-openapi";
import {
  createNominationSchema,
  creditGrades,
  criterionStatuses,
  excellenceCriteria,
  idPattern,
  nominationActions,
  nominationLevels,
  nominationNoteSchema,
  nominationStatuses,
  rejectNominationSchema,
} from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../problem.js";
import type { NominationDetail, NominationView } from "../../services/excellence/view.js";
import { iso } from "../shared.js";

/** Who nominates (申报): county administrators any contract, company staff their company's. */
export const nominatorRoles = ["countyAdmin", "companyStaff"] as const;
/** Who reads nominations and candidates: the county all, region staff their subtree, companies their own. */
export const excellenceReaderRoles = ["countyAdmin", "regionStaff", "companyStaff"] as const;
/** Who decides (award, reject): county administrators. */
export const deciderRoles = ["countyAdmin"] as const;

const label = z.object({ zh: z.string(), en: z.string() });

const contractExample = {
  id: "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyName: "蒙城县安居物业服务有限公司",
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundName: "阳光花园",
  startsOn: "2022-01-01",
  endsOn: "2026-12-31",
};

export const excellenceContractSchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    compoundId: z.string(),
    compoundName: z.string(),
    startsOn: z.string().openapi({ format: "date" }),
    endsOn: z.string().openapi({ format: "date" }),
  })
  .openapi("ExcellenceContract", { example: contractExample });

const unavailable = z.object({ unavailable: label.openapi({ description: "Why it cannot be judged." }) });

const evidenceExample = {
  assessedOn: "2025-12-31",
  overdueCases: { overdue: 1, beyondLimit: 0, oldestOverdueDays: 3 },
  satisfaction: { rated: 20, satisfied: 19, rate: 0.95 },
  disclosures: { findings: 0, rules: [] },
  projectManager: { since: "2022-01-01", months: 47, changesInYear: 0 },
  credit: { grade: "AA" },
};

export const excellenceEvidenceSchema = z
  .object({
    assessedOn: z
      .string()
      .openapi({ format: "date", description: "The year's last day, or today while it runs." }),
    overdueCases: z
      .object({
        overdue: z.number().int(),
        beyondLimit: z.number().int(),
        oldestOverdueDays: z.number().int().nullable(),
      })
      .openapi({
        description:
          "Cases of the compound received during the contract and overdue at the assessment instant (since the first deadline each missed); those overdue longer than `maxOverdueCaseAgeDays`; the oldest age in days.",
      }),
    satisfaction: z
      .object({ rated: z.number().int(), satisfied: z.number().int(), rate: z.number().nullable() })
      .openapi({
        description:
          "Cases of the compound rated in the year: satisfied or basically satisfied ÷ rated; null without rated cases.",
      }),
    disclosures: z
      .union([z.object({ findings: z.number().int(), rules: z.array(z.string()) }), unavailable])
      .openapi({
        description:
          "informationDisclosure findings over the year that are the company's to mend (missing or late items), or why the policy cannot judge them.",
      }),
    projectManager: z
      .union([
        z.object({
          since: z.string().openapi({ format: "date" }),
          months: z.number().int(),
          changesInYear: z.number().int(),
        }),
        unavailable,
      ])
      .openapi({
        description:
          "The current project manager: in post since the last change (the contract's start when never changed), full months to the assessment day, changes in the year.",
      }),
    credit: z.object({ grade: z.enum(creditGrades).nullable() }).openapi({
      description:
        "The company's credit grade on the assessment day, from its credit file; null only when unknown.",
    }),
  })
  .openapi("ExcellenceEvidence", { example: evidenceExample });

const criterionExample = {
  code: "creditGrade",
  label: { zh: "企业信用等级", en: "Company credit grade" },
  status: "pass",
  evidence: { grade: "AA", minGrade: "A" },
  reason: { zh: "信用等级AA，达到A级。", en: "Credit grade AA, at least A." },
};

export const criterionResultSchema = z
  .object({
    code: z.enum(excellenceCriteria),
    label,
    status: z.enum(criterionStatuses),
    evidence: z.record(z.string(), z.unknown()).openapi({ description: "The figures and the limit." }),
    reason: label,
  })
  .openapi("ExcellenceCriterionResult", { example: criterionExample });

export const evaluationSchema = z
  .object({
    year: z.number().int(),
    assessedOn: z.string().openapi({ format: "date" }),
    criteria: z.array(criterionResultSchema).openapi({
      description:
        "One result per criterion the tenant's cultivateExcellence config asks for (disclosures unless `requireDisclosuresComplete` is false, credit unless `minCreditGrade` is null).",
    }),
    eligible: z.boolean().openapi({ description: "Every criterion met." }),
    pending: z.boolean().openapi({ description: "None failed, some not yet evaluable." }),
    evidence: excellenceEvidenceSchema,
  })
  .openapi("ExcellenceEvaluation", {
    example: {
      year: 2025,
      assessedOn: "2025-12-31",
      criteria: [criterionExample],
      eligible: false,
      pending: true,
      evidence: evidenceExample,
    },
  });

const nominationExample = {
  id: "nom_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  contract: contractExample,
  level: "municipal",
  year: 2025,
  status: "nominated",
  note: "服务规范，群众满意度高。",
  createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  createdAt: "2026-01-10T02:00:00.000Z",
  updatedAt: "2026-01-10T02:00:00.000Z",
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
  allowedActions: ["withdraw", "award", "reject"],
};

const nominationFields = {
  id: z.string(),
  contract: excellenceContractSchema,
  level: z.enum(nominationLevels).openapi({ description: "municipal 市优项目, provincial 省优项目." }),
  year: z.number().int(),
  status: z.enum(nominationStatuses),
  note: z.string().nullable(),
  createdBy: z.string().nullable().openapi({ description: "The user or API key that nominated." }),
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedAt: z.string().nullable().openapi({ description: "When it was withdrawn, awarded or rejected." }),
  decidedBy: z
    .string()
    .nullable()
    .openapi({ description: "The user or API key that withdrew, awarded or rejected it." }),
  decisionNote: z
    .string()
    .nullable()
    .openapi({ description: "The note of the withdrawal or award, or the reason of the rejection." }),
  allowedActions: z.array(z.enum(nominationActions)).openapi({
    description: "What its status accepts (withdraw: the company or the county; award, reject: the county).",
  }),
};

export const nominationSchema = z.object(nominationFields).openapi("ExcellenceNomination", {
  example: nominationExample,
});

export const nominationDetailSchema = z
  .object({
    ...nominationFields,
    evaluation: evaluationSchema.nullable().openapi({
      description:
        "The criteria as they stand now for its contract and year; null once the contract is archived.",
    }),
    history: z.array(
      z.object({
        action: z.enum(["nominate", ...nominationActions]),
        at: z.string(),
        actorType: z.string(),
        actorId: z.string().nullable(),
        note: z.string().nullable().openapi({ description: "The note given, or a rejection's reason." }),
      }),
    ),
  })
  .openapi("ExcellenceNominationDetail", {
    example: {
      ...nominationExample,
      evaluation: null,
      history: [
        {
          action: "nominate",
          at: "2026-01-10T02:00:00.000Z",
          actorType: "user",
          actorId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
          note: "服务规范，群众满意度高。",
        },
      ],
    },
  });

const candidateEntrySchema = z
  .object({ contract: excellenceContractSchema, evaluation: evaluationSchema })
  .openapi("ExcellenceCandidate");

export const candidatesSchema = z
  .object({
    year: z.number().int(),
    assessedOn: z.string().openapi({ format: "date" }),
    policyEnabled: z.boolean().openapi({
      description: "Whether the mechanism enables cultivateExcellence (its config applies either way).",
    }),
    candidates: z.array(candidateEntrySchema).openapi({ description: "Contracts meeting every criterion." }),
    pending: z.array(candidateEntrySchema).openapi({
      description:
        "Contracts failing none, with some criterion not evaluable (e.g. disclosures where the policy does not run).",
    }),
    notEligible: z.array(candidateEntrySchema).openapi({ description: "Contracts failing a criterion." }),
  })
  .openapi("ExcellenceCandidates");

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createNominationBody = createNominationSchema.meta({
  id: "CreateNominationRequest",
  example: {
    contractId: "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    level: "municipal",
    year: 2025,
    note: "服务规范，群众满意度高。",
  },
});

export const nominationNoteBody = nominationNoteSchema.meta({
  id: "NominationNoteRequest",
  example: { note: "经评审，符合市优项目条件。" },
});

export const rejectNominationBody = rejectNominationSchema.meta({
  id: "RejectNominationRequest",
  example: { reason: "年内有逾期超过30天的投诉未办结。" },
});

export const nominationIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("nom"), "Not a nomination id.")
    .openapi({ param: { name: "id", in: "path" }, example: "nom_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

export const yearQuery = z.coerce
  .number()
  .int("A whole year.")
  .min(2000, "From 2000.")
  .max(2100, "Up to 2100.");

export const nominationConflictSchema = problemSchema
  .extend({
    currentStatus: z.enum(nominationStatuses).optional(),
    allowedActions: z.array(z.enum(nominationActions)).optional(),
    existingId: z.string().optional().openapi({ description: "The nomination that already exists." }),
    existingStatus: z.enum(nominationStatuses).optional(),
  })
  .openapi("NominationConflictProblem", {
    example: {
      type: "urn:propgov:problem:conflict",
      title: "Conflict",
      status: 409,
      detail: "A nomination that is awarded does not accept 'withdraw'. Allowed now: none.",
      code: "conflict",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      currentStatus: "awarded",
      allowedActions: [],
    },
  });

export const nominationConflict = (description: string) =>
  ({
    409: { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: nominationConflictSchema } } },
  }) as const;

export const nominationJson = (n: NominationView) => ({
  ...n,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
  decidedAt: iso(n.decidedAt),
});

export const nominationDetailJson = (n: NominationDetail) => ({
  ...nominationJson(n),
  evaluation: n.evaluation,
  history: n.history.map((h) => ({ ...h, at: h.at.toISOString() })),
});
