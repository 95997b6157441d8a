import type { Router } from "../../router.js";
import { getStaff } from "../../services/units/staff.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { staffJson, staffReaders, staffSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/staff/{id}",
  roles: staffReaders,
  operationId: "getStaff",
  tags: ["staff"],
  summary: "Get a staff member",
  request: { params: idParam("stf", "staff member") },
  responses: {
    200: json(staffSchema, "The staff member."),
  },
});

export const registerGetStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await getStaff(tenantCtx(c), c.req.valid("param").id)), 200),
  );
