import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archivePartyOrg } from "../../services/party-orgs.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { partyOrgJson, partyOrgSchema, partyOrgWriters } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/party-orgs/{id}",
  operationId: "archivePartyOrg",
  tags: ["party-orgs"],
  summary: "Archive a party organisation (soft delete)",
  security,
  middleware: [requireRole(partyOrgWriters)] as const,
  request: { params: tenantParam.extend(idParam("pty", "party organisation").shape) },
  responses: {
    200: json(partyOrgSchema, "Archived; it leaves lists unless `includeArchived=true`."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchivePartyOrg = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(partyOrgJson(await archivePartyOrg(tenantCtx(c), c.req.valid("param").id)), 200),
  );
