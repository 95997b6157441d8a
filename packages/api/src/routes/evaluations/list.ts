import { periodLabelSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { listEvaluations } from "../../services/evaluations.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json, pageOf, paginationQuery } from "../shared.js";
import { evaluationJson, evaluationSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/evaluations",
  roles: anyTenantRole,
  operationId: "listEvaluations",
  tags: ["evaluations"],
  summary: "List evaluation runs, newest first",
  request: {
    query: paginationQuery.extend({
      period: periodLabelSchema
        .optional()
        .meta({ param: { name: "period", in: "query" }, example: "2024-05" }),
    }),
  },
  responses: {
    200: json(pageOf(evaluationSchema, "EvaluationPage"), "A page of evaluations, newest first."),
  },
});

export const registerListEvaluations = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listEvaluations(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(evaluationJson), nextCursor: page.nextCursor }, 200);
  });
