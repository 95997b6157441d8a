import { AppError, type TenantRole } from "@propgov/core";
import { withContext } from "@propgov/db";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { lookupContext, presentedToken, type Resolved, resolveToken } from "../auth/sessions.js";
import type { AppEnv, Principal } from "../context.js";
import { shardOf } from "../services/shards.js";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The token a request presents: `Authorization: Bearer …` first, else the session cookie. */
export function tokenOf(c: Context<AppEnv>): { token: string; via: "cookie" | "bearer" } | null {
  const header = c.req.header("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ? { token: match[1], via: "bearer" } : null;
  }
  const cookie = getCookie(c, c.get("deps").session.cookieName);
  return cookie ? { token: cookie, via: "cookie" } : null;
}

export function isSecureRequest(c: Context<AppEnv>): boolean {
  const forwarded = c.req.header("x-forwarded-proto");
  return (forwarded ?? new URL(c.req.url).protocol.replace(":", "")) === "https";
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date) {
  const deps = c.get("deps");
  setCookie(c, deps.session.cookieName, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureRequest(c),
    path: "/",
    expires: expiresAt,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - deps.now().getTime()) / 1000)),
  });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  setCookie(c, c.get("deps").session.cookieName, "", {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureRequest(c),
    path: "/",
    maxAge: 0,
  });
}

/** What the request presents, read and hashed (no database yet). */
export async function presented(c: Context<AppEnv>) {
  const raw = tokenOf(c);
  return raw ? presentedToken(raw.token, raw.via) : null;
}

/**
 * Puts a resolved caller on the request: the CSRF check for cookie-authenticated changes, and
 * the refreshed cookie when the session slid.
 */
export function admit(c: Context<AppEnv>, resolved: Resolved, via: "cookie" | "bearer") {
  if (via === "cookie" && UNSAFE_METHODS.has(c.req.method)) assertSameOrigin(c);
  c.set("principal", resolved.principal);
  if (resolved.renewedUntil && via === "cookie") {
    // A cookie is only ever a session token.
    const raw = tokenOf(c);
    if (raw) setSessionCookie(c, raw.token, resolved.renewedUntil);
  }
}

/**
 * Resolves the caller, if any, on routes outside a tenant (`/v1/auth/…`, `/v1/tenants`), in a
 * short transaction of its own: sign-in and password changes must keep their throttle counts
 * even when they fail. Tenant routes resolve the caller inside the request's one transaction
 * (`tenantRequest`). A cookie-authenticated request with an unsafe method must come from the
 * API's own origin or an allowed one (CSRF); a foreign or missing Origin is 403. A bad or
 * expired token leaves the caller anonymous: routes that need a caller answer 401.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.path.startsWith("/v1/tenants/")) return next();
  const token = await presented(c);
  if (token) {
    const deps = c.get("deps");
    // A county's session or key lives on its county's shard, which the token names (platform
    // sessions live in the directory); a county the directory does not know: anonymous.
    const db =
      deps.shards.single || token.kind === "platformSession"
        ? deps.db
        : (await shardOf(deps, token.tenantId))?.handle;
    const resolved = db
      ? await withContext(db.db, lookupContext(token), (tx) => resolveToken(tx, deps, token, null))
      : null;
    if (resolved) admit(c, resolved, token.via);
  }
  await next();
});

/**
 * The host the API is served as. X-Forwarded-Host counts only behind a trusted proxy: anyone can
 * send the header, so otherwise it would let a foreign page name its own host as ours.
 */
function ownHost(c: Context<AppEnv>): string {
  const forwarded = c.get("deps").trustProxy
    ? c.req.header("x-forwarded-host")?.split(",")[0]?.trim()
    : undefined;
  return forwarded || c.req.header("host") || new URL(c.req.url).host;
}

function assertSameOrigin(c: Context<AppEnv>) {
  const origin = c.req.header("origin");
  const deps = c.get("deps");
  const host = ownHost(c);
  const allowed = origin !== undefined && (sameHost(origin, host) || deps.allowedOrigins.includes(origin));
  if (!allowed) {
    throw new AppError(
      "forbidden",
      "Cross-site request refused: a cookie-authenticated change must come from the console's own origin.",
    );
  }
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A caller that came over HTTP: a person or a key, never a job. */
export type HttpPrincipal = Exclude<Principal, { kind: "system" }>;

export function requirePrincipal(c: Context<AppEnv>): HttpPrincipal {
  const principal = c.get("principal");
  if (!principal) throw new AppError("unauthenticated", "Sign in, or send a valid session token or API key.");
  if (principal.kind === "system") throw new AppError("forbidden", "No job acts through HTTP.");
  return principal;
}

export interface RoleOptions {
  /** Let a platform admin through as well (e.g. to create a new county's first admin). */
  platformAdmin?: boolean;
}

/**
 * Authorisation, declared on the route: the caller must hold one of `roles` in the tenant of
 * the path (or be a platform admin when allowed). A caller of another tenant gets 404, as if
 * the tenant did not exist for it.
 */
export function requireRole(roles: readonly TenantRole[], options: RoleOptions = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const principal = requirePrincipal(c);
    const tenant = c.get("tenant");
    if (principal.kind === "platformUser") {
      if (!options.platformAdmin)
        throw new AppError("forbidden", "This needs a county role, not a platform role.");
      return next();
    }
    if (tenant && principal.tenantId !== tenant.id) {
      throw new AppError("not_found", `Tenant '${tenant.slug}' was not found.`);
    }
    if (!principal.roles.some((role) => roles.includes(role))) {
      throw new AppError("forbidden", `This needs one of the roles: ${roles.join(", ")}.`);
    }
    return next();
  });
}

/** Only a platform admin passes. */
export const requirePlatformAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const principal = requirePrincipal(c);
  if (principal.kind !== "platformUser")
    throw new AppError("forbidden", "This needs the platformAdmin role.");
  return next();
});
