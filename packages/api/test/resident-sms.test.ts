import { cases, deliveries, deliveryAttempts, outbox, smsSettings, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryWorkerFor } from "../src/index.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { startSmsApi } from "./sms-api.js";

// 09:30 in Mengcheng on a Monday.
const START = "2026-11-16T01:30:00.000Z";
const KEY_ID = "LTAI5tPropgovTest01";
const SECRET = "PropgovTestSecret0123456789abcd";
const PHONE = "13812345678";

describe.each(testDrivers())("resident SMS (Alibaba Cloud, V3 signing) on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let api: Awaited<ReturnType<typeof startSmsApi>>;
  let nowFn: () => Date = () => new Date(START);

  beforeAll(async () => {
    api = await startSmsApi(() => nowFn(), { [KEY_ID]: SECRET });
    h = await createHarness(driver, {
      startAt: START,
      notifications: {
        // The SMS API lives on loopback here: allowed only as an on-premise install allows it.
        outbound: { allowPrivateAddresses: true, connectTimeoutMs: 2000, readTimeoutMs: 2000 },
        publicUrl: "https://wuye.example.cn",
      },
    });
    nowFn = h.deps.now;
    w = await seedCaseWorld(h);
    const res = await h.request("PUT", `/v1/tenants/ours/settings`, {
      token: h.ours.adminToken,
      body: { outbound: { allowedHosts: ["127.0.0.1"] } },
    });
    expect(res.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await h?.destroy();
    await api?.close();
  });

  const SMS = (slug = "ours") => `/v1/tenants/${slug}/sms-settings`;
  const good = () => ({
    endpoint: api.endpoint,
    accessKeyId: KEY_ID,
    accessKeySecret: SECRET,
    signName: "蒙城县物业治理",
    templates: { "case.filed": "SMS_465980123", "case.resolved": "SMS_465980124" },
    trackingUrl: "https://wuye.example.cn/track",
  });
  const worker = () => deliveryWorkerFor(h.deps, { random: () => 0 });
  const smsOf = (caseId: string, tenantId = h.ours.id) =>
    withTenant(h.deps.db.db, tenantId, (tx) =>
      tx
        .select()
        .from(deliveries)
        .where(
          and(
            eq(deliveries.tenantId, tenantId),
            eq(deliveries.channel, "sms"),
            eq(deliveries.targetId, caseId),
          ),
        ),
    );
  const act = (id: string, verb: string, body: unknown = {}) =>
    h.request("POST", `/v1/tenants/ours/cases/${id}/${verb}`, { token: h.ours.adminToken, body });

  it("answers 422 naming the field for bad settings, and stores nothing", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ ...good(), accessKeySecret: undefined }, "body.accessKeySecret"],
      [{ ...good(), endpoint: "https://dysmsapi.aliyuncs.com" }, "body.endpoint"],
      [{ ...good(), endpoint: "ftp://127.0.0.1" }, "body.endpoint"],
      [{ ...good(), accessKeyId: "key id!" }, "body.accessKeyId"],
      [{ ...good(), signName: "" }, "body.signName"],
      [{ ...good(), templates: { "case.filed": "465980123" } }, "body.templates.case.filed"],
      [{ ...good(), templates: { "case.whistled": "SMS_465980123" } }, "body.templates"],
      [{ ...good(), trackingUrl: "http://wuye.example.cn/track" }, "body.trackingUrl"],
      [{ ...good(), provider: "tencent" }, "body.provider"],
    ];
    for (const [body, path] of bad) {
      const res = await h.request("PUT", SMS(), { token: h.ours.adminToken, body });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), path).toContain(path);
    }
    expectProblem(await h.request("GET", SMS(), { token: h.ours.adminToken }), 404, "not_found");
  });

  it("keeps each county's settings to itself, the secret sealed and masked", async () => {
    const res = await h.request("PUT", SMS(), { token: h.ours.adminToken, body: good() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      provider: "aliyun",
      endpoint: api.endpoint,
      accessKeyId: KEY_ID,
      accessKeySecret: "********abcd",
      signName: "蒙城县物业治理",
      enabled: true,
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    const got = await h.request("GET", SMS(), { token: h.ours.adminToken });
    expect(got.body).toEqual(res.body);
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) => tx.select().from(smsSettings));
    expect(row?.accessKeySecretCiphertext).toMatch(/^v1\./);
    expect(row?.accessKeySecretCiphertext).not.toContain(SECRET);
    // A later PUT without the secret keeps it.
    const again = await h.request("PUT", SMS(), {
      token: h.ours.adminToken,
      body: { ...good(), accessKeySecret: undefined },
    });
    expect(again.body.accessKeySecret).toBe("********abcd");
    // Another county's administrator, on our path: 404 for every verb; a staff member: 403.
    for (const method of ["GET", "PUT", "DELETE"]) {
      const r = await h.request(method, SMS(), {
        token: h.other.adminToken,
        body: method === "PUT" ? good() : undefined,
      });
      expectProblem(r, 404, "not_found");
    }
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    expectProblem(await h.request("GET", SMS(), { token: staff.token }), 403, "forbidden");
    // The other county has none of its own.
    expectProblem(await h.request("GET", SMS("other"), { token: h.other.adminToken }), 404, "not_found");
    expect(
      JSON.stringify(
        (await h.request("GET", `/v1/tenants/ours/audit-events`, { token: h.ours.adminToken })).body,
      ),
    ).not.toContain(SECRET);
  });

  let filed: Record<string, string> = {};

  it("texts the reporter when the case is received and resolved, signed, with number, status and tracking link", async () => {
    filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const pass = await worker().runOnce();
    expect(pass.delivered).toBe(1);
    expect(api.refused).toEqual([]);
    expect(api.received).toHaveLength(1);
    const first = api.received[0];
    expect(first?.params).toMatchObject({
      PhoneNumbers: PHONE,
      SignName: "蒙城县物业治理",
      TemplateCode: "SMS_465980123",
    });
    expect(first?.templateParam).toEqual({
      number: filed.number,
      status: "已受理",
      link: `https://wuye.example.cn/track?code=${encodeURIComponent(filed.trackingCode ?? "")}`,
    });
    // The text is sent TO the phone; the text itself, the outbox and the delivery log never carry it.
    expect(JSON.stringify(first?.templateParam)).not.toContain(PHONE);
    const [d] = await smsOf(filed.id ?? "");
    expect(d).toMatchObject({ channel: "sms", status: "delivered", attempts: 1, lastStatusCode: 200 });
    const log = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(deliveryAttempts)
        .where(eq(deliveryAttempts.deliveryId, d?.id ?? "")),
    );
    expect(log).toMatchObject([{ ok: true, attempt: 1, eventType: "case.filed" }]);
    expect(JSON.stringify(log)).not.toContain(PHONE);
    const messages = await withTenant(h.deps.db.db, h.ours.id, (tx) => tx.select().from(outbox));
    expect(JSON.stringify(messages)).not.toContain(PHONE);

    // A contact is not texted; the resolution is (awaiting the rating).
    expect((await act(filed.id ?? "", "contact")).status).toBe(200);
    expect((await act(filed.id ?? "", "resolve")).status).toBe(200);
    await worker().runOnce();
    expect(api.received.map((r) => r.templateParam.status)).toEqual(["已受理", "已办结，请评价"]);
    expect(api.received[1]?.params.TemplateCode).toBe("SMS_465980124");
    expect(await smsOf(filed.id ?? "")).toHaveLength(2);
  });

  it("texts nobody without a phone, for an event without a template, or where the county has no SMS", async () => {
    const before = api.received.length;
    const { reporter: _r, ...noPhone } = caseBody(w);
    const anonymousCase = await fileCaseVia(h, h.ours, h.ours.adminToken, noPhone);
    await worker().runOnce();
    expect(await smsOf(anonymousCase.id)).toEqual([]);
    // The status is on the public tracking view instead.
    const view = await h.request("GET", `/v1/tenants/ours/public/cases/${anonymousCase.trackingCode}`);
    expect(view.body.status).toBe("received");

    // Closing: no template for case.closed in our settings.
    expect((await act(filed.id ?? "", "close")).status).toBe(200);
    await worker().runOnce();
    expect(await smsOf(filed.id ?? "")).toHaveLength(2);

    // The other county has no SMS settings: its reporter is not texted.
    const otherWorld = await seedCaseWorld(h, h.other);
    const theirs = await fileCaseVia(h, h.other, h.other.adminToken, caseBody(otherWorld));
    await worker().runOnce();
    expect(await smsOf(theirs.id, h.other.id)).toEqual([]);

    // SMS turned off keeps the settings but texts nobody.
    await h.request("PUT", SMS(), { token: h.ours.adminToken, body: { ...good(), enabled: false } });
    const off = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await worker().runOnce();
    expect(await smsOf(off.id)).toEqual([]);
    await h.request("PUT", SMS(), { token: h.ours.adminToken, body: good() });
    expect(api.received).toHaveLength(before);
  });

  it("records a refused signature as a failed attempt and retries it with backoff", async () => {
    await h.request("PUT", SMS(), {
      token: h.ours.adminToken,
      body: { ...good(), accessKeySecret: "WrongSecret0123456789abcdefgh" },
    });
    const before = api.received.length;
    const c = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const pass = await worker().runOnce();
    expect(pass.failed).toBe(1);
    expect(api.refused).toEqual(["SignatureDoesNotMatch"]);
    const [d] = await smsOf(c.id);
    expect(d).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 400 });
    expect(d?.lastError).toContain("SignatureDoesNotMatch");
    expect(d?.nextAttemptAt.getTime()).toBeGreaterThan(h.deps.now().getTime());
    // Not due yet.
    await worker().runOnce();
    expect((await smsOf(c.id))[0]?.attempts).toBe(1);
    // The right secret, the backoff over: the retry goes through.
    await h.request("PUT", SMS(), { token: h.ours.adminToken, body: good() });
    h.advance(60_000);
    await worker().runOnce();
    expect((await smsOf(c.id))[0]).toMatchObject({ status: "delivered", attempts: 2 });
    expect(api.received).toHaveLength(before + 1);
  });

  it("stops texts about a case once its reporter opts out; unknown or another county's code is 404", async () => {
    const c = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const path = `/v1/tenants/ours/public/cases/${c.trackingCode.toLowerCase()}/sms-opt-out`;
    const res = await h.request("POST", path);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ number: c.number, smsOptedOut: true });
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
    // Idempotent: the first time stays.
    const again = await h.request("POST", path);
    expect(again.body.smsOptedOutAt).toBe(res.body.smsOptedOutAt);
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ at: cases.smsOptedOutAt }).from(cases).where(eq(cases.id, c.id)),
    );
    expect(row?.at?.toISOString()).toBe(res.body.smsOptedOutAt);

    // Opted out before the worker fanned the receipt out: no text is made, nor for the resolution.
    const before = api.received.length;
    await worker().runOnce();
    expect((await smsOf(c.id)).map((d) => d.status)).toEqual([]);
    expect((await act(c.id, "contact")).status).toBe(200);
    expect((await act(c.id, "resolve")).status).toBe(200);
    await worker().runOnce();
    expect(await smsOf(c.id)).toEqual([]);
    expect(api.received).toHaveLength(before);

    expectProblem(
      await h.request("POST", `/v1/tenants/ours/public/cases/ZZZZ-ZZZZ-ZZZZ/sms-opt-out`),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", `/v1/tenants/other/public/cases/${c.trackingCode}/sms-opt-out`),
      404,
      "not_found",
    );
  });

  it("drops a pending text unsent when the reporter opts out before its attempt", async () => {
    const c = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    // The API refuses this attempt (wrong secret), so the text waits for its retry.
    await h.request("PUT", SMS(), {
      token: h.ours.adminToken,
      body: { ...good(), accessKeySecret: "WrongSecret0123456789abcdefgh" },
    });
    await worker().runOnce();
    expect((await smsOf(c.id))[0]).toMatchObject({ status: "pending", attempts: 1 });
    await h.request("PUT", SMS(), { token: h.ours.adminToken, body: good() });
    expect(
      (await h.request("POST", `/v1/tenants/ours/public/cases/${c.trackingCode}/sms-opt-out`)).status,
    ).toBe(200);
    const before = api.received.length;
    h.advance(60_000);
    await worker().runOnce();
    const [d] = await smsOf(c.id);
    expect(d).toMatchObject({ status: "dead", attempts: 2 });
    expect(d?.lastError).toContain("opted out");
    expect(api.received).toHaveLength(before);
  });
});
