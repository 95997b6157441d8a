import type { Router } from "../../router.js";
import { createDepartment } from "../../services/departments/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createDepartmentBody, departmentJson, departmentSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/departments",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "createDepartment",
  tags: ["departments"],
  summary: "Add a department to the roster",
  request: {
    body: { content: { "application/json": { schema: createDepartmentBody } }, required: true },
  },
  responses: {
    201: json(departmentSchema, "Created."),
  },
});

export const registerCreateDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await createDepartment(tenantCtx(c), c.req.valid("json"))), 201),
  );
