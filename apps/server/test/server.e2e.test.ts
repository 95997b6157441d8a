import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scalarScriptPath } from "../src/docs.js";
import {
  childEnv,
  exitWithin,
  freePort,
  mainJs,
  PASSWORD,
  type Spawned,
  spawnNode,
  waitForReady,
  waitForStderr,
} from "./helpers.js";

/** The built server, as `pnpm start` runs it, on PGlite in a temporary folder. */
describe("the built server (node apps/server/dist/main.js) on PGlite", () => {
  let dataDir: string;
  let port: number;
  let base: string;
  let running: Spawned | undefined;

  const start = async () => {
    // A server a failed test left behind would hold the folder: it goes first.
    if (running?.child.exitCode === null) {
      running.child.kill("SIGKILL");
      await running.exited;
    }
    running = spawnNode(
      mainJs,
      [],
      childEnv({
        PORT: String(port),
        HOST: "127.0.0.1",
        PROPGOV_DATA_DIR: dataDir,
        PROPGOV_ADMIN_PASSWORD: PASSWORD,
      }),
    );
    await waitForReady(base, running);
    return running;
  };

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  };

  /** Signs in to tenant `tenant`, or as a platform user when it is null. */
  const login = async (username: string, password: string, tenant: string | null = "mengcheng") =>
    call("POST", "/v1/auth/login", { ...(tenant ? { tenant } : {}), username, password });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "propgov-server-"));
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (running?.child.exitCode === null) {
      running.child.kill("SIGKILL");
      await running.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  let userId: string;

  it("starts on an empty folder: migrates, bootstraps, prints its URLs", async () => {
    const server = await start();
    const err = server.stderr();
    expect(err).toContain(`database: PGlite in ${dataDir}`);
    expect(err).toMatch(/migrations applied: 0000_roles/);
    expect(err).toContain("bootstrap: created platform admin 'root', tenant 'mengcheng'");
    // The password came from PROPGOV_ADMIN_PASSWORD: no generated one is shown.
    expect(err).not.toContain("shown ONCE");
    expect(err).toContain(`API:      http://127.0.0.1:${port}/v1`);
    expect(err).toContain(`docs:     http://127.0.0.1:${port}/docs`);
    expect(err).toContain(`OpenAPI:  http://127.0.0.1:${port}/openapi.json`);
  });

  it("answers /health, /ready and the OpenAPI document", async () => {
    expect((await call("GET", "/health")).json()).toEqual({ status: "ok" });
    expect((await call("GET", "/ready")).json()).toEqual({ status: "ready", database: "pglite" });
    const doc = await call("GET", "/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.json().openapi).toBe("3.1.0");
  });

  it("serves the API reference and its script from the local @scalar/api-reference", async () => {
    const page = await call("GET", "/docs");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.text).toContain('src="/docs/assets/api-reference.js"');

    const script = await fetch(`${base}/docs/assets/api-reference.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const body = Buffer.from(await script.arrayBuffer());
    const file = scalarScriptPath();
    expect(file).toMatch(/@scalar\/api-reference\/dist\/browser\/standalone\.js$/);
    expect(body.equals(readFileSync(file!))).toBe(true);
    expect(body.subarray(0, 1000).toString()).toMatch(/@scalar\/api-reference 1\.40\./);
  });

  it("signs the county admin in over HTTP and creates a user", async () => {
    const admin = await login("admin", PASSWORD);
    expect(admin.status).toBe(200);
    const created = await call(
      "POST",
      "/v1/tenants/mengcheng/users",
      {
        username: "chengguan.zhang",
        displayName: "张伟（城关街道）",
        password: "zhang's passphrase",
        roles: ["countyAdmin"],
      },
      admin.json().token,
    );
    expect(created.status).toBe(201);
    userId = created.json().id;
    expect(userId).toMatch(/^usr_/);
  });

  it("logs one JSON line per request on stdout", () => {
    const lines = running!
      .stdout()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const create = lines.find((l) => l.method === "POST" && l.path === "/v1/tenants/mengcheng/users");
    expect(create).toMatchObject({
      level: "info",
      msg: "request",
      requestId: expect.stringMatching(/^req_/),
      tenant: "mengcheng",
      status: 201,
      durationMs: expect.any(Number),
    });
    expect(new Date(create.time).toISOString()).toBe(create.time);
    expect(lines.some((l) => l.path === "/ready" && l.status === 200 && l.tenant === null)).toBe(true);
  });

  it("on SIGTERM stops accepting, finishes the request in flight, closes the database, exits 0", async () => {
    const server = running!;
    // One kept-alive connection: a first request proves the server has accepted it, then a login
    // goes out on it with only part of its body, so it is in flight when the signal lands.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        httpRequest(`${base}${path}`, { agent }, (res) => {
          res.resume().on("end", () => resolve(res.statusCode ?? 0));
        })
          .on("error", reject)
          .end();
      });
    expect(await get("/health")).toBe(200);
    const body = JSON.stringify({
      tenant: "mengcheng",
      username: "chengguan.zhang",
      password: "zhang's passphrase",
    });
    const req = httpRequest(`${base}/v1/auth/login`, {
      agent,
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
    });
    req.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 300));
    const signalled = Date.now();
    server.child.kill("SIGTERM");

    // Once the server has taken the signal it accepts nothing new, but keeps finishing the login.
    await waitForStderr(server, "shutting down");
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    expect(server.child.exitCode).toBeNull();
    req.end(body.slice(10));

    const answered = await response;
    agent.destroy();
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).user.username).toBe("chengguan.zhang");

    const exit = await exitWithin(server, 15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(server.stderr()).toContain("stopped; database closed");
  });

  it("restarts on the same folder with all data and without bootstrapping again", async () => {
    const server = await start();
    expect(server.stderr()).toContain("migrations: the schema is up to date");
    expect(server.stderr()).not.toContain("bootstrap");

    const user = await login("chengguan.zhang", "zhang's passphrase");
    expect(user.status).toBe(200);
    expect(user.json().user).toMatchObject({ id: userId, displayName: "张伟（城关街道）" });
    expect((await login("root", PASSWORD, null)).status).toBe(200);

    server.child.kill("SIGINT");
    expect(await exitWithin(server, 15_000)).toEqual({ code: 0, signal: null });
  });
});
