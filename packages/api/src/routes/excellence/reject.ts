import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnNomination } from "../../services/excellence.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  deciderRoles,
  nominationConflict,
  nominationIdParam,
  nominationJson,
  nominationSchema,
  rejectNominationBody,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/excellence/nominations/{id}/reject",
  operationId: "rejectNomination",
  tags: ["excellence"],
  summary: "Reject a nomination, with a reason (不予评定)",
  description:
    "County administrators only. nominated → rejected; the reason is kept in the nomination's history. The decision is audited with the criteria as they stood at that moment.",
  security,
  middleware: [requireRole(deciderRoles)] as const,
  request: {
    params: tenantParam.extend(nominationIdParam.shape),
    body: { content: { "application/json": { schema: rejectNominationBody } }, required: true },
  },
  responses: {
    200: json(nominationSchema, "Rejected."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
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
