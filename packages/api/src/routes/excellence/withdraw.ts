import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationNoteBody,
  nominationSchema,
  nominatorRoles,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/withdraw",
  operationId: "withdrawNomination",
  tags: ["excellence"],
  summary: "Withdraw a nomination (撤回申报)",
  description:
    "The applicant side: company staff of the contract's company, or a county administrator. nominated → withdrawn; the contract cannot be nominated again for that level and year.",
  security,
  middleware: [requireRole(nominatorRoles)] as const,
  request: {
    params: tenantParam.extend(nominationIdParam.shape),
    body: { content: { "application/json": { schema: nominationNoteBody } }, required: false },
  },
  responses: {
    200: json(nominationSchema, "Withdrawn."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
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
