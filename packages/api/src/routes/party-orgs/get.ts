import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getPartyOrg } from "../../services/party-orgs.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { partyOrgJson, partyOrgReaders, partyOrgSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  operationId: "getPartyOrg",
  tags: ["party-orgs"],
  summary: "Get a party organisation",
  security,
  middleware: [requireRole(partyOrgReaders)] as const,
  request: { params: tenantParam.extend(idParam("pty", "party organisation").shape) },
  responses: {
    200: json(partyOrgSchema, "The party organisation."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetPartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await getPartyOrg(tenantCtx(c), c.req.valid("param").id)), 200),
  );
