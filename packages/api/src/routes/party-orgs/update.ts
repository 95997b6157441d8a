import type { Router } from "../../router.js";
import { updatePartyOrg } from "../../services/party-orgs/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { partyOrgJson, partyOrgSchema, partyOrgWriters, updatePartyOrgBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  roles: partyOrgWriters,
  operationId: "updatePartyOrg",
  tags: ["party-orgs"],
  summary: "Change a party organisation (name, member count, formation date)",
  request: {
    params: idParam("pty", "party organisation"),
    body: { content: { "application/json": { schema: updatePartyOrgBody } }, required: true },
  },
  responses: {
    200: json(partyOrgSchema, "The changed party organisation."),
  },
});

export const registerUpdatePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      partyOrgJson(await updatePartyOrg(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
