import { createRoute } from "@hono/zod-openapi";
import { requirePlatformAdmin, requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createTenant } from "../../services/tenants.js";
import { serviceCtx } from "../ctx.js";
import { errorResponses, json, security } from "../shared.js";
import { createTenantBodySchema, tenantJson, tenantSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants",
  operationId: "createTenant",
  tags: ["tenants"],
  summary: "Create a tenant (a county)",
  security,
  middleware: [requirePlatformAdmin] as const,
  request: { body: { content: { "application/json": { schema: createTenantBodySchema } }, required: true } },
  responses: {
    201: json(tenantSchema, "Created."),
    ...errorResponses(401, 403, 409, 422, 500),
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
