import { createRoute, z } from "@hono/zod-openapi";
import { departmentKinds } from "@propgov/core";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listDepartments } from "../../services/departments.js";
import { tenantCtx } from "../ctx.js";
import {
  anyTenantRole,
  errorResponses,
  json,
  pageOf,
  registryListQuery,
  security,
  tenantParam,
} from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/departments",
  operationId: "listDepartments",
  tags: ["departments"],
  summary: "List the department roster (8+N)",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: {
    params: tenantParam,
    query: registryListQuery.extend({
      kind: z
        .enum(departmentKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "core" }),
    }),
  },
  responses: {
    200: json(pageOf(departmentSchema, "DepartmentPage"), "A page of departments, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListDepartments = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listDepartments(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(departmentJson), nextCursor: page.nextCursor }, 200);
  });
