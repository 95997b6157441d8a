import type { Router } from "../../router.js";
import { createUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createUserBodySchema, userJson, userSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/users",
  roles: ["countyAdmin"],
  platformAdmin: true,
  errors: [409],
  operationId: "createUser",
  tags: ["users"],
  summary: "Create a county user",
  description: "County admins create their colleagues; a platform admin creates a new county's first admin.",
  request: {
    body: { content: { "application/json": { schema: createUserBodySchema } }, required: true },
  },
  responses: {
    201: json(userSchema, "Created."),
  },
});

export const registerCreateUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await createUser(tenantCtx(c), c.req.valid("json"));
    return c.json(userJson(user), 201);
  });
