import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createDepartment } from "../../services/departments.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createDepartmentBody, departmentJson, departmentSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/departments",
  operationId: "createDepartment",
  tags: ["departments"],
  summary: "Add a department to the roster",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createDepartmentBody } }, required: true },
  },
  responses: {
    201: json(departmentSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerCreateDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await createDepartment(tenantCtx(c), c.req.valid("json"))), 201),
  );
