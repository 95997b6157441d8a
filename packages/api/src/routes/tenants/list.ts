import { requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { listTenants } from "../../services/tenants.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, paginationQuery } from "../shared.js";
import { tenantJson, tenantSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants",
  roles: "platform",
  operationId: "listTenants",
  tags: ["tenants"],
  summary: "List tenants",
  request: { query: paginationQuery },
  responses: {
    200: json(pageOf(tenantSchema, "TenantPage"), "A page of tenants, oldest first."),
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
