import type { Router } from "../../router.js";
import { updateDepartment } from "../../services/departments/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { departmentJson, departmentSchema, updateDepartmentBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/departments/{id}",
  roles: ["countyAdmin"],
  operationId: "updateDepartment",
  tags: ["departments"],
  summary: "Change a department (name, kind, contact)",
  request: {
    params: idParam("dep", "department"),
    body: { content: { "application/json": { schema: updateDepartmentBody } }, required: true },
  },
  responses: {
    200: json(departmentSchema, "The changed department."),
  },
});

export const registerUpdateDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      departmentJson(await updateDepartment(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
