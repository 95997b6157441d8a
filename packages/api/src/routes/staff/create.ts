import type { Router } from "../../router.js";
import { createStaff } from "../../services/units/staff.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createStaffBody, staffJson, staffSchema, staffWriters } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/staff",
  roles: staffWriters,
  operationId: "createStaff",
  tags: ["staff"],
  summary: "Register a staff member of a team (专职人员)",
  description:
    "At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.",
  request: {
    body: { content: { "application/json": { schema: createStaffBody } }, required: true },
  },
  responses: {
    201: json(staffSchema, "Created."),
  },
});

export const registerCreateStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await createStaff(tenantCtx(c), c.req.valid("json"))), 201),
  );
