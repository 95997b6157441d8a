import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateDepartment } from "../../services/departments.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { departmentJson, departmentSchema, updateDepartmentBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/departments/{id}",
  operationId: "updateDepartment",
  tags: ["departments"],
  summary: "Change a department (name, kind, contact)",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam.extend(idParam("dep", "department").shape),
    body: { content: { "application/json": { schema: updateDepartmentBody } }, required: true },
  },
  responses: {
    200: json(departmentSchema, "The changed department."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      departmentJson(await updateDepartment(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
