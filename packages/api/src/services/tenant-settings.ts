import { AppError, readTenantSettings, type TenantSettings, tenantSettingsSchema } from "@propgov/core";
import { setRlsContext, type Tx, tenants, withoutTenant } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { ResolvedDeps, TenantServiceContext } from "../context.js";
import { audit } from "./audit.js";
import { mirrorToDirectory } from "./shards.js";
import { inTenant } from "./tx.js";

/** A tenant's settings inside the caller's transaction (the tenants table is readable in every realm). */
export async function settingsOf(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const [row] = await tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId));
  return readTenantSettings(row?.settings);
}

/** An active tenant's settings by slug (for middleware that runs before the tenant is resolved), or null. */
export async function settingsBySlug(
  deps: ResolvedDeps,
  slug: string,
): Promise<{ tenantId: string; settings: TenantSettings } | null> {
  if (!/^[a-z0-9-]{1,40}$/.test(slug)) return null;
  const [row] = await withoutTenant(deps.db.db, (tx) =>
    tx
      .select({ id: tenants.id, settings: tenants.settings })
      .from(tenants)
      .where(and(eq(tenants.slug, slug), isNull(tenants.archivedAt))),
  );
  return row ? { tenantId: row.id, settings: readTenantSettings(row.settings) } : null;
}

/** `https://Example.gov.cn:443` → `https://example.gov.cn`, as browsers send it; null when not an origin. */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin.trim());
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Whether a browser `Origin` is one of the tenant's allowed origins (compared as browsers normalise them). */
export function originAllowed(settings: TenantSettings, origin: string | undefined | null): boolean {
  if (!origin) return false;
  const wanted = normalizeOrigin(origin);
  return wanted !== null && settings.allowedOrigins.some((o) => normalizeOrigin(o) === wanted);
}

/** Only a county administrator of this very tenant changes its settings (the route checks it too). */
function assertCountyAdmin(ctx: TenantServiceContext): void {
  const p = ctx.principal;
  if (!p) throw new AppError("unauthenticated", "Sign in, or send a valid session token or API key.");
  if (p.kind === "platformUser" || p.kind === "system" || p.tenantId !== ctx.tenant.id) {
    throw new AppError("not_found", `Tenant '${ctx.tenant.slug}' was not found.`);
  }
  if (!p.roles.includes("countyAdmin")) throw new AppError("forbidden", "This needs the countyAdmin role.");
}

/** The tenant's settings, defaults filled in. */
export async function getTenantSettings(ctx: TenantServiceContext): Promise<TenantSettings> {
  assertCountyAdmin(ctx);
  return inTenant(ctx, (tx) => settingsOf(tx, ctx.tenant.id));
}

/**
 * Replaces the tenant's settings (PUT: what is left out takes its default) and audits the change
 * as `tenant.settings` with before and after.
 *
 * The tenants table is global; row-level security lets the application role update it only in
 * the platform realm. The caller is authorised first (county admin of this tenant), then the
 * request's transaction enters the platform realm for the update of exactly this tenant's row,
 * leaves it, and writes the audit event: both commit or neither does.
 */
export async function updateTenantSettings(
  ctx: TenantServiceContext,
  input: TenantSettings,
): Promise<TenantSettings> {
  assertCountyAdmin(ctx);
  const next = tenantSettingsSchema.parse(input);
  return inTenant(ctx, async (tx) => {
    // The platform realm for exactly this update of the tenant's own row, then back out of it.
    await setRlsContext(tx, { platform: true });
    const [current] = await tx
      .select({ settings: tenants.settings })
      .from(tenants)
      .where(and(eq(tenants.id, ctx.tenant.id), isNull(tenants.archivedAt)))
      .for("update");
    if (!current) throw new AppError("not_found", `Tenant '${ctx.tenant.slug}' was not found.`);
    const before = readTenantSettings(current.settings);
    const set = { settings: next, updatedAt: ctx.deps.now() };
    await tx.update(tenants).set(set).where(eq(tenants.id, ctx.tenant.id));
    await mirrorToDirectory(ctx.deps, ctx.tenant.id, set);
    await setRlsContext(tx, { platform: false });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "tenant.settings",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      before,
      after: next,
    });
    return next;
  });
}

/**
 * Whether a browser `Origin` is among the allowed origins of any active tenant: for what every
 * county shares, such as the widget scripts (one set of files, whichever county embeds them).
 */
export async function anyTenantAllowsOrigin(
  deps: ResolvedDeps,
  origin: string | undefined | null,
): Promise<boolean> {
  if (!origin || normalizeOrigin(origin) === null) return false;
  const rows = await withoutTenant(deps.db.db, (tx) =>
    tx.select({ settings: tenants.settings }).from(tenants).where(isNull(tenants.archivedAt)),
  );
  return rows.some((row) => originAllowed(readTenantSettings(row.settings), origin));
}
