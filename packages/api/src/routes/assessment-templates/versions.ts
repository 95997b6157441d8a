import { createRoute, z } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getTemplateVersion, listTemplateVersions } from "../../services/assessment-templates.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  codeParam,
  templateJson,
  templateReaderRoles,
  templateVersionSchema,
  versionParam,
} from "./schema.js";

const listRoute = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}/versions",
  operationId: "listAssessmentTemplateVersions",
  tags: ["assessments"],
  summary: "List every version of an assessment template, newest first",
  security,
  middleware: [requireRole(templateReaderRoles)] as const,
  request: { params: tenantParam.extend(codeParam.shape) },
  responses: {
    200: json(z.object({ items: z.array(templateVersionSchema) }), "The versions, newest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}/versions/{version}",
  operationId: "getAssessmentTemplateVersion",
  tags: ["assessments"],
  summary: "Get one version of an assessment template",
  security,
  middleware: [requireRole(templateReaderRoles)] as const,
  request: { params: tenantParam.extend(codeParam.shape).extend(versionParam.shape) },
  responses: {
    200: json(templateVersionSchema, "The version."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerAssessmentTemplateVersions = (app: Router) => {
  app.openapi(listRoute, async (c) =>
    c.json(
      { items: (await listTemplateVersions(tenantCtx(c), c.req.valid("param").code)).map(templateJson) },
      200,
    ),
  );
  app.openapi(getRoute, async (c) => {
    const { code, version } = c.req.valid("param");
    return c.json(templateJson(await getTemplateVersion(tenantCtx(c), code, version)), 200);
  });
};
