import type { Router } from "../../router.js";
import { closeMeeting } from "../../services/meetings/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  meetingConflict,
  meetingIdParam,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/close",
  roles: meetingWriters,
  operationId: "closeMeeting",
  tags: ["meetings"],
  summary: "Close a held meeting",
  description:
    "held → closed: no more resolutions are recorded; the existing ones are still followed up and marked done.",
  request: { params: meetingIdParam },
  responses: {
    200: json(meetingWithResolutionsSchema, "The meeting, closed."),
    ...meetingConflict,
  },
});

export const registerCloseMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(meetingWithResolutionsJson(await closeMeeting(tenantCtx(c), c.req.valid("param").id)), 200),
  );
