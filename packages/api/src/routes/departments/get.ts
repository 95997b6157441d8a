import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getDepartment } from "../../services/departments.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/departments/{id}",
  operationId: "getDepartment",
  tags: ["departments"],
  summary: "Get a department",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(idParam("dep", "department").shape) },
  responses: {
    200: json(departmentSchema, "The department."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await getDepartment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
