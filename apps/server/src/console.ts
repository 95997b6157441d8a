import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";

/** Where the console is served: same origin as the API, so the session cookie and CSRF rules hold. */
export const CONSOLE_BASE = "/console";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/**
 * The console's own policy: every script, style and font comes from this server (closed county
 * intranets), styles may be inline (Ant Design writes its CSS at run time), nothing is framed
 * from elsewhere.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

/** The built console (`@propgov/console`'s dist), or null when it is not installed or not built. */
export function consoleDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve("@propgov/console/package.json");
    const dist = join(dirname(pkg), "dist");
    return existsSync(join(dist, "index.html")) ? dist : null;
  } catch {
    return null;
  }
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

async function fileIn(root: string, relative: string): Promise<string | null> {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

async function serveFile(path: string, method: string, cache: string): Promise<Response> {
  const body = method === "HEAD" ? null : await readFile(path);
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
      "cache-control": cache,
      "content-security-policy": CONSOLE_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "same-origin",
    },
  });
}

/**
 * Serves the console's files under /console, with any other path below it answered by
 * index.html (the single-page app routes in the browser). Hashed assets are cached for a year;
 * index.html never, so a new build shows at the next load. Everything else goes to `next`.
 */
export function withConsole<F extends Fetch>(next: F, root: string): F {
  const handler = async (request: Request, ...rest: never[]) => {
    const url = new URL(request.url);
    const { pathname } = url;
    const inConsole = pathname === CONSOLE_BASE || pathname.startsWith(`${CONSOLE_BASE}/`);
    if (!inConsole || (request.method !== "GET" && request.method !== "HEAD")) {
      return next(request, ...rest);
    }
    if (pathname === CONSOLE_BASE) {
      return new Response(null, { status: 308, headers: { location: `${CONSOLE_BASE}/${url.search}` } });
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(CONSOLE_BASE.length + 1));
    } catch {
      relative = "";
    }
    const file = relative === "" ? null : await fileIn(root, relative);
    if (file) {
      const hashed = relative.startsWith("assets/");
      return serveFile(file, request.method, hashed ? "public, max-age=31536000, immutable" : "no-cache");
    }
    if (relative.startsWith("assets/")) return new Response("Not found", { status: 404 });
    return serveFile(join(root, "index.html"), request.method, "no-cache");
  };
  return handler as F;
}
