import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseNoteBody, caseSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/close",
  roles: caseActorRoles,
  operationId: "closeCase",
  tags: ["cases"],
  summary: "Close a resolved case",
  description: "Closes a resolved or rated case.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, closed."),
    ...caseConflict,
  },
});

export const registerCloseCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "close", note: body.note })), 200);
  });
