import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveBody } from "../../services/bodies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { bodyJson, bodySchema, bodyWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  operationId: "archiveBody",
  tags: ["bodies"],
  summary: "Archive a body (soft delete)",
  security,
  middleware: [requireRole(bodyWriters)] as const,
  request: { params: tenantParam.extend(idParam("bdy", "body").shape) },
  responses: {
    200: json(bodySchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await archiveBody(tenantCtx(c), c.req.valid("param").id)), 200),
  );
