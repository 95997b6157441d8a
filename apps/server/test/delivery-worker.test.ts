import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BOOTSTRAP } from "../src/bootstrap.js";
import { loadConfig } from "../src/config.js";
import { startServer } from "../src/server.js";
import { jsonCaller } from "./helpers.js";

const PASSWORD = "correct horse battery staple";

describe("the server's in-process delivery worker", () => {
  const dir = mkdtempSync(join(tmpdir(), "propgov-worker-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("delivers a test-send from the running server, and stops with it", async () => {
    const received: string[] = [];
    const rx = createServer((req, res) => {
      received.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => rx.listen(0, "127.0.0.1", resolve));
    const rxPort = (rx.address() as AddressInfo).port;
    const lines: string[] = [];
    const sink = {
      write: (s: string) => {
        lines.push(s);
        return true;
      },
    };
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      PROPGOV_DATA_DIR: dir,
      PROPGOV_ADMIN_PASSWORD: PASSWORD,
      PROPGOV_LOG_LEVEL: "info",
      PROPGOV_OUTBOUND_ALLOW_PRIVATE: "true",
    });
    const server = await startServer(config, { out: sink, err: sink });
    try {
      expect(lines.join("")).toContain("delivery worker: running in this process");
      expect(lines.join("")).toContain("PROPGOV_SECRETS_KEY is not set");
      const slug = BOOTSTRAP.tenant.slug;
      const call = jsonCaller(server.url);
      const login = await call("POST", "/v1/auth/login", undefined, {
        tenant: slug,
        username: "admin",
        password: PASSWORD,
      });
      const token = login.body.token as string;
      const settings = await call("GET", `/v1/tenants/${slug}/settings`, token);
      await call("PUT", `/v1/tenants/${slug}/settings`, token, {
        ...settings.body,
        outbound: { allowedHosts: ["127.0.0.1"] },
      });
      const sub = await call("POST", `/v1/tenants/${slug}/webhooks`, token, {
        url: `http://127.0.0.1:${rxPort}/hook`,
        eventTypes: ["case.filed"],
      });
      expect(sub.status).toBe(201);
      const queued = await call("POST", `/v1/tenants/${slug}/webhooks/${sub.body.id}/test`, token);
      expect(queued.status).toBe(202);
      const until = Date.now() + 15_000;
      while (received.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(received).toEqual([queued.body.messageId]);
    } finally {
      await server.shutdown(2000);
      await new Promise<void>((resolve) => rx.close(() => resolve()));
    }
    expect(lines.join("")).toContain("stopped; database closed");
  }, 120_000);
});
