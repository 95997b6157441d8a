import type { Router } from "../../router.js";
import { getPartyOrg } from "../../services/party-orgs/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { partyOrgJson, partyOrgReaders, partyOrgSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  roles: partyOrgReaders,
  operationId: "getPartyOrg",
  tags: ["party-orgs"],
  summary: "Get a party organisation",
  request: { params: idParam("pty", "party organisation") },
  responses: {
    200: json(partyOrgSchema, "The party organisation."),
  },
});

export const registerGetPartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await getPartyOrg(tenantCtx(c), c.req.valid("param").id)), 200),
  );
