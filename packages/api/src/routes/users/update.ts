import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { updateUserBodySchema, userIdParam, userJson, userSchema } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/users/{id}",
  operationId: "updateUser",
  tags: ["users"],
  summary: "Change a county user (name, password, roles, scope, disabled)",
  description: "A new password, new roles or scope, or disabling ends every session of that user.",
  security,
  middleware: [requireRole(["countyAdmin"], { platformAdmin: true })] as const,
  request: {
    params: tenantParam.extend(userIdParam.shape),
    body: { content: { "application/json": { schema: updateUserBodySchema } }, required: true },
  },
  responses: {
    200: json(userSchema, "The changed user."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await updateUser(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(userJson(user), 200);
  });
