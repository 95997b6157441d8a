import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  deciderRoles,
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationSchema,
  rejectNominationBody,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/reject",
  roles: deciderRoles,
  operationId: "rejectNomination",
  tags: ["excellence"],
  summary: "Reject a nomination, with a reason (不予评定)",
  description:
    "County administrators only. nominated → rejected; the reason is kept in the nomination's history. The decision is audited with the criteria as they stood at that moment.",
  request: {
    params: nominationIdParam,
    body: { content: { "application/json": { schema: rejectNominationBody } }, required: true },
  },
  responses: {
    200: json(nominationSchema, "Rejected."),
    ...nominationConflict(
      "Only a nomination still `nominated` can be rejected (`currentStatus`, `allowedActions`).",
    ),
  },
});

export const registerRejectNomination = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    return c.json(nominationJson(await actOnNomination(tenantCtx(c), id, { type: "reject", reason })), 200);
  });
