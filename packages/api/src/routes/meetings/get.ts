import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getMeeting } from "../../services/meetings.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  meetingIdParam,
  meetingReaders,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
} from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/meetings/{id}",
  operationId: "getMeeting",
  tags: ["meetings"],
  summary: "Get a meeting with its resolutions",
  description: "A meeting the caller does not see answers 404.",
  security,
  middleware: [requireRole(meetingReaders)] as const,
  request: { params: tenantParam.extend(meetingIdParam.shape) },
  responses: {
    200: json(meetingWithResolutionsSchema, "The meeting and its resolutions."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(meetingWithResolutionsJson(await getMeeting(tenantCtx(c), c.req.valid("param").id)), 200),
  );
