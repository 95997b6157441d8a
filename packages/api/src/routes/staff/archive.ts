import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveStaff } from "../../services/staff.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { staffJson, staffSchema, staffWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/staff/{id}",
  operationId: "archiveStaff",
  tags: ["staff"],
  summary: "Archive a staff member (soft delete)",
  security,
  middleware: [requireRole(staffWriters)] as const,
  request: { params: tenantParam.extend(idParam("stf", "staff member").shape) },
  responses: {
    200: json(staffSchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await archiveStaff(tenantCtx(c), c.req.valid("param").id)), 200),
  );
