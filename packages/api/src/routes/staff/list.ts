import type { Router } from "../../router.js";
import { listStaff } from "../../services/units/staff.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { staffJson, staffReaders, staffSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/staff",
  roles: staffReaders,
  operationId: "listStaff",
  tags: ["staff"],
  summary: "List the staff of the teams (三支队伍)",
  description: "`q` searches names and phones. Region staff see the staff of their subtree.",
  request: {
    query: unitListQuery.extend({
      team: codeQuery("team", "Staff of this team.", "propertyService"),
      dedicated: booleanQuery.openapi({
        param: { name: "dedicated", in: "query" },
        description: "Dedicated (专职, true) or not (false).",
        example: "true",
      }),
    }),
  },
  responses: {
    200: json(pageOf(staffSchema, "StaffPage"), "A page of staff, oldest first."),
  },
});

export const registerListStaff = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listStaff(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(staffJson), nextCursor: page.nextCursor }, 200);
  });
