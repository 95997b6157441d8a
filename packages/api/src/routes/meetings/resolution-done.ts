import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { completeMeetingResolution } from "../../services/meetings.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  meetingConflict,
  meetingResolutionSchema,
  meetingWriters,
  resolutionIdParam,
  resolutionJson,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/resolutions/{rid}/done",
  operationId: "completeMeetingResolution",
  tags: ["meetings"],
  summary: "Mark a resolution done (落实)",
  description:
    "While the meeting is held or after it closed. Marking a done resolution again changes nothing. The resolution's task follows its own loop (`/tasks`).",
  security,
  middleware: [requireRole(meetingWriters)] as const,
  request: { params: tenantParam.extend(resolutionIdParam.shape) },
  responses: {
    200: json(meetingResolutionSchema, "The resolution, done."),
    ...errorResponses(400, 401, 403, 404, 500),
    ...meetingConflict,
  },
});

export const registerCompleteMeetingResolution = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, rid } = c.req.valid("param");
    return c.json(resolutionJson(await completeMeetingResolution(tenantCtx(c), id, rid)), 200);
  });
