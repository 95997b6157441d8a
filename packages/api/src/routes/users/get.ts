import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { userIdParam, userJson, userSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/users/{id}",
  operationId: "getUser",
  tags: ["users"],
  summary: "Get a county user",
  security,
  middleware: [requireRole(["countyAdmin"], { platformAdmin: true })] as const,
  request: { params: tenantParam.extend(userIdParam.shape) },
  responses: {
    200: json(userSchema, "The user."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await getUser(tenantCtx(c), c.req.valid("param").id);
    return c.json(userJson(user), 200);
  });
