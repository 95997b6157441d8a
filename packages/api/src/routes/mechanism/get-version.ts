import type { Router } from "../../router.js";
import { getMechanismVersion } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { mechanismVersionJson, mechanismVersionSchema, versionParam } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/versions/{n}",
  roles: anyTenantRole,
  operationId: "getMechanismVersion",
  tags: ["mechanism"],
  summary: "Get one version of the mechanism",
  request: { params: versionParam },
  responses: {
    200: json(mechanismVersionSchema, "The version with its document."),
  },
});

export const registerGetMechanismVersion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(mechanismVersionJson(await getMechanismVersion(tenantCtx(c), c.req.valid("param").n)), 200),
  );
