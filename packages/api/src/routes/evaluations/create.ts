import type { Router } from "../../router.js";
import { runEvaluation } from "../../services/evaluations.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createEvaluationBody, evaluationResultJson, evaluationResultSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/evaluations",
  roles: ["countyAdmin"],
  operationId: "createEvaluation",
  tags: ["evaluations"],
  summary: "Evaluate a period: run every enabled policy and store its findings",
  description:
    "Judges the registry as of the period's last day (or today, when the period is not over) with the current mechanism. Re-running a period replaces that period's findings.",
  request: {
    body: { content: { "application/json": { schema: createEvaluationBody } }, required: true },
  },
  responses: {
    201: json(evaluationResultSchema, "Evaluated; the findings are stored."),
  },
});

export const registerCreateEvaluation = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(evaluationResultJson(await runEvaluation(tenantCtx(c), c.req.valid("json"))), 201),
  );
