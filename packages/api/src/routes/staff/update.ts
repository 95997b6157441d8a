import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateStaff } from "../../services/staff.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { staffJson, staffSchema, staffWriters, updateStaffBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/staff/{id}",
  operationId: "updateStaff",
  tags: ["staff"],
  summary: "Change a staff member (team, unit, phone, account)",
  security,
  middleware: [requireRole(staffWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("stf", "staff member").shape),
    body: { content: { "application/json": { schema: updateStaffBody } }, required: true },
  },
  responses: {
    200: json(staffSchema, "The changed staff member."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdateStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await updateStaff(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
