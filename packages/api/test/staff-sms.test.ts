import { deliveries, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryWorkerFor } from "../src/index.js";
import { categoryNamesOf, InboxFanout } from "../src/services/inbox/fanout.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { startSmsApi } from "./sms-api.js";

// 09:30 in Mengcheng on a Monday.
const START = "2026-11-16T01:30:00.000Z";
const KEY_ID = "LTAI5tPropgovStaff01";
const SECRET = "PropgovStaffSecret0123456789abc";
const REPORTER_PHONE = "13812345678";
const PREFS = "/v1/auth/me/notification-preferences";
const basePrefs = {
  email: { enabled: false, address: null },
  sms: { enabled: false, phone: null },
  eventTypes: "all",
  quietHours: null,
  locale: "zh",
};

describe.each(testDrivers())("staff SMS (their own channel, from the county's account) on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let api: Awaited<ReturnType<typeof startSmsApi>>;
  let fanout: InboxFanout;
  let nowFn: () => Date = () => new Date(START);
  const u: Record<string, { id: string; token: string }> = {};

  beforeAll(async () => {
    api = await startSmsApi(() => nowFn(), { [KEY_ID]: SECRET });
    h = await createHarness(driver, {
      startAt: START,
      notifications: {
        outbound: { allowPrivateAddresses: true, connectTimeoutMs: 2000, readTimeoutMs: 2000 },
        publicUrl: "https://wuye.example.cn",
      },
    });
    nowFn = h.deps.now;
    w = await seedCaseWorld(h);
    fanout = new InboxFanout({
      db: h.deps.db.db,
      now: h.deps.now,
      categoryNames: categoryNamesOf(h.deps),
      channels: { email: false, sms: true },
    });
    const settings = await h.request("PUT", `/v1/tenants/ours/settings`, {
      token: h.ours.adminToken,
      body: { outbound: { allowedHosts: ["127.0.0.1"] } },
    });
    expect(settings.status).toBe(200);
    for (const name of ["wang", "li", "quiet", "off"]) {
      u[name] = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    }
  }, 60_000);
  afterAll(async () => {
    await h?.destroy();
    await api?.close();
  });

  const SMS = "/v1/tenants/ours/sms-settings";
  const account = (staffTemplates?: Record<string, string>) => ({
    endpoint: api.endpoint,
    accessKeyId: KEY_ID,
    accessKeySecret: SECRET,
    signName: "蒙城县物业治理",
    templates: {},
    ...(staffTemplates ? { staffTemplates } : {}),
  });
  const put = (who: string, body: unknown) => h.request("PUT", PREFS, { token: u[who]?.token, body });
  const worker = () => deliveryWorkerFor(h.deps, { random: () => 0 });
  const textsTo = (phone: string) => api.received.filter((r) => r.params.PhoneNumbers === phone);
  const smsOf = (userId: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(deliveries)
        .where(
          and(
            eq(deliveries.tenantId, h.ours.id),
            eq(deliveries.channel, "sms"),
            eq(deliveries.targetId, userId),
          ),
        ),
    );

  it("answers 422 naming the template key for an unknown event or a bad code, and stores nothing", async () => {
    const bad: [Record<string, string>, string][] = [
      [{ "case.nonsense": "SMS_465980200" }, "body.staffTemplates"],
      [{ default: "465980200" }, "body.staffTemplates.default"],
    ];
    for (const [staffTemplates, path] of bad) {
      const res = await h.request("PUT", SMS, { token: h.ours.adminToken, body: account(staffTemplates) });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), path).toContain(path);
    }
    expectProblem(await h.request("GET", SMS, { token: h.ours.adminToken }), 404, "not_found");
  });

  it("texts nobody on staff while the county has no staff template, even with SMS on in their preferences", async () => {
    expect((await h.request("PUT", SMS, { token: h.ours.adminToken, body: account() })).body).toMatchObject({
      staffTemplates: {},
    });
    await put("wang", { ...basePrefs, sms: { enabled: true, phone: "13905581234" } });
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    await worker().runOnce();
    expect(await smsOf(u.wang?.id ?? "")).toEqual([]);
    expect(api.received).toEqual([]);
  });

  it("texts a filed case to staff who turned SMS on, signed, with title, number, deadline and link, never the reporter's phone", async () => {
    const res = await h.request("PUT", SMS, {
      token: h.ours.adminToken,
      body: account({ default: "SMS_465980200", "case.escalated": "SMS_465980201" }),
    });
    expect(res.status).toBe(200);
    expect(res.body.staffTemplates).toEqual({ default: "SMS_465980200", "case.escalated": "SMS_465980201" });
    await put("li", { ...basePrefs, sms: { enabled: true, phone: "13905585678" }, locale: "en" });
    await put("off", { ...basePrefs, sms: { enabled: false, phone: "13905580000" } });
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    const pass = await worker().runOnce();
    expect(api.refused).toEqual([]);
    expect(pass.delivered).toBe(2);
    const [zh] = textsTo("13905581234");
    expect(zh?.params).toMatchObject({ SignName: "蒙城县物业治理", TemplateCode: "SMS_465980200" });
    expect(zh?.templateParam).toEqual({
      title: "新案件受理",
      number: filed.number,
      deadline: "11/16 11:30",
      link: "https://wuye.example.cn/console/",
    });
    expect(textsTo("13905585678")[0]?.templateParam).toMatchObject({
      title: "Case filed",
      number: filed.number,
    });
    // SMS off: no delivery; the reporter's phone is in no text to staff.
    expect(await smsOf(u.off?.id ?? "")).toEqual([]);
    expect(textsTo("13905580000")).toEqual([]);
    for (const r of api.received) expect(r.raw).not.toContain(REPORTER_PHONE);
    expect((await smsOf(u.wang?.id ?? "")).at(-1)).toMatchObject({
      status: "delivered",
      lastStatusCode: 200,
    });
  });

  it("defers a text in quiet hours to their end; an emergency goes at once", async () => {
    await put("quiet", {
      ...basePrefs,
      sms: { enabled: true, phone: "13905589999" },
      quietHours: { start: "22:00", end: "07:00" },
    });
    // 23:00 in Mengcheng.
    h.advance(Date.parse("2026-11-16T15:00:00.000Z") - h.deps.now().getTime());
    const normal = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    await worker().runOnce();
    expect(textsTo("13905589999")).toEqual([]);
    const [waiting] = await smsOf(u.quiet?.id ?? "");
    expect(waiting?.nextAttemptAt.toISOString()).toBe("2026-11-16T23:00:00.000Z");
    const urgent = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w, { priority: "emergency" }));
    await fanout.runOnce();
    await worker().runOnce();
    expect(textsTo("13905589999").map((r) => r.templateParam.number)).toEqual([urgent.number]);
    h.advance(Date.parse("2026-11-16T23:00:00.000Z") - h.deps.now().getTime());
    await worker().runOnce();
    expect(textsTo("13905589999").map((r) => r.templateParam.number)).toEqual([urgent.number, normal.number]);
  });

  it("ends a pending text as a dead letter, unsent, when the user turns SMS off before it goes", async () => {
    await put("quiet", {
      ...basePrefs,
      sms: { enabled: true, phone: "13905589999" },
      quietHours: { start: "06:00", end: "07:30" },
    });
    // 07:10 in Mengcheng: inside the quiet hours.
    h.advance(Date.parse("2026-11-16T23:10:00.000Z") - h.deps.now().getTime());
    await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    const sent = textsTo("13905589999").length;
    await put("quiet", basePrefs);
    h.advance(30 * 60_000);
    await worker().runOnce();
    const last = (await smsOf(u.quiet?.id ?? ""))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .at(-1);
    expect(last).toMatchObject({ status: "dead", attempts: 1 });
    expect(last?.lastError).toMatch(/turned SMS off/);
    expect(textsTo("13905589999")).toHaveLength(sent);
  });
});
