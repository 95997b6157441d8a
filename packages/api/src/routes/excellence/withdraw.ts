import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationNoteBody,
  nominationSchema,
  nominatorRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/withdraw",
  roles: nominatorRoles,
  operationId: "withdrawNomination",
  tags: ["excellence"],
  summary: "Withdraw a nomination (撤回申报)",
  description:
    "The applicant side: company staff of the contract's company, or a county administrator. nominated → withdrawn; the contract cannot be nominated again for that level and year.",
  request: {
    params: nominationIdParam,
    body: { content: { "application/json": { schema: nominationNoteBody } }, required: false },
  },
  responses: {
    200: json(nominationSchema, "Withdrawn."),
    ...nominationConflict(
      "Only a nomination still `nominated` can be withdrawn (`currentStatus`, `allowedActions`).",
    ),
  },
});

export const registerWithdrawNomination = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      nominationJson(await actOnNomination(tenantCtx(c), id, { type: "withdraw", note: body?.note })),
      200,
    );
  });
