import type { Router } from "../../router.js";
import { archiveStaff } from "../../services/units/staff.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { staffJson, staffSchema, staffWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/staff/{id}",
  roles: staffWriters,
  operationId: "archiveStaff",
  tags: ["staff"],
  summary: "Archive a staff member (soft delete)",
  request: { params: idParam("stf", "staff member") },
  responses: {
    200: json(staffSchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchiveStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await archiveStaff(tenantCtx(c), c.req.valid("param").id)), 200),
  );
