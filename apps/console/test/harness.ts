import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type PropgovClient } from "@propgov/sdk";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type RunningServer, startServer } from "../../server/src/server.js";

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
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export interface ConsoleHarness {
  base: string;
  page: Page;
  context: BrowserContext;
  /** The API as the demo admin, over the SDK with a bearer token (to compare figures). */
  api: PropgovClient;
  /** Errors the page logged or threw (a test fails on them). */
  pageErrors: string[];
  /** Requests the page sent to another origin (none is allowed: closed intranets). */
  foreignRequests: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server (embedded PGlite, the Mengcheng demo tenant) and a fresh Chromium. */
export async function startConsole(options: { plugins?: string[] } = {}): Promise<ConsoleHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), "propgov-console-db-"));
  const profile = mkdtempSync(join(tmpdir(), "propgov-console-chromium-"));
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
        plugins: options.plugins ?? [],
        attachments: { kind: "folder", dir: join(dataDir, "attachments") },
        // The scheduler would run last month's evaluation on its own clock, racing the tests that
        // count evaluations; its behaviour is tested in packages/api/test/scheduler.test.ts.
        notifications: {
          secretsKey: undefined,
          allowPrivateAddresses: false,
          worker: true,
          scheduler: false,
          schedulerIntervalSeconds: 60,
        },
      },
      { out: silent, err: silent },
    );
    const base = `http://127.0.0.1:${server.port}`;
    const api = createClient({ baseUrl: base, tenant: TENANT });
    await api.login({ username: "admin", password: PASSWORD });

    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 768 },
      locale: "zh-CN",
    });
    const context = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
    const pageErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("console", (msg) => {
      // Failed responses are judged below, by status and URL.
      if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource"))
        pageErrors.push(msg.text());
    });
    page.on("response", (response) => {
      const status = response.status();
      const expected =
        (status === 401 && response.url().endsWith("/v1/auth/me")) || status === 422 || status === 409;
      if (status >= 400 && !expected)
        pageErrors.push(`${status} ${response.request().method()} ${response.url()}`);
    });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:"))
        foreignRequests.push(url);
    });
    const running = server;
    const openBrowser = browser;
    return {
      base,
      page,
      context,
      api,
      pageErrors,
      foreignRequests,
      screenshot: async (name) => {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
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

/** Signs in through the console's own form. */
export async function signInAsAdmin(h: ConsoleHarness) {
  await h.page.goto(`${h.base}/console/`);
  await h.page.getByLabel("县（租户标识）").fill(TENANT);
  await h.page.getByLabel("用户名").fill("admin");
  await h.page.getByLabel("密码").fill(PASSWORD);
  await h.page
    .getByRole("button", { name: "登 录" })
    .or(h.page.getByRole("button", { name: "登录" }))
    .click();
  await h.page.getByRole("navigation").waitFor();
}
