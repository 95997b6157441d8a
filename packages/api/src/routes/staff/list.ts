import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listStaff } from "../../services/staff.js";
import { tenantCtx } from "../ctx.js";
import { booleanQuery, errorResponses, json, pageOf, security, tenantParam } from "../shared.js";
import { codeQuery, unitListQuery } from "../unit-query.js";
import { staffJson, staffReaders, staffSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/staff",
  operationId: "listStaff",
  tags: ["staff"],
  summary: "List the staff of the teams (三支队伍)",
  description: "`q` searches names and phones. Region staff see the staff of their subtree.",
  security,
  middleware: [requireRole(staffReaders)] as const,
  request: {
    params: tenantParam,
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
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListStaff = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listStaff(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(staffJson), nextCursor: page.nextCursor }, 200);
  });
