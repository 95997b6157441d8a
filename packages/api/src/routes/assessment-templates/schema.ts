import { z } from "@hono/zod-openapi";
import { assessmentTargetKinds, assessmentTemplateSchema, companyTemplate } from "@propgov/core";
import type { TemplateVersionView } from "../../services/assessments/templates.js";

/** Who reads templates: every tenant role that reads assessments. */
export const templateReaderRoles = ["countyAdmin", "regionStaff", "companyStaff"] as const;

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const templateDocumentSchema = assessmentTemplateSchema.meta({
  id: "AssessmentTemplateDocument",
  description:
    "An assessment template (考核细则): target kind (company | township | community | townshipSecretary | communitySecretary: the party secretaries of a township or street and of a community, scored on their region for the annual review 述职评议), the cycles it is scored in (`kinds`, default all), pass line, grade bands (highest first), items [{id, title, points, source, rule}] and vetoes (一票否决). Sources: cases.responseRate | cases.resolutionRate | cases.satisfactionRate | coverage.service | coverage.committee | coverage.partyOrg | party.crossAppointment (committees in term with a party member ÷ in term) | party.ledMeetings (meetings held in the period convened by a party organisation ÷ held) (regions and secretaries) | tasks.onTime (rates); disclosures.compliance | meetings.compliance | findings (with `policy`, optional `rule`, `severity`) | credit.bad (companies, optional `category`) (counts); manual. Rules: linear {from, to} for rates, deduction {perFinding, cap} for counts, manual. Vetoes: atLeast {count} on counts, below {threshold} on rates.",
  example: companyTemplate,
});

const note = z
  .string()
  .trim()
  .max(500)
  .optional()
  .openapi({ description: "Why this version.", example: "2026年度修订" });

export const createTemplateBody = assessmentTemplateSchema
  .extend({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, "A lower-case letter, then letters, digits and - (at most 40).")
      .openapi({ description: "Stable across versions.", example: "company" }),
    note,
  })
  .meta({ id: "CreateAssessmentTemplate", example: { code: "company2", ...companyTemplate } });

export const updateTemplateBody = assessmentTemplateSchema
  .extend({ note })
  .meta({ id: "UpdateAssessmentTemplate", example: { ...companyTemplate, note: "调整满意率权重" } });

export const templateVersionSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number().int().min(1),
    targetKind: z.enum(assessmentTargetKinds),
    document: templateDocumentSchema,
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("AssessmentTemplateVersion", {
    example: {
      id: "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      code: "company",
      version: 1,
      targetKind: "company",
      document: companyTemplate,
      note: null,
      createdBy: null,
      createdAt: "2026-11-26T08:00:00.000Z",
    },
  });

export const codeParam = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, "Not a template code.")
    .openapi({ param: { name: "code", in: "path" }, example: "company" }),
});

export const versionParam = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .openapi({ param: { name: "version", in: "path" }, example: 1 }),
});

export const templateJson = (v: TemplateVersionView) => ({ ...v, createdAt: v.createdAt.toISOString() });
