import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { completeLifecycleEvent } from "../../services/lifecycle-events.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  lifecycleConflict,
  lifecycleEventIdParam,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleWriterRoles,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}/complete",
  operationId: "completeLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Complete a lifecycle event (办结)",
  description:
    "open → completed. While the wholeProcessParticipation policy is enabled and the kind is `required`, every sign-off the steps ask for must be recorded: otherwise 409 with `missing` (step, participant, label) and `reason` in Chinese and English. A kind that is not required completes anyway, and the evaluation reports it (`wentAheadWithoutSignOff`).",
  security,
  middleware: [requireRole(lifecycleWriterRoles)] as const,
  request: { params: tenantParam.extend(lifecycleEventIdParam.shape) },
  responses: {
    200: json(lifecycleEventSchema, "Completed."),
    ...errorResponses(400, 401, 403, 404, 500),
    ...lifecycleConflict,
  },
});

export const registerCompleteLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(lifecycleEventJson(await completeLifecycleEvent(tenantCtx(c), c.req.valid("param").id)), 200),
  );
