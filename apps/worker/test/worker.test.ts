import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { resolveDeps, signWebhook } from "@propgov/api";
import { dateInZone } from "@propgov/core";
import { createTestDatabase, type TestDatabase, testDrivers } from "@propgov/db/testing";
import { bootstrap } from "@propgov/server/bootstrap";
import { sql } from "drizzle-orm";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { buildWorker } from "../build.mjs";

/**
 * The API's smoke subset against the worker as Cloudflare runs it: the esbuild bundle in workerd
 * (Miniflare 3, configured from wrangler.toml), PostgreSQL through a Hyperdrive binding, the
 * console and widgets from the assets binding, the cron trigger's scheduled handler delivering a
 * webhook to a receiver on this machine. PostgreSQL only: under CI a missing DATABASE_URL fails.
 */
const onPostgres = testDrivers().includes("postgres");

const PASSWORD = "Edge-smoke-Wq7!pasture";
const TENANT = "mengcheng";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

function receiver(): Promise<{ server: Server; url: (path: string) => string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: (path) => `http://127.0.0.1:${port}${path}`, received });
    }),
  );
}

const title = `the worker on workerd (Miniflare) with PostgreSQL through Hyperdrive${
  onPostgres ? "" : " (skipped: DATABASE_URL is not set; PostgreSQL only, and CI fails without it)"
}`;

