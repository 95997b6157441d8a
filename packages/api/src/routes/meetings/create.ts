import type { Router } from "../../router.js";
import { createMeeting } from "../../services/meetings/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  createMeetingBody,
  meetingWithResolutionsJson,
  meetingWithResolutionsSchema,
  meetingWriters,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/meetings",
  roles: meetingWriters,
  operationId: "createMeeting",
  tags: ["meetings"],
  summary: "Plan a meeting (联席会商 / 重大事项议事 / 矛盾纠纷调处)",
  description:
    "Status planned. The level must be one of the county's mechanism and match its unit: a township or street (`regionId`), a community (`regionId`) or a compound (`compoundId`); region staff plan at units of their subtree (another unit is 422 like an unknown one). The convenor, venue and participants must be active units of the county; agenda matters are fee, service, fundUse, other or a major matter of the county's partyLeadership config.",
  request: {
    body: { content: { "application/json": { schema: createMeetingBody } }, required: true },
  },
  responses: {
    201: json(meetingWithResolutionsSchema, "Planned."),
  },
});

export const registerCreateMeeting = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(meetingWithResolutionsJson(await createMeeting(tenantCtx(c), c.req.valid("json"))), 201),
  );
