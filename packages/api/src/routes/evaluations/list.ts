import { createRoute } from "@hono/zod-openapi";
import { periodLabelSchema } from "@propgov/core";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listEvaluations } from "../../services/evaluations.js";
import { tenantCtx } from "../ctx.js";
import {
  anyTenantRole,
  errorResponses,
  json,
  pageOf,
  paginationQuery,
  security,
  tenantParam,
} from "../shared.js";
import { evaluationJson, evaluationSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/evaluations",
  operationId: "listEvaluations",
  tags: ["evaluations"],
  summary: "List evaluation runs, newest first",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: {
    params: tenantParam,
    query: paginationQuery.extend({
      period: periodLabelSchema
        .optional()
        .meta({ param: { name: "period", in: "query" }, example: "2024-05" }),
    }),
  },
  responses: {
    200: json(pageOf(evaluationSchema, "EvaluationPage"), "A page of evaluations, newest first."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerListEvaluations = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listEvaluations(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(evaluationJson), nextCursor: page.nextCursor }, 200);
  });
