import type { Router } from "../../router.js";
import { listUsers } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { userJson, userSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/users",
  roles: ["countyAdmin"],
  platformAdmin: true,
  operationId: "listUsers",
  tags: ["users"],
  summary: "List county users",
  request: {
    query: paginationQuery.extend({
      includeDisabled: booleanQuery.openapi({
        param: { name: "includeDisabled", in: "query" },
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(userSchema, "UserPage"), "A page of users, oldest first."),
  },
});

export const registerListUsers = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listUsers(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(userJson), nextCursor: page.nextCursor }, 200);
  });
