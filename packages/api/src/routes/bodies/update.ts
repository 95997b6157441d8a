import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateBody } from "../../services/bodies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { bodyJson, bodySchema, bodyWriters, updateBodyBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  operationId: "updateBody",
  tags: ["bodies"],
  summary: "Change a body (level, unit, name, contact)",
  security,
  middleware: [requireRole(bodyWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("bdy", "body").shape),
    body: { content: { "application/json": { schema: updateBodyBody } }, required: true },
  },
  responses: {
    200: json(bodySchema, "The changed body."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await updateBody(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