describe.skipIf(!onPostgres)(title, () => {
  let database: TestDatabase;
  let mf: Miniflare;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let token = "";

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await mf.dispatchFetch(`http://propgov.test${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: "manual",
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (the console's pages, scripts)
    }
    return { status: res.status, headers: res.headers, text, body: json as any };
  };

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    const [row] = (await database.handle.db.execute(sql`select current_database() as name`)) as unknown as {
      name: string;
    }[];
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${row?.name}`;
    // Miniflare's Hyperdrive binding insists on a password; a server that trusts local
    // connections (the CI's) never asks for it.
    if (!url.password) url.password = "unused";
    // The Mengcheng tenant with its demo registry and admin, as the Node server's first start makes it.
    const seeded = await bootstrap(resolveDeps({ db: database.handle }), PASSWORD, { demo: true });
    expect(seeded.created).toBe(true);
    rx = await receiver();

    await buildWorker({ quiet: true });
    const config = unstable_getMiniflareWorkerOptions(
      fileURLToPath(new URL("../wrangler.toml", import.meta.url)),
    );
    mf = new Miniflare({
      ...config.workerOptions,
      name: "propgov",
      modules: true,
      scriptPath: config.main as string,
      modulesRoot: fileURLToPath(new URL("../dist/worker", import.meta.url)),
      hyperdrives: { HYPERDRIVE: url.toString() },
      bindings: {
        ...config.workerOptions.bindings,
        PROPGOV_LOG_LEVEL: "warn",
        PROPGOV_SECRETS_KEY: randomBytes(32).toString("base64"),
        // The webhook receiver lives on loopback, as on an on-premise network.
        PROPGOV_OUTBOUND_ALLOW_PRIVATE: "true",
      },
    } as ConstructorParameters<typeof Miniflare>[0]);
    await mf.ready;
  }, 300_000);

  afterAll(async () => {
    await mf?.dispose();
    await new Promise((resolve) => rx?.server.close(resolve));
    await database?.destroy();
  });

  it("answers health and signs the county admin in (portable scrypt in workerd)", async () => {
    expect((await call("GET", "/health")).status).toBe(200);
    const wrong = await call("POST", "/v1/auth/login", {
      tenant: TENANT,
      username: "admin",
      password: "nope",
    });
    expect(wrong.status).toBe(401);
    const res = await call("POST", "/v1/auth/login", {
      tenant: TENANT,
      username: "admin",
      password: PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.token).toEqual(expect.any(String));
    token = res.body.token;
  });

  let compoundId = "";
  it("reads the registry", async () => {
    const res = await call("GET", `/v1/tenants/${TENANT}/compounds?limit=5`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    compoundId = res.body.items[0].id;
    expect(compoundId).toMatch(/^cpd_/);
  });

  let webhook = { id: "", secret: "" };
  it("subscribes a webhook to filed cases", async () => {
    const settings = await call("PUT", `/v1/tenants/${TENANT}/settings`, {
      outbound: { allowedHosts: ["127.0.0.1"] },
    });
    expect(settings.status).toBe(200);
    const res = await call("POST", `/v1/tenants/${TENANT}/webhooks`, {
      url: rx.url("/hook"),
      eventTypes: ["case.filed"],
    });
    expect(res.status).toBe(201);
    webhook = res.body;
    expect(webhook.secret).toMatch(/^whsec_/);
  });

  let filed: { id: string; number: string; receivedAt: string } = { id: "", number: "", receivedAt: "" };
  it("files a case, contacts the reporter and whistles the departments", async () => {
    const res = await call("POST", `/v1/tenants/${TENANT}/cases`, {
      category: "serviceQuality",
      compoundId,
      description: "3号楼电梯坏了三天，物业没人来修。",
      reporter: { name: "张三", phone: "13812345678" },
      channel: "hotline12345",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "received", compound: { id: compoundId } });
    filed = res.body;
    const contacted = await call("POST", `/v1/tenants/${TENANT}/cases/${filed.id}/contact`, {
      note: "已电话联系",
    });
    expect(contacted.status).toBe(200);
    const whistled = await call("POST", `/v1/tenants/${TENANT}/cases/${filed.id}/whistle`, {});
    expect(whistled.status).toBe(200);
    expect(whistled.body.status).toBe("whistled");
    expect(whistled.body.departments.length).toBeGreaterThan(0);
  });

  it("lists the case and counts it in the month's KPIs", async () => {
    const list = await call("GET", `/v1/tenants/${TENANT}/cases?limit=100`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(filed.id);
    // The month the case was received in, in the county's zone (the worker runs on the real clock).
    const period = dateInZone(new Date(filed.receivedAt), "Asia/Shanghai").slice(0, 7);
    const kpis = await call("GET", `/v1/tenants/${TENANT}/kpis/cases?period=${period}`);
    expect(kpis.status).toBe(200);
    expect(kpis.body).toMatchObject({ period, kind: "month" });
    expect(kpis.body.received).toBeGreaterThanOrEqual(1);
  });

  it("answers Open311 discovery", async () => {
    const res = await call("GET", `/open311/v2/discovery.json?jurisdiction_id=${TENANT}`);
    expect(res.status).toBe(200);
    expect(res.body.endpoints.length).toBeGreaterThan(0);
  });

  it("delivers the filed case's webhook from the cron trigger's scheduled handler", async () => {
    expect(rx.received).toEqual([]);
    // A cron fires on the minute: the next one after the case was filed.
    const scheduledTime = Math.ceil((Date.now() + 1) / 60_000) * 60_000;
    // The Fetcher's scheduled() (typed by @cloudflare/workers-types, which this package does not pull in).
    const worker = (await mf.getWorker()) as unknown as {
      scheduled(options: { cron: string; scheduledTime: Date }): Promise<{ outcome: string }>;
    };
    const outcome = await worker.scheduled({ cron: "* * * * *", scheduledTime: new Date(scheduledTime) });
    expect(outcome).toMatchObject({ outcome: "ok" });
    const hooks = rx.received.filter((r) => r.path === "/hook");
    expect(hooks).toHaveLength(1);
    const [hook] = hooks as [Received];
    const timestamp = Number(hook.headers["webhook-timestamp"]);
    // Signed per Standard Webhooks with the secret the subscription answered.
    expect(hook.headers["webhook-signature"]).toBe(
      await signWebhook([webhook.secret], String(hook.headers["webhook-id"]), timestamp, hook.body),
    );
    // The pass's clock starts at the trigger's time.
    expect(timestamp).toBeGreaterThanOrEqual(Math.floor(scheduledTime / 1000));
    expect(JSON.parse(hook.body)).toMatchObject({
      type: "case.filed",
      tenant: TENANT,
      data: { caseId: filed.id, number: filed.number },
    });
    const log = await call("GET", `/v1/tenants/${TENANT}/webhooks/${webhook.id}/deliveries`);
    expect(log.body.items).toMatchObject([{ statusCode: 204, ok: true, deliveryStatus: "delivered" }]);
    // A second pass sends nothing again.
    await worker.scheduled({ cron: "* * * * *", scheduledTime: new Date(scheduledTime + 60_000) });
    expect(rx.received.filter((r) => r.path === "/hook")).toHaveLength(1);
  });

  it("serves the console and the widget scripts from the assets binding", async () => {
    const redirect = await call("GET", "/console");
    expect(redirect.status).toBe(308);
    const page = await call("GET", "/console/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.text).toContain('<div id="root">');
    // A route of the single-page app: the same page.
    const deep = await call("GET", "/console/cases/some-case");
    expect(deep.status).toBe(200);
    expect(deep.text).toBe(page.text);
    const script = page.text.match(/src="\/console\/(assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await call("GET", `/console/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await call("GET", "/console/assets/missing.js")).status).toBe(404);
    const widgets = await call("GET", "/widgets/propgov-widgets.js");
    expect(widgets.status).toBe(200);
    expect(widgets.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await call("GET", "/widgets/types/index.d.ts")).status).toBe(404);
  });
});
