import { notifications, outbox, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryNamesOf, InboxFanout } from "../src/services/inbox/fanout.js";
import { Scheduler } from "../src/services/scheduler/index.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, type Harness } from "./harness.js";

describe.each(testDrivers())("the in-app inbox on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let fanout: InboxFanout;
  const u: Record<string, { id: string; token: string }> = {};

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
    w = await seedCaseWorld(h);
    fanout = new InboxFanout({ db: h.deps.db.db, now: h.deps.now, categoryNames: categoryNamesOf(h.deps) });
    u.staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    u.farStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.farCommunity.id });
    u.streetStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    u.officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: w.departmentIds.housingCentre ?? "",
    });
    u.dispatcher = await h.userWith(h.ours, ["dispatcher"]);
    u.theirs = await h.userWith(h.other, ["countyAdmin"]);
  });
  afterAll(() => h?.destroy());

  const inbox = (who: string, query = "") =>
    h.request("GET", `/v1/auth/me/notifications${query}`, { token: u[who]?.token ?? who });

  let filed: Record<string, string> = {};

  it("a filed case reaches its community's staff, in Chinese and English, and nobody else", async () => {
    filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    expect(await fanout.runOnce()).toBeGreaterThan(0);
    const res = await inbox("staff");
    expect(res.status).toBe(200);
    expect(res.body.unreadCount).toBe(1);
    const [item] = res.body.items;
    expect(item).toMatchObject({
      type: "case.filed",
      subjectType: "case",
      subjectId: filed.id,
      readAt: null,
      urgent: false,
      title: { zh: `新案件受理 · ${filed.number}`, en: `Case filed · ${filed.number}` },
    });
    // The category by its name in the county's mechanism, and the first-contact deadline in Mengcheng's time.
    expect(item.body.zh).toContain(filed.number);
    expect(item.body.zh).toMatch(/物业服务/);
    expect(item.body.zh).toContain("11/16 11:30");
    expect(JSON.stringify(item)).not.toContain("13812345678");
    for (const who of ["farStaff", "officer", "dispatcher", "streetStaff"]) {
      expect((await inbox(who)).body.items, who).toEqual([]);
    }
    // A second pass writes nothing again.
    expect(await fanout.runOnce()).toBe(0);
    expect((await inbox("staff")).body.items).toHaveLength(1);
  });

  it("a whistle reaches the summoned department's officers; an overdue check-in reaches them again", async () => {
    const base = `/v1/tenants/ours/cases/${filed.id}`;
    expect((await h.request("POST", `${base}/contact`, { token: h.ours.adminToken, body: {} })).status).toBe(
      200,
    );
    const whistle = await h.request("POST", `${base}/whistle`, { token: h.ours.adminToken, body: {} });
    expect(whistle.status).toBe(200);
    await fanout.runOnce();
    let mine = (await inbox("officer")).body.items;
    expect(mine.map((n: { type: string }) => n.type)).toEqual(["case.whistled"]);
    expect(mine[0].body.zh).toContain("请部门按时报到");

    const due = Date.parse(whistle.body.departments[0].checkInDueAt);
    h.advance(due - h.deps.now().getTime());
    await new Scheduler({ deps: h.deps }).runOnce();
    await fanout.runOnce();
    mine = (await inbox("officer")).body.items;
    expect(mine.map((n: { type: string }) => n.type)).toEqual(["case.overdue", "case.whistled"]);
    expect(mine[0].body.zh).toContain("部门报到已于");
    // The community does not get the department's deadline.
    expect((await inbox("staff")).body.items.map((n: { type: string }) => n.type)).not.toContain(
      "case.overdue",
    );
  });

  it("marks one read, then all; counts what is unread; lists only unread on request", async () => {
    const before = (await inbox("officer")).body;
    expect(before.unreadCount).toBe(2);
    const first = before.items[0].id;
    const read = await h.request("POST", `/v1/auth/me/notifications/${first}/read`, {
      token: u.officer?.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await h.request("POST", `/v1/auth/me/notifications/${first}/read`, {
      token: u.officer?.token,
    });
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(
      (await h.request("GET", "/v1/auth/me/notifications/unread-count", { token: u.officer?.token })).body,
    ).toEqual({ count: 1 });
    expect((await inbox("officer", "?unread=true")).body.items).toHaveLength(1);
    const all = await h.request("POST", "/v1/auth/me/notifications/read-all", { token: u.officer?.token });
    expect(all.body).toEqual({ updated: 1 });
    expect((await inbox("officer")).body.unreadCount).toBe(0);
  });

  it("pages with a cursor", async () => {
    const p1 = await inbox("officer", "?limit=1");
    expect(p1.body.items).toHaveLength(1);
    expect(p1.body.nextCursor).toBeTruthy();
    const p2 = await inbox("officer", `?limit=1&cursor=${p1.body.nextCursor}`);
    expect(p2.body.items).toHaveLength(1);
    expect(p2.body.items[0].id).not.toBe(p1.body.items[0].id);
    const badCursor = expectProblem(await inbox("officer", "?cursor=nonsense"), 400, "bad_request");
    expect(badCursor.errors?.[0]?.path).toBe("query.cursor");
    const badLimit = expectProblem(await inbox("officer", "?limit=0"), 400, "bad_request");
    expect(badLimit.errors?.[0]?.path).toBe("query.limit");
  });

  it("is private: no token 401, an API key 403, another user's or county's notification 404", async () => {
    const [theirItem] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(eq(notifications.userId, u.staff?.id ?? "")),
    );
    expect(theirItem).toBeDefined();
    expect((await h.request("GET", "/v1/auth/me/notifications")).status).toBe(401);
    const other = await h.request("POST", `/v1/auth/me/notifications/${theirItem?.id}/read`, {
      token: u.officer?.token,
    });
    expectProblem(other, 404, "not_found");
    const cross = await h.request("POST", `/v1/auth/me/notifications/${theirItem?.id}/read`, {
      token: u.theirs?.token,
    });
    expectProblem(cross, 404, "not_found");
    // The other county's admin hears of their own county only (here: their own monthly evaluation).
    const theirs = (await inbox("theirs")).body.items as {
      subjectType: string;
      data: Record<string, unknown>;
    }[];
    expect(theirs.filter((n) => n.subjectType === "case")).toEqual([]);
    const key = await h.request("POST", "/v1/tenants/ours/api-keys", {
      token: h.ours.adminToken,
      body: { name: "portal", roles: ["regionStaff"], scope: { regionId: w.community.id } },
    });
    expect(key.status).toBe(201);
    expectProblem(
      await h.request("GET", "/v1/auth/me/notifications", { token: key.body.key }),
      403,
      "forbidden",
    );
  });

  it("a department's check-in and completion reach the community in the outbox and inbox, not the department", async () => {
    const next = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const base = `/v1/tenants/ours/cases/${next.id}`;
    const admin = { token: h.ours.adminToken, body: {} };
    // A minute between the steps, so the outbox's ids (time-ordered) give their order.
    h.advance(60_000);
    expect((await h.request("POST", `${base}/contact`, admin)).status).toBe(200);
    const whistle = await h.request("POST", `${base}/whistle`, admin);
    expect(whistle.status).toBe(200);
    const department = w.departmentIds.housingCentre;
    const step = `${base}/departments/${department}`;
    const officer = { token: u.officer?.token };
    h.advance(60_000);
    expect(
      (await h.request("POST", `${step}/check-in`, { ...officer, body: { note: "已到场" } })).status,
    ).toBe(200);
    h.advance(60_000);
    expect(
      (await h.request("POST", `${step}/complete`, { ...officer, body: { outcome: "已维修楼道灯" } })).status,
    ).toBe(200);

    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(outbox).where(eq(outbox.subjectId, next.id)).orderBy(asc(outbox.id)),
    );
    expect(events.map((e) => e.type)).toEqual([
      "case.filed",
      "case.whistled",
      "case.checked_in",
      "case.completed",
    ]);
    expect(events[2]?.data).toMatchObject({
      caseId: next.id,
      departmentId: department,
      withinDeadline: true,
    });
    expect(events[3]?.data).toMatchObject({
      caseId: next.id,
      departmentId: department,
      outcome: "已维修楼道灯",
    });

    await fanout.runOnce();
    const staff = (await inbox("staff", "?unread=true")).body.items.filter(
      (n: { subjectId: string }) => n.subjectId === next.id,
    );
    // One fanout pass inboxes the three at one instant: compared as a set.
    type Item = { type: string; title: { en: string }; body: { zh: string } };
    const byType = new Map((staff as Item[]).map((n) => [n.type, n]));
    expect([...byType.keys()].sort()).toEqual(["case.checked_in", "case.completed", "case.filed"]);
    expect(byType.get("case.completed")?.body.zh).toContain("吹哨部门已办理完成");
    expect(byType.get("case.checked_in")?.title.en).toBe(`Department checked in · ${next.number}`);
    // The officer hears of the whistle, not of its own check-in; a county without a 12345 ticket spares the dispatcher.
    const theirs = (await inbox("officer", "?unread=true")).body.items.filter(
      (n: { subjectId: string }) => n.subjectId === next.id,
    );
    expect(theirs.map((n: { type: string }) => n.type)).toEqual(["case.whistled"]);
    const dispatcher = (await inbox("dispatcher")).body.items.filter(
      (n: { subjectId: string }) => n.subjectId === next.id,
    );
    expect(dispatcher).toEqual([]);
  });

  it("streams new notifications to a signed-in client (Server-Sent Events)", async () => {
    const controller = new AbortController();
    const res = await h.app.request("http://localhost/v1/auth/me/notifications/stream", {
      headers: { authorization: `Bearer ${u.staff?.token}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const until = async (needle: string) => {
      const deadline = Date.now() + 15_000;
      while (!text.includes(needle)) {
        if (Date.now() > deadline) throw new Error(`no '${needle}' in: ${text}`);
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
    };
    await until("event: ready");
    expect(text).toContain('"unreadCount":');
    const next = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    await fanout.runOnce();
    await until(next.number);
    const block = text.slice(text.indexOf("event: notification"));
    expect(block).toMatch(/^event: notification\ndata: .*\nid: ntf_[0-9A-Z]{26}\n/m);
    expect(block).toContain('"type":"case.filed"');
    controller.abort();
    await reader.cancel().catch(() => {});
  });
});
