import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseNoteBody, caseSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/contact",
  roles: caseActorRoles,
  operationId: "contactCase",
  tags: ["cases"],
  summary: "Record first contact with the reporter (第一时间联系)",
  description:
    "The community reached whoever reported the case; whether it was within the first-contact deadline is kept in the event.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, contacted."),
    ...caseConflict,
  },
});

export const registerContactCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "contact", note: body.note })), 200);
  });
