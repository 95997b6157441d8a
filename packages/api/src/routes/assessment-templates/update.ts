import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateTemplate } from "../../services/assessment-templates.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { codeParam, templateJson, templateVersionSchema, updateTemplateBody } from "./schema.js";

const route = createRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}",
  operationId: "updateAssessmentTemplate",
  tags: ["assessments"],
  summary: "Write the next version of an assessment template",
  description:
    "Validated like a new template (422 naming each path, e.g. `body.items.2.rule.from`). Earlier versions stay, and assessments keep the versions they were computed with. Audited.",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam.extend(codeParam.shape),
    body: { content: { "application/json": { schema: updateTemplateBody } }, required: true },
  },
  responses: {
    200: json(templateVersionSchema, "The new version."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerUpdateAssessmentTemplate = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      templateJson(await updateTemplate(tenantCtx(c), c.req.valid("param").code, c.req.valid("json"))),
      200,
    ),
  );
