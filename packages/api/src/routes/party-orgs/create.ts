import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createPartyOrg } from "../../services/party-orgs.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { createPartyOrgBody, partyOrgJson, partyOrgSchema, partyOrgWriters } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/party-orgs",
  operationId: "createPartyOrg",
  tags: ["party-orgs"],
  summary: "Record a party organisation",
  description:
    "What it attaches to must exist, be active and lie within the caller's region; a communityCommittee attaches to a community (422 naming the field). Company branches are recorded by county administrators only.",
  security,
  middleware: [requireRole(partyOrgWriters)] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createPartyOrgBody } }, required: true },
  },
  responses: {
    201: json(partyOrgSchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerCreatePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await createPartyOrg(tenantCtx(c), c.req.valid("json"))), 201),
  );
