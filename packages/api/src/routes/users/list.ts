import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listUsers } from "../../services/users.js";
import { tenantCtx } from "../ctx.js";
import {
  booleanQuery,
  errorResponses,
  json,
  pageOf,
  paginationQuery,
  security,
  tenantParam,
} from "../shared.js";
import { userJson, userSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/users",
  operationId: "listUsers",
  tags: ["users"],
  summary: "List county users",
  security,
  middleware: [requireRole(["countyAdmin"], { platformAdmin: true })] as const,
  request: {
    params: tenantParam,
    query: paginationQuery.extend({
      includeDisabled: booleanQuery.openapi({
        param: { name: "includeDisabled", in: "query" },
        example: "false",
      }),
    }),
  },
  responses: {
    200: json(pageOf(userSchema, "UserPage"), "A page of users, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListUsers = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listUsers(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(userJson), nextCursor: page.nextCursor }, 200);
  });
