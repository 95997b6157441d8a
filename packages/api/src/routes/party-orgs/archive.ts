import type { Router } from "../../router.js";
import { archivePartyOrg } from "../../services/party-orgs/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { partyOrgJson, partyOrgSchema, partyOrgWriters } from "./schema.js";

const route = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  roles: partyOrgWriters,
  operationId: "archivePartyOrg",
  tags: ["party-orgs"],
  summary: "Archive a party organisation (soft delete)",
  request: { params: idParam("pty", "party organisation") },
  responses: {
    200: json(partyOrgSchema, "Archived; it leaves lists unless `includeArchived=true`."),
  },
});

export const registerArchivePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await archivePartyOrg(tenantCtx(c), c.req.valid("param").id)), 200),
  );
