import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { publishAssessment, recomputeAssessment, reviseAssessment } from "../../services/assessments.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { assessmentDetailJson, assessmentDetailSchema, assessmentIdParam, reviseBody } from "./schema.js";

const params = tenantParam.extend(assessmentIdParam.shape);

const recomputeRoute = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/recompute",
  operationId: "recomputeAssessment",
  tags: ["assessments"],
  summary: "Recompute a draft from the current data (manual entries kept)",
  description: "Drafts only: 409 for a published or superseded assessment. Audited.",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: { params },
  responses: {
    200: json(assessmentDetailSchema, "The draft."),
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

const publishRoute = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/publish",
  operationId: "publishAssessment",
  tags: ["assessments"],
  summary: "Publish a draft: an immutable snapshot, with its results applied",
  description:
    "Every manual item must be entered (409 listing `pending`). The database keeps a published assessment and its scorecards as they were. Results, by the tenant's assessment policy config (`resultsToCredit`, `results`): in an annual assessment the top companies get a good credit record and failing or vetoed companies a bad one (source `assessment`); every template's ranking is recorded. Publishing a revision supersedes the assessment it revises and revokes that one's credit records, so no record is doubled. Audited.",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: { params },
  responses: {
    200: json(assessmentDetailSchema, "The published assessment."),
    ...errorResponses(400, 401, 403, 404, 409, 500),
  },
});

const reviseRoute = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessments/{id}/revisions",
  operationId: "reviseAssessment",
  tags: ["assessments"],
  summary: "Correct a published assessment: a new draft revision with a reason",
  description:
    "Published only (409 otherwise, and while a draft revision exists). The revision (revision + 1, `revisesId`) is recomputed from the current data with the same template versions and keeps the manual entries; publishing it supersedes this one. Both stay readable. Audited.",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params,
    body: { content: { "application/json": { schema: reviseBody } }, required: true },
  },
  responses: {
    201: json(assessmentDetailSchema, "The draft revision."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
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
