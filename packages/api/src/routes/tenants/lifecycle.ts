import { z } from "@hono/zod-openapi";
import { tenantSlugSchema } from "@propgov/core";
import { requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { deleteDemoTenant, setTenantEnabled } from "../../services/tenants.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { tenantJson, tenantSchema } from "./schema.js";

// Outside `/v1/tenants/{tenant}`: a disabled county answers 404 there, and these must still reach it.
const slugParam = z.object({
  slug: tenantSlugSchema.meta({
    param: { name: "slug", in: "path", description: "The tenant's slug." },
    example: "mengcheng",
  }),
});

const toggle = (enabled: boolean) =>
  defineRoute({
    method: "post",
    path: `/v1/platform/tenants/{slug}/${enabled ? "enable" : "disable"}`,
    roles: "platform",
    operationId: enabled ? "enableTenant" : "disableTenant",
    tags: ["tenants"],
    summary: enabled ? "Enable a disabled tenant again" : "Disable a tenant",
    description: enabled
      ? "The county serves again: its routes, public ones and Open311 included, and its users' sign-in. Audited."
      : "Every route of the county, public ones and Open311 included, answers 404 and its users cannot sign in, until it is enabled again. Its data is kept. Audited.",
    request: { params: slugParam },
    responses: { 200: json(tenantSchema, "The tenant, with `disabledAt`.") },
  });

const enableRoute = toggle(true);
const disableRoute = toggle(false);

const deleteRoute = defineRoute({
  method: "delete",
  path: "/v1/platform/tenants/{slug}",
  roles: "platform",
  errors: [409],
  operationId: "deleteDemoTenant",
  tags: ["tenants"],
  summary: "Delete a demo tenant and all its data",
  description:
    "Only a tenant marked `demo` (the Mengcheng sample data) may be deleted; any other answers 409 with reason `tenant_not_demo` (disable it instead). The deletion is recorded in the platform audit trail.",
  request: { params: slugParam },
  responses: { 204: { description: "The tenant and its data are gone." } },
});

export const registerTenantLifecycleRoutes = (app: Router) => {
  app.openapi(disableRoute, async (c) => {
    const ctx = { ...serviceCtx(c), principal: requirePrincipal(c) };
    return c.json(tenantJson(await setTenantEnabled(ctx, c.req.valid("param").slug, false)), 200);
  });
  app.openapi(enableRoute, async (c) => {
    const ctx = { ...serviceCtx(c), principal: requirePrincipal(c) };
    return c.json(tenantJson(await setTenantEnabled(ctx, c.req.valid("param").slug, true)), 200);
  });
  app.openapi(deleteRoute, async (c) => {
    await deleteDemoTenant({ ...serviceCtx(c), principal: requirePrincipal(c) }, c.req.valid("param").slug);
    return c.body(null, 204);
  });
};
