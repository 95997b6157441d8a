import type { Router } from "../../router.js";
import { createLifecycleEvent } from "../../services/lifecycle-events/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  createLifecycleEventBody,
  lifecycleEventJson,
  lifecycleEventSchema,
  lifecycleWriterRoles,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/lifecycle-events",
  roles: lifecycleWriterRoles,
  operationId: "createLifecycleEvent",
  tags: ["lifecycleEvents"],
  summary: "Start a lifecycle event at a compound (全过程参与)",
  description:
    "Company selection, contract renewal, committee election or change, handover or a major repair. Its steps, and who signs each, are fixed from the wholeProcessParticipation policy's config at this moment. Region staff start events only at compounds of their subtree (any other compound is 422 naming `body.compoundId`). `companyId` names the company concerned (an active company, else 422 naming `body.companyId`); for a companySelection it is the selected company, which must be eligible to bid today by its credit grade under the credit config (`eligibility.bidding`: excluded grades, default C, and blacklist records): otherwise 422 naming `body.companyId`, with `grade`, `score`, `reasons` (code, zh, en) and `reason` {zh, en}.",
  request: {
    body: { content: { "application/json": { schema: createLifecycleEventBody } }, required: true },
  },
  responses: {
    201: json(lifecycleEventSchema, "Started, open, with its steps."),
  },
});

export const registerCreateLifecycleEvent = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(lifecycleEventJson(await createLifecycleEvent(tenantCtx(c), c.req.valid("json"))), 201),
  );
