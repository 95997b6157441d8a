import type { Router } from "../../router.js";
import { updateStaff } from "../../services/units/staff.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { staffJson, staffSchema, staffWriters, updateStaffBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/staff/{id}",
  roles: staffWriters,
  operationId: "updateStaff",
  tags: ["staff"],
  summary: "Change a staff member (team, unit, phone, account)",
  request: {
    params: idParam("stf", "staff member"),
    body: { content: { "application/json": { schema: updateStaffBody } }, required: true },
  },
  responses: {
    200: json(staffSchema, "The changed staff member."),
  },
});

export const registerUpdateStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await updateStaff(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
