import type { Router } from "../../router.js";
import { getMeeting } from "../../services/meetings/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  meetingIdParam,
  meetingReaders,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
} from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/meetings/{id}",
  roles: meetingReaders,
  operationId: "getMeeting",
  tags: ["meetings"],
  summary: "Get a meeting with its resolutions",
  description: "A meeting the caller does not see answers 404.",
  request: { params: meetingIdParam },
  responses: {
    200: json(meetingWithResolutionsSchema, "The meeting and its resolutions."),
  },
});

export const registerGetMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(meetingWithResolutionsJson(await getMeeting(tenantCtx(c), c.req.valid("param").id)), 200),
  );
