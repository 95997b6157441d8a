import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema, reopenBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/reopen",
  roles: caseActorRoles,
  operationId: "reopenCase",
  tags: ["cases"],
  summary: "Reopen a case on a new report",
  description:
    "Starts a new round with fresh deadlines, within the complaintHandling policy's reopen window after resolution; later, file a new case.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: reopenBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, received again in its next round."),
    ...caseConflict,
  },
});

export const registerReopenCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "reopen", note: body.note })), 200);
  });
