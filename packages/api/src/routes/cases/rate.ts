import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { caseActorRoles, caseConflict, caseIdParam, caseJson, caseSchema, rateBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/rate",
  roles: caseActorRoles,
  operationId: "rateCase",
  tags: ["cases"],
  summary: "Record the reporter's rating",
  description:
    "Satisfied, basically satisfied or unsatisfied. Where the complaintHandling policy says so, an unsatisfied rating reopens the case in a new round with fresh deadlines.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: rateBody } }, required: true },
  },
  responses: {
    200: json(caseSchema, "The case, rated (or reopened)."),
    ...caseConflict,
  },
});

export const registerRateCase = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      caseJson(
        await actOnCase(tenantCtx(c), id, { type: "rate", rating: body.rating, comment: body.comment }),
      ),
      200,
    );
  });
