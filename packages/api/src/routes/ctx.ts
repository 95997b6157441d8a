import type { Context } from "hono";
import type { AppEnv, ServiceContext, TenantServiceContext } from "../context.js";

/** What a verb needs from the request, for routes outside a tenant. */
export const serviceCtx = (c: Context<AppEnv>): ServiceContext => ({
  deps: c.get("deps"),
  requestId: c.get("requestId"),
  principal: c.get("principal"),
});

/**
 * What a verb needs from the request, for routes under `/v1/tenants/{tenant}`: with the
 * request's transaction, which the verb joins.
 */
export const tenantCtx = (c: Context<AppEnv>): TenantServiceContext => ({
  ...serviceCtx(c),
  tenant: c.get("tenant"),
  tx: c.get("tx"),
  onRollback: c.get("onRollback"),
});
