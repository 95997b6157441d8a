import { requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createTenant } from "../../services/tenants.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createTenantBodySchema, tenantJson, tenantSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants",
  roles: "platform",
  errors: [409],
  operationId: "createTenant",
  tags: ["tenants"],
  summary: "Create a tenant (a county)",
  request: { body: { content: { "application/json": { schema: createTenantBodySchema } }, required: true } },
  responses: {
    201: json(tenantSchema, "Created."),
  },
});

export const registerCreateTenant = (app: Router) =>
  app.openapi(route, async (c) => {
    const tenant = await createTenant(
      { ...serviceCtx(c), principal: requirePrincipal(c) },
      c.req.valid("json"),
    );
    return c.json(tenantJson(tenant), 201);
  });
