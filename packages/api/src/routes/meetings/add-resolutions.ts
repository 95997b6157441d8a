import type { Router } from "../../router.js";
import { addMeetingResolutions } from "../../services/meetings/resolutions.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  addMeetingResolutionsBody,
  meetingConflict,
  meetingIdParam,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
  policyRefusal,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings/{id}/resolutions",
  roles: meetingWriters,
  operationId: "addMeetingResolutions",
  tags: ["meetings"],
  summary: "Record resolutions of a held meeting (决议); each becomes a task",
  description:
    "The meeting must be held (else 409). Each resolution is put to the enabled policies as `meeting.resolution.adopt`: partyLeadership refuses a major matter (fee, service, fund use by default) unless the community party organisation convened the meeting and the required participants attended (the compound's party branch, owners' committee and property company, as far as the compound has them), answering 422 with the policy's reason in Chinese and English. All resolutions are kept or none. Each becomes a responsibility-list task (source `meetingResolution`) of its owner unit, due on its due date; region staff name owners of their subtree or county units (departments, companies).",
  request: {
    params: meetingIdParam,
    body: { content: { "application/json": { schema: addMeetingResolutionsBody } }, required: true },
  },
  responses: {
    201: json(meetingWithResolutionsSchema, "The meeting with every resolution, each with its task."),
    ...policyRefusal,
    ...meetingConflict,
  },
});

export const registerAddMeetingResolutions = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      meetingWithResolutionsJson(
        await addMeetingResolutions(tenantCtx(c), c.req.valid("param").id, c.req.valid("json")),
      ),
      201,
    ),
  );
