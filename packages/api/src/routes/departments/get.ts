import type { Router } from "../../router.js";
import { getDepartment } from "../../services/departments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, idParam, json } from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/departments/{id}",
  roles: anyTenantRole,
  operationId: "getDepartment",
  tags: ["departments"],
  summary: "Get a department",
  request: { params: idParam("dep", "department") },
  responses: {
    200: json(departmentSchema, "The department."),
  },
});

export const registerGetDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await getDepartment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
