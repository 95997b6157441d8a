import { dateInZone } from "@propgov/core";
import type { TenantServiceContext } from "../context.js";

/** Today (`YYYY-MM-DD`) in the tenant's time zone: the day "in term" and "active" are judged on. */
export const tenantToday = (ctx: TenantServiceContext) => dateInZone(ctx.deps.now(), ctx.tenant.timezone);
