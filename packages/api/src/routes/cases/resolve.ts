import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseNoteBody, caseSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/resolve",
  roles: caseActorRoles,
  operationId: "resolveCase",
  tags: ["cases"],
  summary: "Resolve a case (on the spot, or after the departments completed)",
  description:
    "From `contacted` the case is resolved on the spot (就地解决); from `completed` after every summoned department completed.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, resolved."),
    ...caseConflict,
  },
});

export const registerResolveCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "resolve", note: body.note })), 200);
  });
