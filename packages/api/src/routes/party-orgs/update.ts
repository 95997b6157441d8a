import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updatePartyOrg } from "../../services/party-orgs.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { partyOrgJson, partyOrgSchema, partyOrgWriters, updatePartyOrgBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  operationId: "updatePartyOrg",
  tags: ["party-orgs"],
  summary: "Change a party organisation (name, member count, formation date)",
  security,
  middleware: [requireRole(partyOrgWriters)] as const,
  request: {
    params: tenantParam.extend(idParam("pty", "party organisation").shape),
    body: { content: { "application/json": { schema: updatePartyOrgBody } }, required: true },
  },
  responses: {
    200: json(partyOrgSchema, "The changed party organisation."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerUpdatePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      partyOrgJson(await updatePartyOrg(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
