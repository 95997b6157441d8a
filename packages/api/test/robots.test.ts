import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryNamesOf } from "../src/services/inbox/fanout.js";
import { DeliveryWorker, type DeliveryWorkerConfig } from "../src/services/notifications/worker.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

interface Received {
  path: string;
  query: URLSearchParams;
  body: string;
  contentType: string | undefined;
}

type Answer = (r: Received) => { errcode: number; errmsg: string };

/** A local HTTP server playing a robot platform: it records each POST and answers `answer(...)` as JSON, HTTP 200. */
async function startRobot(answer: Answer) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://robot.invalid");
      const r = {
        path: url.pathname,
        query: url.searchParams,
        body,
        contentType: req.headers["content-type"],
      };
      received.push(r);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer(r)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (pathAndQuery: string) => `http://127.0.0.1:${port}${pathAndQuery}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const DING_SECRET = `SEC${"0123456789abcdef".repeat(4)}`;
const WECOM_KEY = "693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa";
const DING_TOKEN = "d1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";

/**
 * DingTalk's signed mode checked as DingTalk documents it, written here and not taken from the
 * API: sign = urlencode(base64(HMAC-SHA256(key = secret, message = timestamp + "\n" + secret))).
 */
function dingTalkSignatureValid(secret: string, query: URLSearchParams): boolean {
  const timestamp = query.get("timestamp");
  const sign = query.get("sign"); // already URL-decoded by URLSearchParams
  if (!timestamp || !sign) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest();
  const got = Buffer.from(sign, "base64");
  return got.length === expected.length && timingSafeEqual(got, expected);
}

const START = "2026-11-16T01:30:00.000Z";
const CONSOLE = "https://propgov.mengcheng.gov.cn/console";

describe.each(testDrivers())("group robots on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let wecom: Awaited<ReturnType<typeof startRobot>>;
  let ding: Awaited<ReturnType<typeof startRobot>>;
  let clock = Date.parse(START);
  const now = () => new Date(clock);
  const worker = (over: Partial<DeliveryWorkerConfig> = {}) =>
    new DeliveryWorker({
      db: h.deps.db.db,
      now,
      secrets: h.deps.notifications.secrets,
      outbound: h.deps.notifications.outbound,
      categoryNames: categoryNamesOf(h.deps),
      consoleUrl: CONSOLE,
      random: () => 0.5,
      backoff: { baseMs: 1000, maxMs: 60_000 },
      maxAttempts: 3,
      ...over,
    });

  beforeAll(async () => {
    // WeCom: errcode 0, but 93000 on a path that plays a revoked key.
    wecom = await startRobot((r) =>
      r.path.startsWith("/revoked")
        ? { errcode: 93000, errmsg: "invalid webhook url, hint: [1700000000_abc]" }
        : { errcode: 0, errmsg: "ok" },
    );
    // DingTalk: 310000 unless the signature verifies against the robot's secret.
    ding = await startRobot((r) =>
      dingTalkSignatureValid(DING_SECRET, r.query)
        ? { errcode: 0, errmsg: "ok" }
        : { errcode: 310000, errmsg: "sign not match" },
    );
    h = await createHarness(driver, {
      startAt: START,
      // The robots live on loopback: allowed only as an on-premise install allows it.
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
    await wecom?.close();
    await ding?.close();
  });

  const base = "/v1/tenants/ours/webhooks";
  const create = (body: Record<string, unknown>, tenant = () => h.ours) =>
    h.request("POST", `/v1/tenants/${tenant().slug}/webhooks`, { token: tenant().adminToken, body });
  const created = async (body: Record<string, unknown>) => {
    const res = await create(body);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; kind: string; url: string; signed: boolean; secret?: string };
  };
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
  const off = (id: string) =>
    h.request("PATCH", `${base}/${id}`, { token: h.ours.adminToken, body: { enabled: false } });

  it("delivers a filed case to a WeCom and a signed DingTalk robot in their documented JSON", async () => {
    const wc = await created({
      kind: "wecom",
      url: wecom.url(`/cgi-bin/webhook/send?key=${WECOM_KEY}`),
      eventTypes: ["case.filed"],
      description: "阳光小区工作群",
    });
    const dt = await created({
      kind: "dingtalk",
      url: ding.url(`/robot/send?access_token=${DING_TOKEN}`),
      eventTypes: ["case.filed"],
      secret: DING_SECRET,
    });
    expect(wc).toMatchObject({ kind: "wecom", signed: false });
    expect(dt).toMatchObject({ kind: "dingtalk", signed: true });
    expect(wc).not.toHaveProperty("secret");
    expect(dt).not.toHaveProperty("secret");
    // The keys never come back: masked in the answer, the list, one subscription, the audit trail.
    expect(wc.url).toBe(wecom.url("/cgi-bin/webhook/send?key=********5aaa"));
    expect(dt.url).toBe(ding.url("/robot/send?access_token=********e8f9"));
    const listed = JSON.stringify((await h.request("GET", base, { token: h.ours.adminToken })).body);
    const one = JSON.stringify(
      (await h.request("GET", `${base}/${dt.id}`, { token: h.ours.adminToken })).body,
    );
    const audit = JSON.stringify(
      (await h.request("GET", "/v1/tenants/ours/audit-events", { token: h.ours.adminToken })).body,
    );
    for (const text of [listed, one, audit]) {
      expect(text).not.toContain(WECOM_KEY);
      expect(text).not.toContain(DING_TOKEN);
      expect(text).not.toContain(DING_SECRET.slice(3));
    }

    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const pass = await worker().runOnce();
    expect(pass.delivered).toBeGreaterThanOrEqual(2);

    expect(wecom.received).toHaveLength(1);
    const wr = wecom.received[0] as Received;
    expect(wr.path).toBe("/cgi-bin/webhook/send");
    expect(wr.query.get("key")).toBe(WECOM_KEY);
    expect(wr.contentType).toContain("application/json");
    const wb = JSON.parse(wr.body);
    expect(Object.keys(wb).sort()).toEqual(["markdown", "msgtype"]);
    expect(wb.msgtype).toBe("markdown");
    expect(Object.keys(wb.markdown)).toEqual(["content"]);
    const content = wb.markdown.content as string;
    expect(content).toContain(filed.number);
    expect(content).toContain("新案件受理");
    expect(content).toContain("时限：");
    expect(content).toContain(`${CONSOLE}/cases?q=${encodeURIComponent(filed.number)}`);
    expect(wr.body).not.toContain("13812345678");
    expect(wr.body).not.toContain("张三");

    expect(ding.received).toHaveLength(1);
    const dr = ding.received[0] as Received;
    expect(dr.path).toBe("/robot/send");
    expect(dr.query.get("access_token")).toBe(DING_TOKEN);
    expect(dr.query.get("timestamp")).toBe(String(clock));
    expect(dingTalkSignatureValid(DING_SECRET, dr.query)).toBe(true);
    const db = JSON.parse(dr.body);
    expect(db.msgtype).toBe("markdown");
    expect(Object.keys(db.markdown).sort()).toEqual(["text", "title"]);
    expect(db.markdown.title).toContain(filed.number);
    expect(db.markdown.text).toBe(content);
    expect(dr.body).not.toContain("13812345678");

    expect(await log(wc.id)).toMatchObject([{ statusCode: 200, ok: true, deliveryStatus: "delivered" }]);
    const [entry] = await log(dt.id);
    expect(entry).toMatchObject({ statusCode: 200, ok: true, attempt: 1, deliveryStatus: "delivered" });
    expect(JSON.parse(entry?.responseBody ?? "{}")).toEqual({ errcode: 0, errmsg: "ok" });
    await off(wc.id);
    await off(dt.id);
  });

  it("a wrong signature (errcode 310000) and a revoked WeCom key (93000) are failed attempts, retried and logged", async () => {
    const dt = await created({
      kind: "dingtalk",
      url: ding.url(`/robot/send?access_token=${DING_TOKEN}`),
      eventTypes: ["task.issued"],
      secret: `SEC${"f".repeat(64)}`,
    });
    const wc = await created({
      kind: "wecom",
      url: wecom.url(`/revoked/send?key=${WECOM_KEY}`),
      eventTypes: ["task.issued"],
    });
    for (const s of [dt, wc]) {
      expect((await h.request("POST", `${base}/${s.id}/test`, { token: h.ours.adminToken })).status).toBe(
        202,
      );
    }
    const sentBefore = ding.received.length;
    const wk = worker();
    await wk.runOnce();
    expect(ding.received).toHaveLength(sentBefore + 1);
    expect(dingTalkSignatureValid(DING_SECRET, (ding.received.at(-1) as Received).query)).toBe(false);
    const [failed] = await log(dt.id);
    expect(failed).toMatchObject({ statusCode: 200, ok: false, attempt: 1, deliveryStatus: "pending" });
    expect(failed?.error).toBe("errcode 310000: sign not match");
    expect(failed?.nextAttemptAt).toBe(new Date(clock + 750).toISOString());
    const [revoked] = await log(wc.id);
    expect(revoked).toMatchObject({ ok: false, deliveryStatus: "pending" });
    expect(revoked?.error).toContain("errcode 93000: invalid webhook url");
    const health = await h.request("GET", `${base}/${dt.id}`, { token: h.ours.adminToken });
    expect(health.body).toMatchObject({ consecutiveFailures: 1, enabled: true });

    // The county corrects the secret: the retry (after the backoff) signs with it and gets through.
    const fixed = await h.request("PATCH", `${base}/${dt.id}`, {
      token: h.ours.adminToken,
      body: { secret: DING_SECRET },
    });
    expect(fixed.body).toMatchObject({ signed: true });
    clock += 749;
    await wk.runOnce();
    expect(ding.received).toHaveLength(sentBefore + 1);
    clock += 1;
    await wk.runOnce();
    expect(ding.received).toHaveLength(sentBefore + 2);
    const retried = ding.received.at(-1) as Received;
    expect(dingTalkSignatureValid(DING_SECRET, retried.query)).toBe(true);
    expect(retried.query.get("timestamp")).toBe(String(clock));
    expect(JSON.parse(retried.body).markdown.title).toContain("测试推送");
    const entries = await log(dt.id);
    expect(entries.map((e) => [e.attempt, e.ok, e.deliveryStatus])).toEqual([
      [2, true, "delivered"],
      [1, false, "delivered"],
    ]);
    // Unsigned mode: without a secret DingTalk refuses this robot, and the attempt says so.
    const unsigned = await h.request("PATCH", `${base}/${dt.id}`, {
      token: h.ours.adminToken,
      body: { secret: null },
    });
    expect(unsigned.body).toMatchObject({ signed: false });
    await h.request("POST", `${base}/${dt.id}/test`, { token: h.ours.adminToken });
    clock += 1000;
    await wk.runOnce();
    const plain = ding.received.at(-1) as Received;
    expect(plain.query.has("sign")).toBe(false);
    expect((await log(dt.id))[0]?.error).toBe("errcode 310000: sign not match");
    await h.request("DELETE", `${base}/${dt.id}`, { token: h.ours.adminToken });
    await h.request("DELETE", `${base}/${wc.id}`, { token: h.ours.adminToken });
  });

  it("refuses hosts outside the allow-list, at creation and at each attempt", async () => {
    const res = await create({
      kind: "wecom",
      url: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`,
      eventTypes: ["case.filed"],
    });
    expect(failingPaths(expectProblem(res, 422, "unprocessable") && res)).toEqual(["body.url"]);
    expect(JSON.stringify(res.body)).toContain("allowedHosts");
    const wc = await created({
      kind: "wecom",
      url: wecom.url(`/cgi-bin/webhook/send?key=${WECOM_KEY}`),
      eventTypes: ["task.issued"],
    });
    await h.request("POST", `${base}/${wc.id}/test`, { token: h.ours.adminToken });
    // The county narrows its allow-list before the worker runs: the attempt is refused, nothing sent.
    const narrowed = await h.request("PUT", "/v1/tenants/ours/settings", {
      token: h.ours.adminToken,
      body: { outbound: { allowedHosts: ["qyapi.weixin.qq.com", "oapi.dingtalk.com"] } },
    });
    expect(narrowed.status).toBe(200);
    const sent = wecom.received.length;
    try {
      await worker().runOnce();
    } finally {
      await h.request("PUT", "/v1/tenants/ours/settings", {
        token: h.ours.adminToken,
        body: { outbound: { allowedHosts: ["127.0.0.1"] } },
      });
    }
    expect(wecom.received).toHaveLength(sent);
    const [refused] = await log(wc.id);
    expect(refused).toMatchObject({ ok: false, statusCode: null, deliveryStatus: "pending" });
    expect(refused?.error).toContain("refused");
    expect(refused?.error).not.toContain(WECOM_KEY);
    await h.request("DELETE", `${base}/${wc.id}`, { token: h.ours.adminToken });
  });

  it("bad input is 422 naming body.kind, body.url or body.secret; a robot's secret is not rotated", async () => {
    const url = ding.url(`/robot/send?access_token=${DING_TOKEN}`);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: "slack", url, eventTypes: ["case.filed"] }, "body.kind"],
      [{ kind: "dingtalk", url, eventTypes: ["case.filed"], secret: "not-a-dingtalk-secret" }, "body.secret"],
      [{ kind: "dingtalk", url, eventTypes: ["case.filed"], secret: "SEC" }, "body.secret"],
      [
        {
          kind: "wecom",
          url: wecom.url(`/send?key=${WECOM_KEY}`),
          eventTypes: ["case.filed"],
          secret: DING_SECRET,
        },
        "body.secret",
      ],
      [{ url: wecom.url("/hook"), eventTypes: ["case.filed"], secret: DING_SECRET }, "body.secret"],
      [{ kind: "wecom", url: wecom.url("/cgi-bin/webhook/send"), eventTypes: ["case.filed"] }, "body.url"],
      [{ kind: "dingtalk", url: ding.url("/robot/send"), eventTypes: ["case.filed"] }, "body.url"],
      [{ kind: "dingtalk", url: "robot/send?access_token=x", eventTypes: ["case.filed"] }, "body.url"],
    ];
    for (const [body, path] of cases) {
      const res = await create(body);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), JSON.stringify(body)).toEqual([path]);
      expect(JSON.stringify(res.body)).not.toContain(DING_SECRET.slice(3));
    }
    const dt = await created({ kind: "dingtalk", url, eventTypes: ["task.issued"] });
    expect(dt.signed).toBe(false);
    const patchBad = await h.request("PATCH", `${base}/${dt.id}`, {
      token: h.ours.adminToken,
      body: { secret: "SEC!!" },
    });
    expect(failingPaths(expectProblem(patchBad, 422, "unprocessable") && patchBad)).toEqual(["body.secret"]);
    const patchKind = await h.request("PATCH", `${base}/${dt.id}`, {
      token: h.ours.adminToken,
      body: { kind: "wecom" },
    });
    expect(patchKind.status).toBe(422);
    const patchUrl = await h.request("PATCH", `${base}/${dt.id}`, {
      token: h.ours.adminToken,
      body: { url: ding.url("/robot/send?access_token=0000000000000000newtoken") },
    });
    expect(patchUrl.body.url).toBe(ding.url("/robot/send?access_token=********oken"));
    expect(JSON.stringify(patchUrl.body)).not.toContain("newtoken");
    const rotate = await h.request("POST", `${base}/${dt.id}/rotate-secret`, {
      token: h.ours.adminToken,
      body: {},
    });
    expectProblem(rotate, 409, "conflict");
    // A webhook's secret is the server's: it is not set by PATCH.
    const hook = await created({ url: wecom.url("/hook"), eventTypes: ["task.issued"] });
    expect(hook).toMatchObject({ kind: "webhook", signed: false });
    expect(hook.secret).toMatch(/^whsec_/);
    const hookSecret = await h.request("PATCH", `${base}/${hook.id}`, {
      token: h.ours.adminToken,
      body: { secret: null },
    });
    expect(failingPaths(expectProblem(hookSecret, 422, "unprocessable") && hookSecret)).toEqual([
      "body.secret",
    ]);
    for (const id of [dt.id, hook.id])
      await h.request("DELETE", `${base}/${id}`, { token: h.ours.adminToken });
  });

  it("another county's robot is 404; a non-admin is 403", async () => {
    const dt = await created({
      kind: "dingtalk",
      url: ding.url(`/robot/send?access_token=${DING_TOKEN}`),
      eventTypes: ["task.issued"],
      secret: DING_SECRET,
    });
    const theirs = `/v1/tenants/other/webhooks/${dt.id}`;
    const token = h.other.adminToken;
    expectProblem(await h.request("GET", theirs, { token }), 404, "not_found");
    expectProblem(await h.request("PATCH", theirs, { token, body: { secret: null } }), 404, "not_found");
    expectProblem(await h.request("POST", `${theirs}/test`, { token }), 404, "not_found");
    expectProblem(await h.request("GET", `${theirs}/deliveries`, { token }), 404, "not_found");
    expectProblem(await h.request("DELETE", theirs, { token }), 404, "not_found");
    const list = await h.request("GET", "/v1/tenants/other/webhooks", { token });
    expect(list.body.items.map((s: { id: string }) => s.id)).not.toContain(dt.id);
    const staff = await h.userWith(h.ours, ["dispatcher"]);
    expectProblem(await h.request("GET", `${base}/${dt.id}`, { token: staff.token }), 403, "forbidden");
    const still = await h.request("GET", `${base}/${dt.id}`, { token: h.ours.adminToken });
    expect(still.body).toMatchObject({ kind: "dingtalk", signed: true });
    await h.request("DELETE", `${base}/${dt.id}`, { token: h.ours.adminToken });
  });
});
