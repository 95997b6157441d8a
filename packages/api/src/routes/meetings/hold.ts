import type { Router } from "../../router.js";
import { holdMeeting } from "../../services/meetings/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  holdMeetingBody,
  meetingConflict,
  meetingIdParam,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/hold",
  roles: meetingWriters,
  operationId: "holdMeeting",
  tags: ["meetings"],
  summary: "Record a planned meeting as held (minutes, attendance)",
  description:
    "planned → held. `participants` replaces the planned list, each with its `attended` flag: the partyLeadership guard reads who attended when resolutions are recorded. `heldAt` defaults to now and is not in the future.",
  request: {
    params: meetingIdParam,
    body: { content: { "application/json": { schema: holdMeetingBody } }, required: true },
  },
  responses: {
    200: json(meetingWithResolutionsSchema, "The meeting, held."),
    ...meetingConflict,
  },
});

export const registerHoldMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      meetingWithResolutionsJson(
        await holdMeeting(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      200,
    ),
  );
