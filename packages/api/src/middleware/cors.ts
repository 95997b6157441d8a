import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { originAllowed, settingsBySlug } from "../services/tenant-settings.js";

const ALLOW_METHODS = "GET, POST";
const ALLOW_HEADERS = "content-type, idempotency-key";
/** Headers a widget may read besides the safelisted ones (Retry-After of a 429, the request id to quote). */
const EXPOSE_HEADERS = "retry-after, x-request-id, idempotent-replayed";
const MAX_AGE = "600";

/** For a preflight (answered before the tenant is resolved): the Origin when the path's tenant allows it. */
async function preflightOrigin(c: Context<AppEnv>): Promise<string | null> {
  const origin = c.req.header("origin");
  const slug = c.req.param("tenant");
  if (!origin || !slug) return null;
  const found = await settingsBySlug(c.get("deps"), slug);
  return found && originAllowed(found.settings, origin) ? origin : null;
}

/** After the request: the Origin when the tenant it resolved (with its settings) allows it. */
function answeredOrigin(c: Context<AppEnv>): string | null {
  const origin = c.req.header("origin");
  const settings = c.get("tenantSettings");
  return origin && settings && originAllowed(settings, origin) ? origin : null;
}

/** Sets headers on the response (a copy first when its headers are immutable). */
function setHeaders(c: Context<AppEnv>, headers: Record<string, string>) {
  try {
    for (const [name, value] of Object.entries(headers)) setHeader(c.res.headers, name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    for (const [name, value] of Object.entries(headers)) setHeader(c.res.headers, name, value);
  }
}

function setHeader(headers: Headers, name: string, value: string) {
  if (name !== "vary") return headers.set(name, value);
  const current = headers.get("vary");
  if (!current) return headers.set("vary", value);
  if (!current.split(",").some((v) => v.trim().toLowerCase() === value.toLowerCase())) {
    headers.set("vary", `${current}, ${value}`);
  }
}

/**
 * CORS for `/v1/tenants/{tenant}/public/*`, per tenant: the browser may read an answer (and send
 * a preflighted POST) only from an origin in the tenant's `allowedOrigins` setting. The allowed
 * origin is echoed, never `*`, and credentials are never allowed: the public API needs none.
 * A preflight is answered here (204), before authentication and tenant resolution; from an
 * origin that is not allowed, or for an unknown tenant, it carries no CORS headers.
 */
export const publicCors = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === "OPTIONS") {
    const origin = await preflightOrigin(c);
    const headers: Record<string, string> = { vary: "Origin" };
    if (origin) {
      headers["access-control-allow-origin"] = origin;
      headers["access-control-allow-methods"] = ALLOW_METHODS;
      headers["access-control-allow-headers"] = ALLOW_HEADERS;
      headers["access-control-max-age"] = MAX_AGE;
    }
    return c.body(null, 204, headers);
  }
  await next();
  const origin = answeredOrigin(c);
  setHeaders(
    c,
    origin
      ? {
          vary: "Origin",
          "access-control-allow-origin": origin,
          "access-control-expose-headers": EXPOSE_HEADERS,
        }
      : { vary: "Origin" },
  );
});
