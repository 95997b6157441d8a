import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { cancelBody, caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/cancel",
  operationId: "cancelCase",
  tags: ["cases"],
  summary: "Cancel a case as a duplicate or invalid",
  description: "Only before it is resolved; the reason is kept in the event.",
  security,
  middleware: [requireRole(caseActorRoles)] as const,
  request: {
    params: tenantParam.extend(caseIdParam.shape),
    body: { content: { "application/json": { schema: cancelBody } }, required: true },
  },
  responses: {
    200: json(caseSchema, "The case, cancelled."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
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
