import type { Router } from "../../router.js";
import { createCommittee } from "../../services/committees/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters, createCommitteeBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/committees",
  roles: committeeWriters,
  errors: [409],
  operationId: "createCommittee",
  tags: ["committees"],
  summary: "Record an owners' committee",
  description:
    "The compound must exist, be active and lie within the caller's region (422 naming `body.compoundId`). A compound has at most one committee in term: an overlapping term is 409 naming `body.formedOn`.",
  request: {
    body: { content: { "application/json": { schema: createCommitteeBody } }, required: true },
  },
  responses: {
    201: json(committeeSchema, "Created."),
  },
});

export const registerCreateCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await createCommittee(tenantCtx(c), c.req.valid("json"))), 201),
  );
