import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema, reopenBody } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/reopen",
  operationId: "reopenCase",
  tags: ["cases"],
  summary: "Reopen a case on a new report",
  description:
    "Starts a new round with fresh deadlines, within the complaintHandling policy's reopen window after resolution; later, file a new case.",
  security,
  middleware: [requireRole(caseActorRoles)] as const,
  request: {
    params: tenantParam.extend(caseIdParam.shape),
    body: { content: { "application/json": { schema: reopenBody } }, required: false },
  },
  responses: {
    200: json(caseSchema, "The case, received again in its next round."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...caseConflict,
  },
});

export const registerReopenCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, { type: "reopen", note: body.note })), 200);
  });
