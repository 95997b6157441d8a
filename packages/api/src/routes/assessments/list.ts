import { z } from "@hono/zod-openapi";
import { assessmentKinds } from "@propgov/core";
import type { Router } from "../../router.js";
import { listAssessments } from "../../services/assessments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { assessmentJson, assessmentReaderRoles, assessmentSchema, assessmentStatuses } from "./schema.js";

const query = z.object({
  kind: z
    .enum(assessmentKinds)
    .optional()
    .openapi({ param: { name: "kind", in: "query" }, example: "annual" }),
  period: z
    .string()
    .max(10)
    .optional()
    .openapi({ param: { name: "period", in: "query" }, example: "2026" }),
  status: z
    .enum(assessmentStatuses)
    .optional()
    .openapi({ param: { name: "status", in: "query" }, example: "published" }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessments",
  roles: assessmentReaderRoles,
  operationId: "listAssessments",
  tags: ["assessments"],
  summary: "List assessments, newest period first (every revision)",
  request: { query },
  responses: {
    200: json(z.object({ items: z.array(assessmentSchema) }), "The assessments (at most 500)."),
  },
});

export const registerListAssessments = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json({ items: (await listAssessments(tenantCtx(c), c.req.valid("query"))).map(assessmentJson) }, 200),
  );
