import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createUserBodySchema, userJson, userSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/users",
  operationId: "createUser",
  tags: ["users"],
  summary: "Create a county user",
  description: "County admins create their colleagues; a platform admin creates a new county's first admin.",
  security,
  middleware: [requireRole(["countyAdmin"], { platformAdmin: true })] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createUserBodySchema } }, required: true },
  },
  responses: {
    201: json(userSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerCreateUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await createUser(tenantCtx(c), c.req.valid("json"));
    return c.json(userJson(user), 201);
  });
