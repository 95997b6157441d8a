import type { Router } from "../../router.js";
import { cancelLifecycleEvent } from "../../services/lifecycle-events/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  cancelLifecycleEventBody,
  lifecycleConflict,
  lifecycleEventIdParam,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleWriterRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}/cancel",
  roles: lifecycleWriterRoles,
  operationId: "cancelLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Cancel a lifecycle event, with a reason",
  description:
    "open → cancelled; 409 when it is not open. The reason is stored with the event (`cancelReason`, `cancelledAt`) and in the audit trail.",
  request: {
    params: lifecycleEventIdParam,
    body: { content: { "application/json": { schema: cancelLifecycleEventBody } }, required: true },
  },
  responses: {
    200: json(lifecycleEventSchema, "Cancelled."),
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
