import type { Router } from "../../router.js";
import { createAssessment } from "../../services/assessments/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { assessmentDetailJson, assessmentDetailSchema, createAssessmentBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "createAssessment",
  tags: ["assessments"],
  summary: "Compute a draft assessment (月通报 / 季度考核 / 年终评比) of a period",
  description:
    "The period must match the kind (a month, a quarter, a year: else 422 naming `body.period`). Every target of every active template (or of the codes in `templates`) is scored from the period's data: the policies judged in memory (no findings stored), cases, coverage on the period's judging day, tasks and credit records; each item shows the figures it came from, and the same data gives the same scores. Companies are those with a contract running in the period; townships and streets; communities. Ranks per template, grade bands, and the change against the previous published assessment of the same kind. One per kind and period: 409 with `existingId`.",
  request: {
    body: { content: { "application/json": { schema: createAssessmentBody } }, required: true },
  },
  responses: {
    201: json(assessmentDetailSchema, "The draft with its scorecards."),
  },
});

export const registerCreateAssessment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(assessmentDetailJson(await createAssessment(tenantCtx(c), c.req.valid("json"))), 201),
  );
