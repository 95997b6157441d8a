import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { type RunningServer, startServer } from "../../../apps/server/src/server.js";

export const PASSWORD = "correct horse battery staple";
export const TENANT = "mengcheng";

/** Where the screenshots go (gitignored): look at them. */
export const SCREENSHOTS = fileURLToPath(new URL("../test-results/screenshots", import.meta.url));

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // A host page on a name of its own (another site than the API and the allowed host).
  "--host-resolver-rules=MAP *.test 127.0.0.1",
];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** A host page server on an origin of its own: serves `pages[path]` as HTML under a strict CSP. */
export interface Host {
  origin: string;
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startHost(hostname: string, csp: (api: string) => string, api: string): Promise<Host> {
  const port = await freePort();
  const pages = new Map<string, string>();
  const server: Server = createHttpServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp(api) });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://${hostname}:${port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The API as the demo county's admin (bearer token). */
export interface StaffApi {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
}

export interface WidgetWorld {
  api: string;
  staff: StaffApi;
  browser: BrowserContext;
  close(): Promise<void>;
}

/** The real server (embedded PGlite, the Mengcheng demo tenant, the built widgets) and a fresh Chromium. */
export async function startWorld(): Promise<WidgetWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), "propgov-widgets-db-"));
  const profile = mkdtempSync(join(tmpdir(), "propgov-widgets-chromium-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const silent = { write: () => true };
  let server: RunningServer | undefined;
  let browser: BrowserContext | undefined;
  try {
    server = await startServer(
      {
        port: await freePort(),
        host: "127.0.0.1",
        database: { kind: "pglite", dataDir },
        adminPassword: PASSWORD,
        allowedOrigins: [],
        logLevel: "silent",
        trustProxy: false,
        migrateOnStart: true,
        demo: true,
        attachments: { kind: "folder", dir: join(dataDir, "attachments") },
      },
      { out: silent, err: silent },
    );
    const api = `http://127.0.0.1:${server.port}`;
    const login = await fetch(`${api}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: TENANT, username: "admin", password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const { token } = (await login.json()) as { token: string };
    const staff: StaffApi = {
      async call(method, path, body) {
        const res = await fetch(`${api}/v1/tenants/${TENANT}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? null : JSON.stringify(body),
        });
        return { status: res.status, body: await res.json().catch(() => null) };
      },
    };
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: "zh-CN",
    });
    const running = server;
    const openBrowser = browser;
    return {
      api,
      staff,
      browser,
      close: async () => {
        await openBrowser.close().catch(() => {});
        await running.shutdown(1_000);
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => {});
    await server?.shutdown(1_000).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
