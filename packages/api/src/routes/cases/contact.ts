import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseNoteBody, caseSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/contact",
  operationId: "contactCase",
  tags: ["cases"],
  summary: "Record first contact with the reporter (第一时间联系)",
  description:
    "The community reached whoever reported the case; whether it was within the first-contact deadline is kept in the event.",
  security,
  middleware: [requireRole(caseActorRoles)] as const,
  request: {
    params: tenantParam.extend(caseIdParam.shape),
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, contacted."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...caseConflict,
  },
});

export const registerContactCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "contact", note: body.note })), 200);
  });
