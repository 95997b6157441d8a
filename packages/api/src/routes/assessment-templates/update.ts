import type { Router } from "../../router.js";
import { updateTemplate } from "../../services/assessments/templates.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { codeParam, templateJson, templateVersionSchema, updateTemplateBody } from "./schema.js";

const route = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "updateAssessmentTemplate",
  tags: ["assessments"],
  summary: "Write the next version of an assessment template",
  description:
    "Validated like a new template (422 naming each path, e.g. `body.items.2.rule.from`). Earlier versions stay, and assessments keep the versions they were computed with. Audited.",
  request: {
    params: codeParam,
    body: { content: { "application/json": { schema: updateTemplateBody } }, required: true },
  },
  responses: {
    200: json(templateVersionSchema, "The new version."),
  },
});

export const registerUpdateAssessmentTemplate = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      templateJson(await updateTemplate(tenantCtx(c), c.req.valid("param").code, c.req.valid("json"))),
      200,
    ),
  );
