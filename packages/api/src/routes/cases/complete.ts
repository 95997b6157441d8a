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
  caseSchema,
  completeBody,
  departmentIdParam,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/complete",
  roles: caseActorRoles,
  operationId: "completeCaseDepartment",
  tags: ["cases"],
  summary: "A department reports what it did (办结)",
  description:
    "After checking in, the department reports its outcome. Officers complete only for their own department.",
  request: {
    params: caseIdParam.extend(departmentIdParam.shape),
    body: { content: { "application/json": { schema: completeBody } }, required: true },
  },
  responses: {
    200: json(caseSchema, "The case; `completed` once every summoned department has completed."),
    ...caseConflict,
  },
});

export const registerCompleteCaseDepartment = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, departmentId } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      caseJson(
        await actOnCase(tenantCtx(c), id, {
          type: "complete",
          departmentId,
          outcome: body.outcome,
          note: body.note,
        }),
      ),
      200,
    );
  });
