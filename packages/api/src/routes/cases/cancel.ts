import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { cancelBody, caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/cancel",
  roles: caseActorRoles,
  operationId: "cancelCase",
  tags: ["cases"],
  summary: "Cancel a case as a duplicate or invalid",
  description: "Only before it is resolved; the reason is kept in the event.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: cancelBody } }, required: true },
  },
  responses: {
    200: json(caseSchema, "The case, cancelled."),
    ...caseConflict,
  },
});

export const registerCancelCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      caseJson(await actOnCase(tenantCtx(c), id, { type: "cancel", reason: body.reason, note: body.note })),
      200,
    );
  });
