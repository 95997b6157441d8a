import type { Router } from "../../router.js";
import { updateMeeting } from "../../services/meetings/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  meetingConflict,
  meetingIdParam,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
  updateMeetingBody,
} from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/meetings/{id}",
  roles: meetingWriters,
  operationId: "updateMeeting",
  tags: ["meetings"],
  summary: "Change a planned meeting",
  description:
    "Only while planned (else 409 with `currentStatus` and `allowedActions`); checked like a new meeting. `venueId: null` clears the venue.",
  request: {
    params: meetingIdParam,
    body: { content: { "application/json": { schema: updateMeetingBody } }, required: true },
  },
  responses: {
    200: json(meetingWithResolutionsSchema, "The changed meeting."),
    ...meetingConflict,
  },
});

export const registerUpdateMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      meetingWithResolutionsJson(
        await updateMeeting(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      200,
    ),
  );
