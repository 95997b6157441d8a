import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getBody } from "../../services/bodies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { bodyJson, bodyReaders, bodySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/bodies/{id}",
  operationId: "getBody",
  tags: ["bodies"],
  summary: "Get a property-management body",
  security,
  middleware: [requireRole(bodyReaders)] as const,
  request: { params: tenantParam.extend(idParam("bdy", "body").shape) },
  responses: {
    200: json(bodySchema, "The body."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetBody = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(bodyJson(await getBody(tenantCtx(c), c.req.valid("param").id)), 200),
  );
