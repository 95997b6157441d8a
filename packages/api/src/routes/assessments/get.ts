import type { Router } from "../../router.js";
import { getAssessment } from "../../services/assessments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  assessmentDetailJson,
  assessmentDetailSchema,
  assessmentIdParam,
  assessmentReaderRoles,
} from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessments/{id}",
  roles: assessmentReaderRoles,
  operationId: "getAssessment",
  tags: ["assessments"],
  summary: "Get an assessment with its scorecards, by rank",
  description:
    "The county sees every card; region staff the cards of townships and communities in their subtree; company staff only their own company's card.",
  request: { params: assessmentIdParam },
  responses: {
    200: json(assessmentDetailSchema, "The assessment."),
  },
});

export const registerGetAssessment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(assessmentDetailJson(await getAssessment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
