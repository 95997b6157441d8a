import { AppError } from "@propgov/core";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { findTenantBySlug } from "../services/tenants.js";

/** Resolves `{tenant}` of `/v1/tenants/{tenant}/…`; an unknown or archived slug is 404. */
export const resolveTenant = createMiddleware<AppEnv>(async (c, next) => {
  const slug = c.req.param("tenant");
  const tenant = slug && /^[a-z0-9-]{1,40}$/.test(slug) ? await findTenantBySlug(c.get("deps"), slug) : null;
  if (!tenant) throw new AppError("not_found", `Tenant '${slug ?? ""}' was not found.`);
  c.set("tenant", tenant);
  await next();
});
