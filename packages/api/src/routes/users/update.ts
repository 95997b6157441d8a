import type { Router } from "../../router.js";
import { updateUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { updateUserBodySchema, userIdParam, userJson, userSchema } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/users/{id}",
  roles: ["countyAdmin"],
  platformAdmin: true,
  operationId: "updateUser",
  tags: ["users"],
  summary: "Change a county user (name, password, roles, scope, disabled)",
  description: "A new password, new roles or scope, or disabling ends every session of that user.",
  request: {
    params: userIdParam,
    body: { content: { "application/json": { schema: updateUserBodySchema } }, required: true },
  },
  responses: {
    200: json(userSchema, "The changed user."),
  },
});

export const registerUpdateUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await updateUser(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(userJson(user), 200);
  });
