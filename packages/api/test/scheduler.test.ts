import { outbox, scheduledNotices, withTenant } from "@propgov/db";
import { openPostgres } from "@propgov/db/postgres";
import { testDrivers } from "@propgov/db/testing";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scheduler } from "../src/services/scheduler/index.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";

const H = 3_600_000;
const M = 60_000;

describe.each(testDrivers())("the scheduler on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let scheduler: Scheduler;
  // Monday 16 November 2026, 09:30 in Mengcheng.
  const T0 = Date.parse("2026-11-16T01:30:00.000Z");

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: new Date(T0).toISOString() });
    w = await seedCaseWorld(h);
    scheduler = new Scheduler({
      deps: h.deps,
      onError: (error) => {
        throw error;
      },
    });
  });
  afterAll(async () => {
    await scheduler?.stop();
    await h?.destroy();
  });

  /** Moves the clock to the instant `t` (ms since the epoch). */
  const at = (t: number) => {
    const now = h.deps.now().getTime();
    if (t < now) throw new Error("the clock only moves forward");
    h.advance(t - now);
  };
  const events = (subjectId: string, tenantId = h.ours.id) =>
    withTenant(h.deps.db.db, tenantId, (tx) =>
      tx
        .select({ type: outbox.type, data: outbox.data, id: outbox.id })
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), eq(outbox.subjectId, subjectId)))
        .orderBy(asc(outbox.id)),
    );
  const notices = async (subjectId: string) =>
    (await events(subjectId))
      .filter((e) => /due_soon|overdue|escalated/.test(e.type))
      .map((e) => `${e.type}:${e.data.deadline}${e.data.unitId ? "@unit" : ""}`);

  let caseId = "";
  let due: { firstContact: number; resolution: number } = { firstContact: 0, resolution: 0 };

  it("reminds before a deadline at the mechanism's lead time, once, and reports it overdue when it passes", async () => {
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    caseId = filed.id;
    due = {
      firstContact: Date.parse(filed.firstContactDueAt),
      resolution: Date.parse(filed.resolutionDueAt),
    };
    expect(due.firstContact - Date.parse(filed.receivedAt)).toBe(2 * H);

    await scheduler.runOnce();
    expect(await notices(caseId)).toEqual([]);

    at(due.firstContact - 31 * M); // 31 minutes before: not yet
    await scheduler.runOnce();
    expect(await notices(caseId)).toEqual([]);

    at(due.firstContact - 30 * M); // the default lead time, 30 minutes
    const pass = await scheduler.runOnce();
    expect(pass?.counties.ours).toMatchObject({ dueSoon: 1, overdue: 0, escalated: 0 });
    await scheduler.runOnce(); // a second pass, or a second process, sends nothing again
    expect(await notices(caseId)).toEqual(["case.due_soon:firstContact"]);

    at(due.firstContact);
    await scheduler.runOnce();
    expect(await notices(caseId)).toEqual(["case.due_soon:firstContact", "case.overdue:firstContact"]);

    const [soon] = (await events(caseId)).filter((e) => e.type === "case.due_soon");
    expect(soon?.data).toMatchObject({
      caseId,
      number: filed.number,
      deadline: "firstContact",
      dueAt: new Date(due.firstContact).toISOString(),
      notice: "dueSoon",
      communityId: w.community.id,
    });
    // Never the reporter.
    expect(JSON.stringify(await events(caseId))).not.toContain("13812345678");
    expect(JSON.stringify(await events(caseId))).not.toContain("张三");
  });

  it("a whistled department's check-in has its own reminder and overdue notice, naming the department", async () => {
    const base = `/v1/tenants/ours/cases/${caseId}`;
    expect((await h.request("POST", `${base}/contact`, { token: h.ours.adminToken, body: {} })).status).toBe(
      200,
    );
    const whistle = await h.request("POST", `${base}/whistle`, { token: h.ours.adminToken, body: {} });
    expect(whistle.status).toBe(200);
    const checkInDue = Date.parse(whistle.body.departments[0].checkInDueAt);
    at(checkInDue - 30 * M);
    await scheduler.runOnce();
    at(checkInDue);
    await scheduler.runOnce();
    const mine = (await events(caseId)).filter((e) => e.data.deadline === "checkIn");
    expect(mine.map((e) => e.type)).toEqual(["case.due_soon", "case.overdue"]);
    expect(mine[1]?.data).toMatchObject({ unitId: w.departmentIds.housingCentre, unitType: "department" });
  });

  it("escalates an overdue case up the region tree: to the township (街道) after 24 h, to the county after 72 h", async () => {
    const other = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const dueAt = Date.parse(other.firstContactDueAt);
    at(dueAt + 23 * H);
    await scheduler.runOnce();
    expect(await notices(other.id)).toEqual(["case.overdue:firstContact"]);
    at(dueAt + 24 * H);
    await scheduler.runOnce();
    const climbed = (await events(other.id)).filter((e) => e.type === "case.escalated");
    expect(climbed.map((e) => e.data.escalatedTo)).toEqual([
      { level: "township", regionId: w.street.id, regionName: "城关街道" },
    ]);
    at(dueAt + 72 * H);
    await scheduler.runOnce();
    const all = (await events(other.id)).filter((e) => e.type === "case.escalated");
    expect(all.map((e) => (e.data.escalatedTo as { level: string }).level)).toEqual(["township", "county"]);
    expect(all[1]?.data.escalatedTo).toMatchObject({ regionId: null });
    // The record of what was said is append-only.
    await expect(
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.execute(sql`delete from scheduled_notices where subject_id = ${other.id}`),
      ),
    ).rejects.toThrow();
  });

  it("follows the county's mechanism: a lead time of 0 sends no reminder", async () => {
    const doc = (await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken })).body
      .document;
    doc.schedule = { ...doc.schedule, reminders: { ...doc.schedule.reminders, firstContactMinutes: 0 } };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    expect(put.status).toBe(200);
    const quiet = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const quietDue = Date.parse(quiet.firstContactDueAt);
    at(quietDue - 1 * M);
    await scheduler.runOnce();
    expect(await notices(quiet.id)).toEqual([]);
    at(quietDue);
    await scheduler.runOnce();
    expect(await notices(quiet.id)).toEqual(["case.overdue:firstContact"]);
    // A bad schedule is refused naming the field.
    doc.schedule.monthlyEvaluation = { day: 31 };
    const bad = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.errors)).toContain("schedule.monthlyEvaluation.day");
  });

  it("reminds a task's owner two days before its due date and reports it overdue after the day ends", async () => {
    // Now: Friday 20 November 2026, in the evening in Mengcheng.
    const res = await h.request("POST", "/v1/tenants/ours/tasks", {
      token: h.ours.adminToken,
      body: {
        title: "整改消防通道",
        ownerUnit: { unitType: "region", unitId: w.community.id },
        dueOn: "2026-11-25",
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const taskId = res.body.id as string;
    await scheduler.runOnce();
    expect(await notices(taskId)).toEqual([]);
    // 2 days before the end of 25 November (Asia/Shanghai): from 24 November 00:00.
    at(Date.parse("2026-11-23T16:00:00Z"));
    await scheduler.runOnce();
    expect(await notices(taskId)).toEqual(["task.due_soon:task"]);
    at(Date.parse("2026-11-25T16:00:00Z"));
    await scheduler.runOnce();
    expect(await notices(taskId)).toEqual(["task.due_soon:task", "task.overdue:task"]);
    const [overdue] = (await events(taskId)).filter((e) => e.type === "task.overdue");
    expect(overdue?.data).toMatchObject({
      taskId,
      dueOn: "2026-11-25",
      ownerUnit: { unitId: w.community.id },
    });
  });

  it("runs last month's evaluation on the configured day and hour, once", async () => {
    const evaluations = () =>
      h.request("GET", "/v1/tenants/ours/evaluations?period=2026-11", { token: h.ours.adminToken });
    // 1 December, 01:59 in Mengcheng: the default is the 1st from 02:00.
    at(Date.parse("2026-11-30T17:59:00Z"));
    let pass = await scheduler.runOnce();
    expect(pass?.counties.ours?.evaluated).toBeNull();
    expect((await evaluations()).body.items).toEqual([]);
    at(Date.parse("2026-11-30T18:00:00Z"));
    pass = await scheduler.runOnce();
    expect(pass?.counties.ours?.evaluated).toBe("2026-11");
    pass = await scheduler.runOnce();
    expect(pass?.counties.ours?.evaluated).toBeNull();
    const list = (await evaluations()).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ period: "2026-11" });
    // The other county has its own mechanism and its own run; ours never reaches into it.
    expect(pass?.counties.other).toBeDefined();
    const theirs = await withTenant(h.deps.db.db, h.other.id, (tx) =>
      tx.select().from(scheduledNotices).where(eq(scheduledNotices.subjectId, caseId)),
    );
    expect(theirs).toEqual([]);
  });

  it("one process leads at a time; when the leader stops another takes over", async () => {
    const a = new Scheduler({ deps: h.deps, lockName: `test:${driver}:handover` });
    const b = new Scheduler({ deps: h.deps, lockName: `test:${driver}:handover` });
    expect(await a.lead()).toBe(true);
    expect(await b.runOnce()).toBeNull();
    expect(b.leading).toBe(false);
    await a.stop();
    expect(await b.lead()).toBe(true);
    expect(await a.lead()).toBe(false);
    await b.stop();
  });
});

describe.runIf(testDrivers().includes("postgres"))(
  "the scheduler's leader lock on PostgreSQL (skipped without DATABASE_URL: PGlite has one connection)",
  () => {
    it("a leader whose connection dies loses the lock, and a process waiting takes over", async () => {
      const url = process.env.DATABASE_URL as string;
      const one = openPostgres(url, { max: 2 });
      const two = openPostgres(url, { max: 2 });
      const name = `test:leader:${process.pid}:${Date.now()}`;
      try {
        const held = await one.tryLock?.(name);
        expect(held).toBeTruthy();
        expect(await held?.held()).toBe(true);
        expect(await two.tryLock?.(name)).toBeNull();
        // The leader's connection is cut (a crash, a network failure).
        await two.client`select pg_terminate_backend(pid) from pg_locks
        where locktype = 'advisory' and granted and objid = hashtext(${name})::oid`;
        expect(await held?.held()).toBe(false);
        const next = await two.tryLock?.(name);
        expect(next).toBeTruthy();
        expect(await next?.held()).toBe(true);
        await next?.release();
        await held?.release();
      } finally {
        await one.close();
        await two.close();
      }
    });
  },
);
