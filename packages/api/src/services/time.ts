import { clampInstant, dateInZone, endOfDayIn } from "@propgov/core";
import type { TenantServiceContext } from "../context.js";

/** Today (`YYYY-MM-DD`) in the tenant's time zone: the day "in term" and "active" are judged on. */
export const tenantToday = (ctx: TenantServiceContext) => dateInZone(ctx.deps.now(), ctx.tenant.timezone);

/**
 * The instant a view on day `asOf` stands for: now when `asOf` is today (or later), else the end
 * of `asOf` in the tenant's zone (the start of the next day there).
 */
export function instantOfDay(ctx: TenantServiceContext, asOf: string): Date {
  const now = ctx.deps.now();
  if (asOf >= dateInZone(now, ctx.tenant.timezone)) return now;
  return clampInstant(endOfDayIn(asOf, ctx.tenant.timezone));
}
