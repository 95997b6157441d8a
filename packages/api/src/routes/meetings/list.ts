import { z } from "@hono/zod-openapi";
import { idPattern, isoDateSchema, meetingKinds, meetingLevels, meetingStatuses } from "@propgov/core";
import type { Router } from "../../router.js";
import { listMeetings } from "../../services/meetings/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { meetingJson, meetingReaders, meetingSchema } from "./schema.js";

const day = (name: string, description: string, example: string) =>
  isoDateSchema.optional().meta({ param: { name, in: "query" }, description, example });

const query = paginationQuery.extend({
  level: z
    .enum(meetingLevels)
    .optional()
    .openapi({ param: { name: "level", in: "query" }, example: "community" }),
  kind: z
    .enum(meetingKinds)
    .optional()
    .openapi({ param: { name: "kind", in: "query" }, example: "jointConsultation" }),
  status: z
    .enum(meetingStatuses)
    .optional()
    .openapi({ param: { name: "status", in: "query" }, example: "held" }),
  regionId: z
    .string()
    .regex(idPattern("reg"), "Not a region id.")
    .optional()
    .openapi({
      param: { name: "regionId", in: "query" },
      description: "At this region or at any unit under it (compounds through their community).",
      example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    }),
  compoundId: z
    .string()
    .regex(idPattern("cpd"), "Not a compound id.")
    .optional()
    .openapi({ param: { name: "compoundId", in: "query" }, example: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
  from: day("from", "Scheduled on or after this day (the county's date).", "2026-11-01"),
  to: day("to", "Scheduled on or before this day (the county's date).", "2026-11-30"),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ param: { name: "q", in: "query" }, description: "Text in the title.", example: "物业费" }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/meetings",
  roles: meetingReaders,
  operationId: "listMeetings",
  tags: ["meetings"],
  summary: "List meetings, filtered by level, kind, status, unit and date",
  description:
    "Newest first (by creation), without resolutions (get one meeting for them). The county sees every meeting; region staff those at units of their subtree; company staff those of compounds under their company's contracts and those their company takes part in; committee members those of their compound and those its committee takes part in.",
  request: { query },
  responses: {
    200: json(pageOf(meetingSchema, "MeetingPage"), "A page of meetings, newest first."),
  },
});

export const registerListMeetings = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listMeetings(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(meetingJson), nextCursor: page.nextCursor }, 200);
  });
