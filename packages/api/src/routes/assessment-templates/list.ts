import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { listTemplates } from "../../services/assessments/templates.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { templateJson, templateReaderRoles, templateVersionSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates",
  roles: templateReaderRoles,
  operationId: "listAssessmentTemplates",
  tags: ["assessments"],
  summary: "List assessment templates (考核细则): the latest version of each code",
  responses: {
    200: json(z.object({ items: z.array(templateVersionSchema) }), "The templates, by code."),
  },
});

export const registerListAssessmentTemplates = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json({ items: (await listTemplates(tenantCtx(c))).map(templateJson) }, 200),
  );
