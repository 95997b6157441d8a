import { z } from "@hono/zod-openapi";
import { departmentKinds } from "@propgov/core";
import type { Router } from "../../router.js";
import { listDepartments } from "../../services/departments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json, pageOf, registryListQuery } from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/departments",
  roles: anyTenantRole,
  operationId: "listDepartments",
  tags: ["departments"],
  summary: "List the department roster (8+N)",
  request: {
    query: registryListQuery.extend({
      kind: z
        .enum(departmentKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "core" }),
    }),
  },
  responses: {
    200: json(pageOf(departmentSchema, "DepartmentPage"), "A page of departments, oldest first."),
  },
});

export const registerListDepartments = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listDepartments(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(departmentJson), nextCursor: page.nextCursor }, 200);
  });
