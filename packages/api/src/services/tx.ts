import type { Tx } from "@propgov/db";
import type { Principal, TenantServiceContext } from "../context.js";
import { withTenantDb } from "./shards.js";

/** A tenant context inside its transaction: what a verb hands to the verbs it calls. */
export type TenantTxContext = TenantServiceContext & { tx: Tx };

/**
 * The tenant row-level security admits: a county principal's own county, whatever the path
 * says, so that a county-B token on county A's path sees and writes nothing of A even where a
 * role check were missing; otherwise (anonymous, platform, system) the path's county.
 */
export function rlsTenantOf(principal: Principal | null, pathTenantId: string): string {
  if (principal && (principal.kind === "user" || principal.kind === "apiKey")) return principal.tenantId;
  return pathTenantId;
}

/**
 * Runs `fn` in the caller's transaction when it holds one (a request on a tenant route, or a
 * verb calling another), else in a new tenant transaction. Verbs compose through it: one
 * transaction per request, and no second copy of a verb that takes a `tx`.
 */
export function inTenant<T>(
  ctx: TenantServiceContext,
  fn: (tx: Tx, ctx: TenantTxContext) => Promise<T>,
): Promise<T> {
  if (ctx.tx) return fn(ctx.tx, ctx as TenantTxContext);
  return withTenantDb(ctx.deps, rlsTenantOf(ctx.principal, ctx.tenant.id), (tx) => fn(tx, { ...ctx, tx }));
}
