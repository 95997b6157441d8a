import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  caseActorRoles,
  caseConflict,
  caseIdParam,
  caseJson,
  caseNoteBody,
  caseSchema,
  departmentIdParam,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/check-in",
  roles: caseActorRoles,
  operationId: "checkInCaseDepartment",
  tags: ["cases"],
  summary: "A summoned department checks in (报到)",
  description:
    "An officer of the department (or community or county staff on its behalf) reports in. Officers check in only for their own department.",
  request: {
    params: caseIdParam.extend(departmentIdParam.shape),
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case; `checkedIn` once every summoned department has checked in."),
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
