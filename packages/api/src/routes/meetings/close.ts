import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { closeMeeting } from "../../services/meetings.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  meetingConflict,
  meetingIdParam,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/close",
  operationId: "closeMeeting",
  tags: ["meetings"],
  summary: "Close a held meeting",
  description:
    "held → closed: no more resolutions are recorded; the existing ones are still followed up and marked done.",
  security,
  middleware: [requireRole(meetingWriters)] as const,
  request: { params: tenantParam.extend(meetingIdParam.shape) },
  responses: {
    200: json(meetingWithResolutionsSchema, "The meeting, closed."),
    ...errorResponses(400, 401, 403, 404, 500),
    ...meetingConflict,
  },
});

export const registerCloseMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(meetingWithResolutionsJson(await closeMeeting(tenantCtx(c), c.req.valid("param").id)), 200),
  );
