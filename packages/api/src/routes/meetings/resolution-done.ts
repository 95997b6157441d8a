import type { Router } from "../../router.js";
import { completeMeetingResolution } from "../../services/meetings/resolutions.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  meetingConflict,
  meetingResolutionSchema,
  meetingWriters,
  resolutionIdParam,
  resolutionJson,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/resolutions/{rid}/done",
  roles: meetingWriters,
  operationId: "completeMeetingResolution",
  tags: ["meetings"],
  summary: "Mark a resolution done (落实)",
  description:
    "While the meeting is held or after it closed. Marking a done resolution again changes nothing. The resolution's task follows its own loop (`/tasks`).",
  request: { params: resolutionIdParam },
  responses: {
    200: json(meetingResolutionSchema, "The resolution, done."),
    ...meetingConflict,
  },
});

export const registerCompleteMeetingResolution = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, rid } = c.req.valid("param");
    return c.json(resolutionJson(await completeMeetingResolution(tenantCtx(c), id, rid)), 200);
  });
