import type { AddressInfo } from "node:net";
import { deliveries, deliveryAttempts, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryWorkerFor } from "../src/index.js";
import { smtpEmailSender } from "../src/node/smtp.js";
import { categoryNamesOf, InboxFanout } from "../src/services/inbox/fanout.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

/** A mail as the SMTP server received it, its subject and text decoded. */
interface Received {
  from: string;
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === "b"
      ? Buffer.from(data, "base64").toString("utf8")
      : Buffer.from(
          data
            .replace(/_/g, " ")
            .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    head
      .split("\r\n")
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body
              .replace(/=\r\n/g, "")
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            "latin1",
          ).toString("utf8")
        : body;
  return { subject: decodeWords(header("Subject")), text };
}

/** A real SMTP server on a free local port: it keeps what it receives and refuses `bounce@…`. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce@")) {
        const error = new Error("mailbox unavailable") as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("latin1");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const PREFS = "/v1/auth/me/notification-preferences";
const basePrefs = {
  email: { enabled: false, address: null },
  sms: { enabled: false, phone: null },
  eventTypes: "all",
  quietHours: null,
  locale: "zh",
};

describe.each(testDrivers())("personal channels (email, quiet hours) on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let fanout: InboxFanout;
  const u: Record<string, { id: string; token: string }> = {};

  beforeAll(async () => {
    smtp = await startSmtp();
    // 09:30 in Mengcheng on a Monday.
    h = await createHarness(driver, {
      startAt: "2026-11-16T01:30:00.000Z",
      notifications: {
        email: smtpEmailSender({
          url: `smtp://127.0.0.1:${smtp.port}`,
          from: "蒙城县物业治理平台 <noreply@mengcheng.example.cn>",
        }),
        publicUrl: "https://wuye.example.cn/",
      },
    });
    w = await seedCaseWorld(h);
    fanout = new InboxFanout({
      db: h.deps.db.db,
      now: h.deps.now,
      categoryNames: categoryNamesOf(h.deps),
      channels: { email: true },
    });
    u.staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    u.english = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    u.quiet = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    u.bounce = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    u.theirs = await h.userWith(h.other, ["countyAdmin"]);
  }, 60_000);
  afterAll(async () => {
    await h?.destroy();
    await smtp?.close();
  });

  const put = (who: string, body: unknown) => h.request("PUT", PREFS, { token: u[who]?.token, body });
  const worker = () => deliveryWorkerFor(h.deps, { random: () => 0 });
  const deliveriesOf = (userId: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(deliveries)
        .where(and(eq(deliveries.tenantId, h.ours.id), eq(deliveries.targetId, userId))),
    );

  it("keeps each user's own preferences: defaults first, replaced by PUT, nobody else's reachable", async () => {
    expect((await h.request("GET", PREFS, { token: u.staff?.token })).body).toEqual(basePrefs);
    const mine = {
      ...basePrefs,
      email: { enabled: true, address: "wang@mengcheng.example.cn" },
      sms: { enabled: false, phone: "+86 139 0558 1234" },
      eventTypes: ["case.filed", "case.escalated", "case.filed"],
    };
    const res = await put("staff", mine);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...mine,
      sms: { enabled: false, phone: "13905581234" },
      eventTypes: ["case.filed", "case.escalated"],
    });
    expect((await h.request("GET", PREFS, { token: u.staff?.token })).body).toEqual(res.body);
    // Another user of the county, and a user of another county, see their own (the defaults).
    expect((await h.request("GET", PREFS, { token: u.english?.token })).body).toEqual(basePrefs);
    expect((await h.request("GET", PREFS, { token: u.theirs?.token })).body).toEqual(basePrefs);
    expectProblem(await h.request("GET", PREFS), 401, "unauthenticated");
    expectProblem(await h.request("PUT", PREFS, { body: mine }), 401, "unauthenticated");
    // A platform administrator has no county inbox, hence no preferences.
    expectProblem(await h.request("GET", PREFS, { token: h.rootToken }), 403, "forbidden");

    await put("english", {
      ...basePrefs,
      email: { enabled: true, address: "li@mengcheng.example.cn" },
      locale: "en",
    });
    await put("bounce", { ...basePrefs, email: { enabled: true, address: "bounce@mengcheng.example.cn" } });
  });

  it("answers 422 naming the field for bad input", async () => {
    const cases: [unknown, string][] = [
      [{ ...basePrefs, email: { enabled: true, address: "not-an-address" } }, "body.email.address"],
      [{ ...basePrefs, email: { enabled: true, address: null } }, "body.email.address"],
      [{ ...basePrefs, sms: { enabled: true, phone: "0558-7123456" } }, "body.sms.phone"],
      [{ ...basePrefs, sms: { enabled: true, phone: null } }, "body.sms.phone"],
      [{ ...basePrefs, quietHours: { start: "25:00", end: "07:00" } }, "body.quietHours.start"],
      [{ ...basePrefs, quietHours: { start: "22:00", end: "22:00" } }, "body.quietHours.end"],
      [{ ...basePrefs, eventTypes: ["case.nonsense"] }, "body.eventTypes"],
      [{ ...basePrefs, locale: "fr" }, "body.locale"],
      [{ ...basePrefs, channel: "fax" }, "body"],
    ];
    for (const [body, path] of cases) {
      const res = await put("staff", body);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), path).toContain(path);
    }
    // Nothing was stored by the refused requests.
    expect((await h.request("GET", PREFS, { token: u.staff?.token })).body.email.address).toBe(
      "wang@mengcheng.example.cn",
    );
  });

  let filed: Record<string, string> = {};

  it("emails a filed case to the recipients who turned email on, in their language, without the reporter's phone", async () => {
    filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    const pass = await worker().runOnce();
    expect(pass.delivered).toBe(2);
    expect(pass.failed).toBe(1);
    const zh = smtp.received.find((m) => m.to.includes("wang@mengcheng.example.cn"));
    const en = smtp.received.find((m) => m.to.includes("li@mengcheng.example.cn"));
    expect(smtp.received).toHaveLength(2);
    expect(zh?.from).toBe("noreply@mengcheng.example.cn");
    expect(zh?.subject).toBe(`新案件受理 · ${filed.number}`);
    expect(zh?.text).toContain(`案件编号：${filed.number}`);
    expect(zh?.text).toContain("11/16 11:30");
    expect(zh?.text).toContain("查看：https://wuye.example.cn/console/");
    expect(en?.subject).toBe(`Case filed · ${filed.number}`);
    expect(en?.text).toContain(`Case number: ${filed.number}`);
    for (const m of smtp.received) {
      expect(m.raw).not.toContain("13812345678");
      expect(m.text).not.toContain("13812345678");
      expect(m.text).not.toContain("张三");
    }
    // The delivery and its log, as for webhooks.
    const [d] = await deliveriesOf(u.staff?.id ?? "");
    expect(d).toMatchObject({ channel: "email", status: "delivered", attempts: 1 });
    const log = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(deliveryAttempts)
        .where(eq(deliveryAttempts.deliveryId, d?.id ?? "")),
    );
    expect(log).toMatchObject([{ ok: true, attempt: 1, eventType: "case.filed" }]);
    // Users without email on have none.
    expect(await deliveriesOf(u.quiet?.id ?? "")).toEqual([]);
  });

  it("retries a refused address with backoff, logging the SMTP code", async () => {
    const [d] = await deliveriesOf(u.bounce?.id ?? "");
    expect(d).toMatchObject({ channel: "email", status: "pending", attempts: 1, lastStatusCode: 550 });
    expect(d?.lastError).toMatch(/^smtp: /);
    expect(d?.nextAttemptAt.getTime()).toBeGreaterThan(h.deps.now().getTime());
    // Not due yet: a pass sends nothing to it.
    await worker().runOnce();
    expect((await deliveriesOf(u.bounce?.id ?? ""))[0]?.attempts).toBe(1);
    // The user turns email off: the next attempt ends it as a dead letter, nothing sent.
    await put("bounce", basePrefs);
    h.advance(10 * 60_000);
    const before = smtp.received.length;
    await worker().runOnce();
    expect((await deliveriesOf(u.bounce?.id ?? ""))[0]).toMatchObject({ status: "dead", attempts: 2 });
    expect(smtp.received).toHaveLength(before);
  });

  it("defers email in quiet hours to their end in the county's zone; emergencies go at once", async () => {
    await put("quiet", {
      ...basePrefs,
      email: { enabled: true, address: "zhao@mengcheng.example.cn" },
      quietHours: { start: "22:00", end: "07:00" },
    });
    // 23:00 in Mengcheng (15:00 UTC).
    h.advance(Date.parse("2026-11-16T15:00:00.000Z") - h.deps.now().getTime());
    const normal = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    await worker().runOnce();
    const toZhao = () => smtp.received.filter((m) => m.to.includes("zhao@mengcheng.example.cn"));
    expect(toZhao()).toEqual([]);
    const [waiting] = await deliveriesOf(u.quiet?.id ?? "");
    // 07:00 the next morning in Mengcheng.
    expect(waiting).toMatchObject({ status: "pending", attempts: 0 });
    expect(waiting?.nextAttemptAt.toISOString()).toBe("2026-11-16T23:00:00.000Z");

    const urgent = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w, { priority: "emergency" }));
    await fanout.runOnce();
    await worker().runOnce();
    expect(toZhao().map((m) => m.subject)).toEqual([`【紧急】新案件受理 · ${urgent.number}`]);

    // At 07:00 the deferred one goes out.
    h.advance(Date.parse("2026-11-16T23:00:00.000Z") - h.deps.now().getTime());
    await worker().runOnce();
    expect(toZhao().map((m) => m.subject)).toEqual([
      `【紧急】新案件受理 · ${urgent.number}`,
      `新案件受理 · ${normal.number}`,
    ]);
  });

  it("emails only the event types a user chose", async () => {
    // The staff user chose case.filed and case.escalated: a contact (case.contacted is no message) and
    // a resolution are not emailed, while the inbox still has them.
    const before = smtp.received.filter((m) => m.to.includes("wang@mengcheng.example.cn")).length;
    const base = `/v1/tenants/ours/cases/${filed.id}`;
    expect((await h.request("POST", `${base}/contact`, { token: h.ours.adminToken, body: {} })).status).toBe(
      200,
    );
    const resolved = await h.request("POST", `${base}/resolve`, {
      token: h.ours.adminToken,
      body: {},
    });
    expect(resolved.status).toBe(200);
    await fanout.runOnce();
    await worker().runOnce();
    expect(smtp.received.filter((m) => m.to.includes("wang@mengcheng.example.cn"))).toHaveLength(before);
    // The English user chose everything: the resolution reached them.
    expect(
      smtp.received.filter((m) => m.to.includes("li@mengcheng.example.cn")).map((m) => m.subject),
    ).toContain(`Case resolved · ${filed.number}`);
  });
});
