import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getAssessment } from "../../services/assessments.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  assessmentDetailJson,
  assessmentDetailSchema,
  assessmentIdParam,
  assessmentReaderRoles,
} from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessments/{id}",
  operationId: "getAssessment",
  tags: ["assessments"],
  summary: "Get an assessment with its scorecards, by rank",
  description:
    "The county sees every card; region staff the cards of townships and communities in their subtree; company staff only their own company's card.",
  security,
  middleware: [requireRole(assessmentReaderRoles)] as const,
  request: { params: tenantParam.extend(assessmentIdParam.shape) },
  responses: {
    200: json(assessmentDetailSchema, "The assessment."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetAssessment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(assessmentDetailJson(await getAssessment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
