import type { Router } from "../../router.js";
import { signOffLifecycleEvent } from "../../services/lifecycle-events/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  lifecycleConflict,
  lifecycleEventIdParam,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleSignOffBody,
  lifecycleWriterRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events/{id}/sign-offs",
  roles: lifecycleWriterRoles,
  operationId: "signOffLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Record a participant's sign-off on a step (签字确认)",
  description:
    "Append-only, with the actor and the time. The step must be one of the event's (422 naming `body.step`) and the participant one it asks for (422 naming `body.participant`); a second sign-off of the same step and participant is 409, as is any sign-off on an event that is not open. The signing unit, when named, must be that participant's unit for the compound (422 naming `body.unitId`); a community signs as the compound's community when it names none. Community staff do not sign for the township or street office (403).",
  request: {
    params: lifecycleEventIdParam,
    body: { content: { "application/json": { schema: lifecycleSignOffBody } }, required: true },
  },
  responses: {
    201: json(lifecycleEventSchema, "Signed: the event with the new sign-off."),
    ...lifecycleConflict,
  },
});

export const registerSignOffLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      lifecycleEventJson(
        await signOffLifecycleEvent(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      201,
    ),
  );
