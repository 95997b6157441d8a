import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  caseActorRoles,
  caseConflict,
  caseIdParam,
  caseJson,
  caseNoteBody,
  caseSchema,
  departmentIdParam,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/check-in",
  operationId: "checkInCaseDepartment",
  tags: ["cases"],
  summary: "A summoned department checks in (报到)",
  description:
    "An officer of the department (or community or county staff on its behalf) reports in. Officers check in only for their own department.",
  security,
  middleware: [requireRole(caseActorRoles)] as const,
  request: {
    params: tenantParam.extend(caseIdParam.shape).extend(departmentIdParam.shape),
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case; `checkedIn` once every summoned department has checked in."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...caseConflict,
  },
});

export const registerCheckInCaseDepartment = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, departmentId } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      caseJson(await actOnCase(tenantCtx(c), id, { type: "checkIn", departmentId, note: body.note })),
      200,
    );
  });
