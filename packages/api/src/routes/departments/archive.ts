import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveDepartment } from "../../services/departments.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { departmentJson, departmentSchema } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/departments/{id}",
  operationId: "archiveDepartment",
  tags: ["departments"],
  summary: "Archive a department (soft delete)",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: { params: tenantParam.extend(idParam("dep", "department").shape) },
  responses: {
    200: json(departmentSchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveDepartment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(departmentJson(await archiveDepartment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
