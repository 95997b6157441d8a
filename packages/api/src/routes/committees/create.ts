import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createCommittee } from "../../services/committees.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { committeeJson, committeeSchema, committeeWriters, createCommitteeBody } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/committees",
  operationId: "createCommittee",
  tags: ["committees"],
  summary: "Record an owners' committee",
  description:
    "The compound must exist, be active and lie within the caller's region (422 naming `body.compoundId`). A compound has at most one committee in term: an overlapping term is 409 naming `body.formedOn`.",
  security,
  middleware: [requireRole(committeeWriters)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createCommitteeBody } }, required: true },
  },
  responses: {
    201: json(committeeSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerCreateCommittee = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(committeeJson(await createCommittee(tenantCtx(c), c.req.valid("json"))), 201),
  );
