import type { Router } from "../../router.js";
import { completeLifecycleEvent } from "../../services/lifecycle-events/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  lifecycleConflict,
  lifecycleEventIdParam,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleWriterRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}/complete",
  roles: lifecycleWriterRoles,
  operationId: "completeLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Complete a lifecycle event (办结)",
  description:
    "open → completed. While the wholeProcessParticipation policy is enabled and the kind is `required`, every sign-off the steps ask for must be recorded: otherwise 409 with `missing` (step, participant, label) and `reason` in Chinese and English. A kind that is not required completes anyway, and the evaluation reports it (`wentAheadWithoutSignOff`). A companySelection naming a company checks again that the company may bid today (credit config `eligibility.bidding`): else 422 naming `event.companyId` with `reasons` and `reason` {zh, en}.",
  request: { params: lifecycleEventIdParam },
  responses: {
    200: json(lifecycleEventSchema, "Completed."),
    ...lifecycleConflict,
  },
});

export const registerCompleteLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(lifecycleEventJson(await completeLifecycleEvent(tenantCtx(c), c.req.valid("param").id)), 200),
  );
