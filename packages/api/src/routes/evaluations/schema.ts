import { z } from "@hono/zod-openapi";
import { periodLabelSchema, severities } from "@propgov/core";
import type { EvaluationResult, EvaluationView, FindingView } from "../../services/evaluations.js";

export const createEvaluationBody = z
  .object({
    // Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
    period: periodLabelSchema.meta({
      description: "A month (`2024-05`), a quarter (`2024-Q2`) or a year (`2024`).",
      example: "2024-05",
    }),
  })
  .strict()
  .openapi("CreateEvaluationRequest", { example: { period: "2024-05" } });

const evaluationExample = {
  id: "evl_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  period: "2024-05",
  startedAt: "2026-11-26T08:00:00.000Z",
  finishedAt: "2026-11-26T08:00:00.120Z",
  findingCount: 3,
  mechanismVersion: 2,
  createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
};

const evaluationFields = {
  id: z.string(),
  period: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  findingCount: z.number().int().min(0),
  mechanismVersion: z.number().int().min(1),
  createdBy: z.string().nullable(),
};

export const evaluationSchema = z
  .object(evaluationFields)
  .openapi("Evaluation", { example: evaluationExample });

export const evaluationResultSchema = z
  .object({
    ...evaluationFields,
    bySeverity: z.record(z.enum(severities), z.number().int().min(0)),
    byPolicy: z.record(z.string(), z.number().int().min(0)),
  })
  .openapi("EvaluationResult", {
    example: {
      ...evaluationExample,
      bySeverity: { info: 1, minor: 0, major: 2, critical: 0 },
      byPolicy: { gridResponsibility: 2, partyLeadership: 1 },
    },
  });

export const findingSchema = z
  .object({
    id: z.string(),
    evaluationId: z.string(),
    period: z.string(),
    policy: z.string(),
    rule: z.string().openapi({ description: "A stable code of what is wrong, e.g. `noPartyOrg`." }),
    severity: z.enum(severities),
    subject: z.object({ type: z.string(), id: z.string(), name: z.string() }),
    regionId: z.string().nullable(),
    message: z.object({ zh: z.string(), en: z.string() }),
    evidence: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .openapi("Finding", {
    example: {
      id: "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      evaluationId: "evl_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      period: "2024-05",
      policy: "gridResponsibility",
      rule: "compoundWithoutGuarantor",
      severity: "major",
      subject: { type: "compound", id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "阳光花园" },
      regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      message: { zh: "小区“阳光花园”没有包保责任人。", en: 'Compound "阳光花园" has no guarantor.' },
      evidence: { grids: 4 },
      createdAt: "2026-11-26T08:00:00.120Z",
    },
  });

export const evaluationJson = (e: EvaluationView) => ({
  ...e,
  startedAt: e.startedAt.toISOString(),
  finishedAt: e.finishedAt.toISOString(),
});

export const evaluationResultJson = (e: EvaluationResult) => ({ ...e, ...evaluationJson(e) });

export const findingJson = (f: FindingView) => ({ ...f, createdAt: f.createdAt.toISOString() });
