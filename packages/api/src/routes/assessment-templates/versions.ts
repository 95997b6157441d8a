import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { getTemplateVersion, listTemplateVersions } from "../../services/assessments/templates.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  codeParam,
  templateJson,
  templateReaderRoles,
  templateVersionSchema,
  versionParam,
} from "./schema.js";

const listRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}/versions",
  roles: templateReaderRoles,
  operationId: "listAssessmentTemplateVersions",
  tags: ["assessments"],
  summary: "List every version of an assessment template, newest first",
  request: { params: codeParam },
  responses: {
    200: json(z.object({ items: z.array(templateVersionSchema) }), "The versions, newest first."),
  },
});

const getRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessment-templates/{code}/versions/{version}",
  roles: templateReaderRoles,
  operationId: "getAssessmentTemplateVersion",
  tags: ["assessments"],
  summary: "Get one version of an assessment template",
  request: { params: codeParam.extend(versionParam.shape) },
  responses: {
    200: json(templateVersionSchema, "The version."),
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
