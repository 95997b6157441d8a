import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseNoteBody, caseSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/close",
  operationId: "closeCase",
  tags: ["cases"],
  summary: "Close a resolved case",
  description: "Closes a resolved or rated case.",
  security,
  middleware: [requireRole(caseActorRoles)] as const,
  request: {
    params: tenantParam.extend(caseIdParam.shape),
    body: { content: { "application/json": { schema: caseNoteBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, closed."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...caseConflict,
  },
});

export const registerCloseCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "close", note: body.note })), 200);
  });
