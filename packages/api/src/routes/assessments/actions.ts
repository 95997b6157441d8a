import type { Router } from "../../router.js";
import { recomputeAssessment, reviseAssessment } from "../../services/assessments/act.js";
import { publishAssessment } from "../../services/assessments/publish.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { assessmentDetailJson, assessmentDetailSchema, assessmentIdParam, reviseBody } from "./schema.js";

const params = assessmentIdParam;

const recomputeRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/recompute",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "recomputeAssessment",
  tags: ["assessments"],
  summary: "Recompute a draft from the current data (manual entries kept)",
  description: "Drafts only: 409 for a published or superseded assessment. Audited.",
  request: { params },
  responses: {
    200: json(assessmentDetailSchema, "The draft."),
  },
});

const publishRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/publish",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "publishAssessment",
  tags: ["assessments"],
  summary: "Publish a draft: an immutable snapshot, with its results applied",
  description:
    "Every manual item must be entered (409 listing `pending`). The database keeps a published assessment and its scorecards as they were. Results, by the tenant's assessment policy config (`resultsToCredit`, `results`): in an annual assessment the top companies get a good credit record and failing or vetoed companies a bad one (source `assessment`); every template's ranking is recorded. Publishing a revision supersedes the assessment it revises and revokes that one's credit records, so no record is doubled. Audited.",
  request: { params },
  responses: {
    200: json(assessmentDetailSchema, "The published assessment."),
  },
});

const reviseRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/revisions",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "reviseAssessment",
  tags: ["assessments"],
  summary: "Correct a published assessment: a new draft revision with a reason",
  description:
    "Published only (409 otherwise, and while a draft revision exists). The revision (revision + 1, `revisesId`) is recomputed from the current data with the same template versions and keeps the manual entries; publishing it supersedes this one. Both stay readable. Audited.",
  request: {
    params,
    body: { content: { "application/json": { schema: reviseBody } }, required: true },
  },
  responses: {
    201: json(assessmentDetailSchema, "The draft revision."),
  },
});

export const registerAssessmentActions = (app: Router) => {
  app.openapi(recomputeRoute, async (c) =>
    c.json(assessmentDetailJson(await recomputeAssessment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
  app.openapi(publishRoute, async (c) =>
    c.json(assessmentDetailJson(await publishAssessment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
  app.openapi(reviseRoute, async (c) =>
    c.json(
      assessmentDetailJson(
        await reviseAssessment(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      201,
    ),
  );
};
