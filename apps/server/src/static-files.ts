/**
 * The console and the widget scripts as HTTP routes, over any source of files: a folder on disk
 * for the Node server (console.ts, widgets.ts), the Workers assets binding for the edge worker.
 * Web-standard APIs only, no Node built-ins, so apps/worker bundles it as it is.
 */

/** One file of a static tree, found by its path relative to the tree's root. */
export interface StaticFile {
  read(): Promise<BodyInit>;
}

/** Looks a relative path up (already decoded, never starting with "/"); null when there is no such file. */
export type StaticFiles = (relative: string) => Promise<StaticFile | null>;

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** Where the console is served: same origin as the API, so the session cookie and CSRF rules hold. */
export const CONSOLE_BASE = "/console";

/** Where the widget scripts are served: `<script type="module" src="https://…/widgets/propgov-widgets.js">`. */
export const WIDGETS_BASE = "/widgets";

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
  ".txt": "text/plain; charset=utf-8",
};

function contentTypeOf(relative: string): string {
  const name = relative.slice(relative.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return (dot > 0 && CONTENT_TYPES[name.slice(dot)]) || "application/octet-stream";
}

/**
 * The console's own policy: every script, style and font comes from this server (closed county
 * intranets), styles may be inline (Ant Design writes its CSS at run time), nothing is framed
 * from elsewhere.
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

/** The part of the path below `base`, decoded; "" when it does not decode. */
function below(pathname: string, base: string): string {
  try {
    return decodeURIComponent(pathname.slice(base.length + 1));
  } catch {
    return "";
  }
}

async function serveConsoleFile(file: StaticFile, relative: string, method: string, cache: string) {
  const body = method === "HEAD" ? null : await file.read();
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": contentTypeOf(relative),
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
export function consoleRoutes<F extends Fetch>(next: F, files: StaticFiles): F {
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
    const relative = below(pathname, CONSOLE_BASE);
    const file = relative === "" ? null : await files(relative);
    if (file) {
      const hashed = relative.startsWith("assets/");
      return serveConsoleFile(
        file,
        relative,
        request.method,
        hashed ? "public, max-age=31536000, immutable" : "no-cache",
      );
    }
    if (relative.startsWith("assets/")) return new Response("Not found", { status: 404 });
    const index = await files("index.html");
    if (!index) return new Response("Not found", { status: 404 });
    return serveConsoleFile(index, "index.html", request.method, "no-cache");
  };
  return handler as F;
}

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

/**
 * Serves the widget scripts under /widgets. Module scripts load in CORS mode, so a host page on
 * another origin runs them only when the answer names its origin: it does when the origin is one
 * of a county's allowed origins (the `allowedOrigins` setting), else the answer carries no CORS
 * header and the browser refuses the script. Same-origin loads (no Origin header) always work.
 * Chunks (content-hashed names) are cached for a year; the entry scripts are revalidated.
 */
export function widgetRoutes<F extends Fetch>(next: F, files: StaticFiles, allowed: OriginCheck): F {
  const handler = async (request: Request, ...rest: never[]) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${WIDGETS_BASE}/`) || (request.method !== "GET" && request.method !== "HEAD")) {
      return next(request, ...rest);
    }
    const relative = below(pathname, WIDGETS_BASE);
    // Only the scripts and their licence notes: nothing else of the package is served.
    const servable = relative.endsWith(".js") || relative.endsWith(".txt");
    const file = relative && servable ? await files(relative) : null;
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
    headers["content-type"] = contentTypeOf(relative);
    headers["cache-control"] = relative.startsWith("chunks/")
      ? "public, max-age=31536000, immutable"
      : "public, max-age=300, must-revalidate";
    const body = request.method === "HEAD" ? null : await file.read();
    return new Response(body, { status: 200, headers });
  };
  return handler as F;
}
