import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, normalize, sep } from "node:path";

/** Where the widget scripts are served: `<script type="module" src="https://…/widgets/propgov-widgets.js">`. */
export const WIDGETS_BASE = "/widgets";

/** The built widgets (`@propgov/widgets`'s dist), or null when the package is not installed or not built. */
export function widgetsDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve("@propgov/widgets/package.json");
    const dist = join(dirname(pkg), "dist");
    return existsSync(join(dist, "propgov-widgets.js")) ? dist : null;
  } catch {
    return null;
  }
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** Whether a host page's origin may load the scripts: one of some county's allowed origins. */
export type OriginCheck = (origin: string) => Promise<boolean>;

/** Remembers each origin's answer for a minute, so that loading a page costs one lookup, not one per file. */
export function cachedOriginCheck(check: OriginCheck, ttlMs = 60_000, now = () => Date.now()): OriginCheck {
  const seen = new Map<string, { allowed: boolean; until: number }>();
  return async (origin) => {
    const hit = seen.get(origin);
    if (hit && hit.until > now()) return hit.allowed;
    const allowed = await check(origin);
    if (seen.size > 1000) seen.clear();
    seen.set(origin, { allowed, until: now() + ttlMs });
    return allowed;
  };
}

async function fileIn(root: string, relative: string): Promise<string | null> {
  if (!relative.endsWith(".js") && !relative.endsWith(".txt")) return null;
  const path = normalize(join(root, relative));
  if (!path.startsWith(root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves the widget scripts under /widgets. Module scripts load in CORS mode, so a host page on
 * another origin runs them only when the answer names its origin: it does when the origin is one
 * of a county's allowed origins (the `allowedOrigins` setting), else the answer carries no CORS
 * header and the browser refuses the script. Same-origin loads (no Origin header) always work.
 * Chunks (content-hashed names) are cached for a year; the entry scripts are revalidated.
 */
export function withWidgets<F extends Fetch>(next: F, root: string, allowed: OriginCheck): F {
  const handler = async (request: Request, ...rest: never[]) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${WIDGETS_BASE}/`) || (request.method !== "GET" && request.method !== "HEAD")) {
      return next(request, ...rest);
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(WIDGETS_BASE.length + 1));
    } catch {
      relative = "";
    }
    const file = relative ? await fileIn(root, relative) : null;
    const headers: Record<string, string> = {
      vary: "Origin",
      "x-content-type-options": "nosniff",
    };
    if (!file) return new Response("Not found", { status: 404, headers });
    const origin = request.headers.get("origin");
    if (origin && (await allowed(origin))) {
      headers["access-control-allow-origin"] = origin;
      headers["cross-origin-resource-policy"] = "cross-origin";
    }
    headers["content-type"] = file.endsWith(".js")
      ? "text/javascript; charset=utf-8"
      : "text/plain; charset=utf-8";
    headers["cache-control"] = relative.startsWith("chunks/")
      ? "public, max-age=31536000, immutable"
      : "public, max-age=300, must-revalidate";
    const body = request.method === "HEAD" ? null : await readFile(file);
    return new Response(body, { status: 200, headers });
  };
  return handler as F;
}
