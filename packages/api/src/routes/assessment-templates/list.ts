import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listTemplates } from "../../services/assessment-templates.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { templateJson, templateReaderRoles, templateVersionSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates",
  operationId: "listAssessmentTemplates",
  tags: ["assessments"],
  summary: "List assessment templates (考核细则): the latest version of each code",
  security,
  middleware: [requireRole(templateReaderRoles)] as const,
  request: { params: tenantParam },
  responses: {
    200: json(z.object({ items: z.array(templateVersionSchema) }), "The templates, by code."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListAssessmentTemplates = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json({ items: (await listTemplates(tenantCtx(c))).map(templateJson) }, 200),
  );
