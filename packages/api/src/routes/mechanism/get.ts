import type { Router } from "../../router.js";
import { getMechanism } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { mechanismVersionJson, mechanismVersionSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism",
  roles: anyTenantRole,
  operationId: "getMechanism",
  tags: ["mechanism"],
  summary: "Get the tenant's current mechanism",
  responses: {
    200: json(mechanismVersionSchema, "The latest version of the mechanism."),
  },
});

export const registerGetMechanism = (app: Router) =>
  app.openapi(route, async (c) => c.json(mechanismVersionJson(await getMechanism(tenantCtx(c))), 200));
