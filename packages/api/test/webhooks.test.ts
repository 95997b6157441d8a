import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { rowsOf, withTenant } from "@propgov/db";
import { openPostgres } from "@propgov/db/postgres";
import { testDrivers } from "@propgov/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "../src/context.js";
import {
  defaultOutboundConfig,
  outboundUrlProblem,
  postOutbound,
} from "../src/services/notifications/outbound.js";
import { enqueue } from "../src/services/notifications/outbox.js";
import { DeliveryWorker, type DeliveryWorkerConfig } from "../src/services/notifications/worker.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1: `/ok` 204, `/fail` 500, `/redirect` 302, `/big` a long 200, `/slow` 200 after 30 ms. */
async function startReceiver() {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body });
      if (req.url?.startsWith("/fail")) {
        res.writeHead(500, { "content-type": "text/plain" }).end("boom");
      } else if (req.url?.startsWith("/redirect")) {
        res.writeHead(302, { location: "/ok-after-redirect" }).end();
      } else if (req.url?.startsWith("/big")) {
        res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(5000));
      } else if (req.url?.startsWith("/slow")) {
        setTimeout(() => res.writeHead(200).end("ok"), 30);
      } else {
        res.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Standard Webhooks verification written here from the specification, not from the API's code. */
function verifiedBy(secret: string, r: Received): boolean {
  const id = String(r.headers["webhook-id"]);
  const ts = String(r.headers["webhook-timestamp"]);
  const expected = createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64"))
    .update(`${id}.${ts}.${r.body}`)
    .digest();
  return String(r.headers["webhook-signature"])
    .split(" ")
    .some((part) => {
      const [version, sig] = part.split(",");
      if (version !== "v1" || !sig) return false;
      const got = Buffer.from(sig, "base64");
      return got.length === expected.length && timingSafeEqual(got, expected);
    });
}

const START = "2026-11-16T01:30:00.000Z";

describe.each(testDrivers())("webhooks on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let rx: Awaited<ReturnType<typeof startReceiver>>;
  let clock = Date.parse(START);
  const now = () => new Date(clock);
  const worker = (over: Partial<DeliveryWorkerConfig> = {}) =>
    new DeliveryWorker({
      db: h.deps.db.db,
      now,
      secrets: h.deps.notifications.secrets,
      outbound: h.deps.notifications.outbound,
      random: () => 0.5,
      backoff: { baseMs: 1000, maxMs: 60_000 },
      maxAttempts: 3,
      ...over,
    });

  beforeAll(async () => {
    rx = await startReceiver();
    h = await createHarness(driver, {
      startAt: START,
      // The receiver lives on loopback: allowed only as an on-premise install allows it.
      notifications: {
        outbound: { allowPrivateAddresses: true, connectTimeoutMs: 2000, readTimeoutMs: 2000 },
      },
    });
    w = await seedCaseWorld(h);
    for (const t of [h.ours, h.other]) {
      const res = await h.request("PUT", `/v1/tenants/${t.slug}/settings`, {
        token: t.adminToken,
        body: { outbound: { allowedHosts: ["127.0.0.1"] } },
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await h?.destroy();
    await rx?.close();
  });

  const base = "/v1/tenants/ours/webhooks";
  const subscribe = async (path: string, eventTypes = ["case.filed"], tenant = () => h.ours) => {
    const res = await h.request("POST", `/v1/tenants/${tenant().slug}/webhooks`, {
      token: tenant().adminToken,
      body: { url: rx.url(path), eventTypes },
    });
    if (res.status !== 201) throw new Error(`subscribe failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; secret: string };
  };
  const at = (path: string) => rx.received.filter((r) => r.path === path);
  const log = async (id: string) =>
    (await h.request("GET", `${base}/${id}/deliveries`, { token: h.ours.adminToken })).body.items as {
      statusCode: number | null;
      ok: boolean;
      attempt: number;
      deliveryStatus: string;
      responseBody: string | null;
      error: string | null;
      nextAttemptAt: string | null;
    }[];

  it("delivers a filed case, signed per Standard Webhooks, verified independently", async () => {
    const sub = await subscribe("/ok");
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await h.request("GET", base, { token: h.ours.adminToken });
    expect(JSON.stringify(listed.body)).not.toContain(sub.secret.slice(6));
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const pass = await worker().runOnce();
    expect(pass.delivered).toBeGreaterThanOrEqual(1);
    const got = at("/ok");
    expect(got).toHaveLength(1);
    const r = got[0] as Received;
    expect(verifiedBy(sub.secret, r)).toBe(true);
    expect(verifiedBy(sub.secret, { ...r, body: r.body.replace("case.filed", "case.closed") })).toBe(false);
    expect(r.headers["webhook-timestamp"]).toBe(String(Math.floor(clock / 1000)));
    const body = JSON.parse(r.body);
    expect(body).toMatchObject({
      id: r.headers["webhook-id"],
      type: "case.filed",
      tenant: "ours",
      data: { caseId: filed.id, number: filed.number },
    });
    expect(r.body).not.toContain("13812345678");
    const entries = await log(sub.id);
    expect(entries).toMatchObject([{ statusCode: 204, ok: true, attempt: 1, deliveryStatus: "delivered" }]);
    // A second pass sends nothing again.
    await worker().runOnce();
    expect(at("/ok")).toHaveLength(1);
  });

  it("retries with exponential backoff on the fake clock, then dead-letters", async () => {
    const sub = await subscribe("/fail");
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const wk = worker();
    await wk.runOnce();
    expect(at("/fail")).toHaveLength(1);
    // Attempt 1 failed: the next after 1000 ms × (0.5 + 0.5/2) = 750 ms.
    clock += 749;
    await wk.runOnce();
    expect(at("/fail")).toHaveLength(1);
    clock += 1;
    await wk.runOnce();
    expect(at("/fail")).toHaveLength(2);
    // Attempt 2 failed: 2000 ms × 0.75 = 1500 ms.
    clock += 1499;
    await wk.runOnce();
    expect(at("/fail")).toHaveLength(2);
    clock += 1;
    const last = await wk.runOnce();
    expect(at("/fail")).toHaveLength(3);
    expect(last.dead).toBe(1);
    clock += 3_600_000;
    await wk.runOnce();
    expect(at("/fail")).toHaveLength(3);
    const entries = await log(sub.id);
    expect(entries.map((e) => [e.attempt, e.statusCode, e.ok])).toEqual([
      [3, 500, false],
      [2, 500, false],
      [1, 500, false],
    ]);
    expect(entries.every((e) => e.deliveryStatus === "dead")).toBe(true);
    expect(entries[0]?.responseBody).toBe("boom");
    await h.request("PATCH", `${base}/${sub.id}`, {
      token: h.ours.adminToken,
      body: { eventTypes: ["task.issued"] },
    });
  });

  it("disables a subscription after sustained failure", async () => {
    const sub = await subscribe("/fail-sustained");
    const wk = worker({ maxAttempts: 10, disableAfterFailures: 2 });
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await wk.runOnce();
    clock += 60_000;
    await wk.runOnce();
    const got = await h.request("GET", `${base}/${sub.id}`, { token: h.ours.adminToken });
    expect(got.body).toMatchObject({ enabled: false, disabledReason: "failing", consecutiveFailures: 2 });
    const sent = at("/fail-sustained").length;
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    clock += 3_600_000;
    await wk.runOnce();
    expect(at("/fail-sustained")).toHaveLength(sent);
    expect((await log(sub.id))[0]?.deliveryStatus).toBe("dead");
    const back = await h.request("PATCH", `${base}/${sub.id}`, {
      token: h.ours.adminToken,
      body: { enabled: true, eventTypes: ["task.issued"] },
    });
    expect(back.body).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
  });

  it("test-send goes through the delivery log; redirects are not followed; bodies are truncated", async () => {
    const redirect = await subscribe("/redirect", ["task.issued"]);
    const big = await subscribe("/big", ["task.issued"]);
    for (const s of [redirect, big]) {
      const res = await h.request("POST", `${base}/${s.id}/test`, { token: h.ours.adminToken });
      expect(res.status).toBe(202);
      expect(res.body.messageId).toMatch(/^msg_/);
    }
    await worker().runOnce();
    expect(at("/redirect")).toHaveLength(1);
    expect(JSON.parse(at("/redirect")[0]?.body ?? "{}").type).toBe("webhook.test");
    expect(verifiedBy(redirect.secret, at("/redirect")[0] as Received)).toBe(true);
    expect(at("/ok-after-redirect")).toHaveLength(0);
    const [r] = await log(redirect.id);
    expect(r).toMatchObject({ statusCode: 302, ok: false, deliveryStatus: "pending" });
    expect(r?.error).toContain("not followed");
    const [b] = await log(big.id);
    expect(b).toMatchObject({ statusCode: 200, ok: true });
    expect(b?.responseBody).toHaveLength(1024);
    await h.request("DELETE", `${base}/${redirect.id}`, { token: h.ours.adminToken });
  });

  it("after a rotation both the new and the old secret verify, until the grace period ends", async () => {
    // The grace period runs on the app's clock: the worker's starts from it here.
    clock = h.deps.now().getTime();
    const sub = await subscribe("/rotated", ["case.filed"]);
    const rotated = await h.request("POST", `${base}/${sub.id}/rotate-secret`, {
      token: h.ours.adminToken,
      body: { graceSeconds: 3600 },
    });
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.secret as string;
    expect(fresh).not.toBe(sub.secret);
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await worker().runOnce();
    const first = at("/rotated")[0] as Received;
    expect(String(first.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifiedBy(fresh, first)).toBe(true);
    expect(verifiedBy(sub.secret, first)).toBe(true);
    clock += 2 * 3_600_000;
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await worker().runOnce();
    const second = at("/rotated")[1] as Received;
    expect(verifiedBy(fresh, second)).toBe(true);
    expect(verifiedBy(sub.secret, second)).toBe(false);
    await h.request("DELETE", `${base}/${sub.id}`, { token: h.ours.adminToken });
  });

  it("refuses a host outside the allow-list (422 naming body.url) and bad event types", async () => {
    const res = await h.request("POST", base, {
      token: h.ours.adminToken,
      body: { url: "https://hooks.elsewhere.example/x", eventTypes: ["case.filed"] },
    });
    expect(failingPaths(expectProblem(res, 422, "unprocessable") && res)).toEqual(["body.url"]);
    const bad = await h.request("POST", base, {
      token: h.ours.adminToken,
      body: { url: rx.url("/ok"), eventTypes: ["case.nope"] },
    });
    expect(bad.status).toBe(422);
    expect(failingPaths(bad)[0]).toMatch(/^body\.eventTypes/);
    const none = await h.request("POST", base, {
      token: h.ours.adminToken,
      body: { url: rx.url("/ok"), eventTypes: [] },
    });
    expect(failingPaths(none)).toEqual(["body.eventTypes"]);
  });

  it("another county's subscription is 404; a non-admin is 403", async () => {
    const sub = await subscribe("/ok", ["task.issued"]);
    const theirs = `/v1/tenants/other/webhooks/${sub.id}`;
    const token = h.other.adminToken;
    expectProblem(await h.request("GET", theirs, { token }), 404, "not_found");
    expectProblem(await h.request("PATCH", theirs, { token, body: { enabled: false } }), 404, "not_found");
    expectProblem(await h.request("POST", `${theirs}/test`, { token }), 404, "not_found");
    expectProblem(await h.request("GET", `${theirs}/deliveries`, { token }), 404, "not_found");
    expectProblem(await h.request("DELETE", theirs, { token }), 404, "not_found");
    const list = await h.request("GET", "/v1/tenants/other/webhooks", { token });
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(sub.id);
    // Our admin on the other county's path sees nothing of it either.
    const cross = await h.request("GET", "/v1/tenants/other/webhooks", { token: h.ours.adminToken });
    expect([403, 404]).toContain(cross.status);
    const staff = await h.userWith(h.ours, ["dispatcher"]);
    expectProblem(await h.request("GET", base, { token: staff.token }), 403, "forbidden");
    expect((await h.request("GET", base)).status).toBe(401);
  });

  it("two workers (two connection pools on PostgreSQL) deliver each message exactly once", async () => {
    const sub = await subscribe("/slow", ["credit.recorded"]);
    const ctx = { deps: h.deps, requestId: "test-two-workers", principal: systemPrincipal("test") };
    await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      for (let i = 0; i < 24; i++) {
        await enqueue(tx, ctx, h.ours.id, {
          type: "credit.recorded",
          subjectType: "creditRecord",
          subjectId: `crd_${i}`,
          data: { creditRecordId: `crd_${i}` },
        });
      }
    });
    let second = h.deps.db;
    let close = async () => {};
    if (driver === "postgres") {
      const [row] = rowsOf<{ db: string }>(await h.deps.db.db.execute(sql`select current_database() as db`));
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = `/${row?.db}`;
      const pool = openPostgres(url.toString(), { max: 4 });
      second = pool;
      close = () => pool.close();
    }
    try {
      const a = worker({ batchSize: 4 });
      const b = new DeliveryWorker({
        ...{
          db: second.db,
          now,
          secrets: h.deps.notifications.secrets,
          outbound: h.deps.notifications.outbound,
        },
        batchSize: 4,
      });
      const totals = { a: 0, b: 0 };
      for (let pass = 0; pass < 10 && at("/slow").length < 24; pass++) {
        const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
        totals.a += ra.delivered;
        totals.b += rb.delivered;
      }
      const ids = at("/slow").map((r) => String(r.headers["webhook-id"]));
      expect(ids).toHaveLength(24);
      expect(new Set(ids).size).toBe(24);
      expect(totals.a + totals.b).toBe(24);
      if (driver === "postgres") expect(totals.a > 0 && totals.b > 0).toBe(true);
    } finally {
      await close();
    }
    await h.request("DELETE", `${base}/${sub.id}`, { token: h.ours.adminToken });
  });
});

describe("outbound safety", () => {
  it("refuses private and loopback addresses unless the install allows them", async () => {
    expect(outboundUrlProblem("https://10.1.2.3/x", ["10.1.2.3"], false)).toContain("private");
    expect(outboundUrlProblem("https://[::1]/x", ["::1"], false)).toContain("private");
    expect(outboundUrlProblem("https://169.254.169.254/x", ["169.254.169.254"], false)).toContain("private");
    expect(outboundUrlProblem("http://hooks.example.gov.cn/x", ["hooks.example.gov.cn"], false)).toContain(
      "https",
    );
    expect(outboundUrlProblem("https://a.example.gov.cn/x", ["*.example.gov.cn"], false)).toBeNull();
    expect(outboundUrlProblem("https://example.gov.cn.evil.com/x", ["*.example.gov.cn"], false)).toContain(
      "allowedHosts",
    );
    expect(outboundUrlProblem("http://127.0.0.1:9/x", ["127.0.0.1"], true)).toBeNull();
    const refused = await postOutbound("http://127.0.0.1:9/x", {}, "{}", defaultOutboundConfig);
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toContain("private");
    const resolved = await postOutbound("https://hooks.example.gov.cn/x", {}, "{}", {
      ...defaultOutboundConfig,
      resolveHost: async () => ["192.168.1.10"],
    });
    expect(resolved.error).toContain("192.168.1.10");
  });
});
