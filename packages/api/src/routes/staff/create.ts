import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createStaff } from "../../services/staff.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createStaffBody, staffJson, staffSchema, staffWriters } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/staff",
  operationId: "createStaff",
  tags: ["staff"],
  summary: "Register a staff member of a team (专职人员)",
  description:
    "At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.",
  security,
  middleware: [requireRole(staffWriters)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createStaffBody } }, required: true },
  },
  responses: {
    201: json(staffSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerCreateStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await createStaff(tenantCtx(c), c.req.valid("json"))), 201),
  );
