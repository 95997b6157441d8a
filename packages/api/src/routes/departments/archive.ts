import type { Router } from "../../router.js";
import { archiveDepartment } from "../../services/departments/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/departments/{id}",
  roles: ["countyAdmin"],
  operationId: "archiveDepartment",
  tags: ["departments"],
  summary: "Archive a department (soft delete)",
  request: { params: idParam("dep", "department") },
  responses: {
    200: json(departmentSchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchiveDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await archiveDepartment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
