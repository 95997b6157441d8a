import type { Router } from "../../router.js";
import { getUser } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { userIdParam, userJson, userSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/users/{id}",
  roles: ["countyAdmin"],
  platformAdmin: true,
  operationId: "getUser",
  tags: ["users"],
  summary: "Get a county user",
  request: { params: userIdParam },
  responses: {
    200: json(userSchema, "The user."),
  },
});

export const registerGetUser = (app: Router) =>
  app.openapi(route, async (c) => {
    const user = await getUser(tenantCtx(c), c.req.valid("param").id);
    return c.json(userJson(user), 200);
  });
