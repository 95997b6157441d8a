import { createRoute } from "@hono/zod-openapi";
import { requirePlatformAdmin, requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listTenants } from "../../services/tenants.js";
import { serviceCtx } from "../ctx.js";
import { errorResponses, json, pageOf, paginationQuery, security } from "../shared.js";
import { tenantJson, tenantSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants",
  operationId: "listTenants",
  tags: ["tenants"],
  summary: "List tenants",
  security,
  middleware: [requirePlatformAdmin] as const,
  request: { query: paginationQuery },
  responses: {
    200: json(pageOf(tenantSchema, "TenantPage"), "A page of tenants, oldest first."),
    ...errorResponses(400, 401, 403, 500),
  },
});

export const registerListTenants = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listTenants(
      { ...serviceCtx(c), principal: requirePrincipal(c) },
      c.req.valid("query"),
    );
    return c.json({ items: page.items.map(tenantJson), nextCursor: page.nextCursor }, 200);
  });
