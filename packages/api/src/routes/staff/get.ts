import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getStaff } from "../../services/staff.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { staffJson, staffReaders, staffSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/staff/{id}",
  operationId: "getStaff",
  tags: ["staff"],
  summary: "Get a staff member",
  security,
  middleware: [requireRole(staffReaders)] as const,
  request: { params: tenantParam.extend(idParam("stf", "staff member").shape) },
  responses: {
    200: json(staffSchema, "The staff member."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetStaff = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(staffJson(await getStaff(tenantCtx(c), c.req.valid("param").id)), 200),
  );
