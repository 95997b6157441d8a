import type { Router } from "../../router.js";
import { createPartyOrg } from "../../services/party-orgs/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createPartyOrgBody, partyOrgJson, partyOrgSchema, partyOrgWriters } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/party-orgs",
  roles: partyOrgWriters,
  operationId: "createPartyOrg",
  tags: ["party-orgs"],
  summary: "Record a party organisation",
  description:
    "What it attaches to must exist, be active and lie within the caller's region; a communityCommittee attaches to a community (422 naming the field). Company branches are recorded by county administrators only.",
  request: {
    body: { content: { "application/json": { schema: createPartyOrgBody } }, required: true },
  },
  responses: {
    201: json(partyOrgSchema, "Created."),
  },
});

export const registerCreatePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await createPartyOrg(tenantCtx(c), c.req.valid("json"))), 201),
  );
