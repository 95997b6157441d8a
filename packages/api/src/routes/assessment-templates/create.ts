import type { Router } from "../../router.js";
import { createTemplate } from "../../services/assessments/templates.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createTemplateBody, templateJson, templateVersionSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/assessment-templates",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "createAssessmentTemplate",
  tags: ["assessments"],
  summary: "Create an assessment template (a new code, version 1)",
  description:
    "Validated whole: the schema, then every source against its rule and the target kind (coverage for regions, credit.bad for companies), unique item and veto ids, the pass line within the items' total and bands from the highest minimum down; each error names its path (`body.items.2.rule.from`). A code that exists is 409: PUT a new version. Audited.",
  request: {
    body: { content: { "application/json": { schema: createTemplateBody } }, required: true },
  },
  responses: {
    201: json(templateVersionSchema, "Version 1 of the template."),
  },
});

export const registerCreateAssessmentTemplate = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(templateJson(await createTemplate(tenantCtx(c), c.req.valid("json"))), 201),
  );
