import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { cancelLifecycleEvent } from "../../services/lifecycle-events.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  cancelLifecycleEventBody,
  lifecycleConflict,
  lifecycleEventIdParam,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleWriterRoles,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}/cancel",
  operationId: "cancelLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Cancel a lifecycle event, with a reason",
  description:
    "open → cancelled; 409 when it is not open. The reason is stored with the event (`cancelReason`, `cancelledAt`) and in the audit trail.",
  security,
  middleware: [requireRole(lifecycleWriterRoles)] as const,
  request: {
    params: tenantParam.extend(lifecycleEventIdParam.shape),
    body: { content: { "application/json": { schema: cancelLifecycleEventBody } }, required: true },
  },
  responses: {
    200: json(lifecycleEventSchema, "Cancelled."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...lifecycleConflict,
  },
});

export const registerCancelLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      lifecycleEventJson(
        await cancelLifecycleEvent(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      200,
    ),
  );
