import type { Router } from "../../router.js";
import { scoreManualItem } from "../../services/assessments/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { itemParams, manualScoreBody, scorecardJson, scorecardSchema } from "./schema.js";

const route = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/assessments/{id}/scorecards/{scorecardId}/items/{itemId}",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "scoreAssessmentItem",
  tags: ["assessments"],
  summary: "Enter an inspector's score and evidence for a manual item",
  description:
    "Drafts only (409 otherwise). The score lies within 0..the item's points (422 naming `body.score`); a computed item is 422. The card's total, grade and pass, and the ranks of its template, are recomputed. Audited.",
  request: {
    params: itemParams,
    body: { content: { "application/json": { schema: manualScoreBody } }, required: true },
  },
  responses: {
    200: json(scorecardSchema, "The scorecard."),
  },
});

export const registerScoreAssessmentItem = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, scorecardId, itemId } = c.req.valid("param");
    return c.json(
      scorecardJson(await scoreManualItem(tenantCtx(c), { id, scorecardId, itemId }, c.req.valid("json"))),
      200,
    );
  });
