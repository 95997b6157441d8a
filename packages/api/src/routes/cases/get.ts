import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getCase } from "../../services/case-queries.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, json, security, tenantParam } from "../shared.js";
import { caseIdParam, caseWithTimelineJson, caseWithTimelineSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/cases/{id}",
  operationId: "getCase",
  tags: ["cases"],
  summary: "Get a case with its timeline",
  description: "A case outside the caller's part of the county answers 404, as if it did not exist.",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(caseIdParam.shape) },
  responses: {
    200: json(caseWithTimelineSchema, "The case and every event, oldest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetCase = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(caseWithTimelineJson(await getCase(tenantCtx(c), c.req.valid("param").id)), 200),
  );
