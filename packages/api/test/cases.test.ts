import { dateInZone } from "@propgov/core";
import { departments, tenants, withPlatform, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouter } from "../src/router.js";
import { registerCaseRoutes } from "../src/routes/cases/index.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDrivers())("cases on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let otherWorld: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
    w = await seedCaseWorld(h);
    otherWorld = await seedCaseWorld(h, h.other);
  });
  afterAll(() => h?.destroy());

  /** A department's id by roster code, in our tenant and in the other one. */
  const idOf = (world: CaseWorld, code: string) => {
    const id = world.departmentIds[code];
    if (!id) throw new Error(`no department ${code}`);
    return id;
  };
  const dep = (code: string) => idOf(w, code);
  const theirDep = (code: string) => idOf(otherWorld, code);
  const base = "/v1/tenants/ours/cases";
  const admin = () => h.ours.adminToken;
  const file = (overrides: Record<string, unknown> = {}, token = admin()) =>
    fileCaseVia(h, h.ours, token, caseBody(w, overrides));
  const act = (id: string, action: string, body?: unknown, token = admin()) =>
    h.request("POST", `${base}/${id}/${action}`, { token, ...(body === undefined ? {} : { body }) });
  /** An action that must succeed; the case after it. */
  const ok = async (id: string, action: string, body?: unknown, token = admin()) => {
    const res = await act(id, action, body, token);
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const get = async (id: string) => (await h.request("GET", `${base}/${id}`, { token: admin() })).body;
  /** Every case a query lists, following the cursor. */
  const listAll = async (query = "", token = admin()) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const sep = query ? "&" : "";
      const res = await h.request(
        "GET",
        `${base}?${query}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        { token },
      );
      if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
      ids.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    return ids;
  };
  const yearOf = (at: string) => dateInZone(new Date(at), "Asia/Shanghai").slice(0, 4);
  const tick = () => h.advance(60_000);
  /** Moves the clock a long way: sessions expire after 30 days, so the admins sign in again. */
  const advanceDays = async (days: number) => {
    h.advance(days * DAY);
    h.ours.adminToken = await h.login("ours", "admin");
    h.other.adminToken = await h.login("other", "admin");
    h.rootToken = await h.login(undefined, "root");
  };

  it("numbers cases per tenant and year: the slug's first two letters unless settings say otherwise", async () => {
    const first = await file();
    const second = await file();
    const year = yearOf(first.receivedAt);
    expect(first.number).toBe(`OU-${year}-000001`);
    expect(second.number).toBe(`OU-${year}-000002`);
    const theirs = await fileCaseVia(h, h.other, h.other.adminToken, caseBody(otherWorld));
    expect(theirs.number).toBe(`OT-${year}-000001`);
    await withPlatform(h.deps.db.db, (tx) =>
      tx
        .update(tenants)
        .set({ settings: { caseNumberPrefix: "GY" } })
        .where(eq(tenants.id, h.other.id)),
    );
    const renamed = await fileCaseVia(h, h.other, h.other.adminToken, caseBody(otherWorld));
    expect(renamed.number).toBe(`GY-${year}-000002`);
    // A case received last year (a forwarded hotline ticket) takes a number of that year.
    const lastYear = `${Number(year) - 1}-12-31T12:00:00+08:00`;
    const late = await file({ receivedAt: lastYear });
    expect(late.number).toBe(`OU-${Number(year) - 1}-000001`);
    expect((await file()).number).toBe(`OU-${year}-000003`);
    expect(first.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(first.trackingCode).not.toBe(second.trackingCode);
  });

  it("runs the whole path: received → contacted → whistled → checked in → completed → resolved → rated → closed", async () => {
    const filed = await file({ gridId: w.grid, location: { text: "3号楼2单元" } });
    expect(filed).toMatchObject({
      status: "received",
      round: 1,
      category: { code: "serviceQuality", name: { zh: "物业服务质量" } },
      kind: "complaint",
      compound: { id: w.sunshine, name: "阳光花园" },
      gridId: w.grid,
      communityId: w.community.id,
      guarantor: { userId: null, name: "王网格员" },
      location: { text: "3号楼2单元" },
      channel: "hotline12345",
      reporter: { name: "张三", phone: "138****5678", phoneMasked: true },
      contactedAt: null,
      departments: [],
      allowedActions: ["contact", "return", "reassign", "requestExtension", "supervise", "cancel", "merge"],
      overdue: { firstContact: false, checkIn: false, resolution: false, any: false },
    });
    const received = Date.parse(filed.receivedAt);
    expect(Date.parse(filed.firstContactDueAt) - received).toBe(2 * HOUR);
    expect(Date.parse(filed.resolutionDueAt) - received).toBe(5 * DAY);
    const id = filed.id as string;
    expect(id).toMatch(/^cas_[0-9A-Z]{26}$/);

    tick();
    const contacted = await ok(id, "contact", { note: "已电话联系" });
    expect(contacted.status).toBe("contacted");
    expect(contacted.contactedAt).not.toBeNull();
    expect(contacted.allowedActions).toEqual([
      "resolve",
      "whistle",
      "return",
      "reassign",
      "requestExtension",
      "supervise",
      "cancel",
      "merge",
    ]);

    tick();
    // No departments named: the category's default ones (serviceQuality → housingCentre).
    const whistled = await ok(id, "whistle");
    expect(whistled.status).toBe("whistled");
    expect(whistled.departments).toHaveLength(1);
    const [dept] = whistled.departments;
    expect(dept).toMatchObject({
      departmentId: dep("housingCentre"),
      code: "housingCentre",
      round: 1,
      checkedInAt: null,
      completedAt: null,
      outcome: null,
      checkInOverdue: false,
    });
    expect(Date.parse(dept.checkInDueAt) - Date.parse(dept.notifiedAt)).toBe(2 * HOUR);
    expect(whistled.allowedActions).toEqual([
      "whistle",
      "checkIn",
      "return",
      "reassign",
      "requestExtension",
      "supervise",
      "cancel",
      "merge",
    ]);

    const step = `departments/${dep("housingCentre")}`;
    tick();
    const checkedIn = await ok(id, `${step}/check-in`, { note: "已到场" });
    expect(checkedIn.status).toBe("checkedIn");
    expect(checkedIn.departments[0].checkedInAt).not.toBeNull();
    tick();
    const completed = await ok(id, `${step}/complete`, { outcome: "已责令物业修复电梯" });
    expect(completed.status).toBe("completed");
    expect(completed.departments[0].outcome).toBe("已责令物业修复电梯");
    expect(completed.allowedActions).toEqual(["resolve", "whistle", "requestExtension", "supervise"]);
    tick();
    const resolved = await ok(id, "resolve", {});
    expect(resolved).toMatchObject({ status: "resolved", resolvedOnSpot: false });
    tick();
    const rated = await ok(id, "rate", { rating: "satisfied", comment: "满意" });
    expect(rated).toMatchObject({ status: "rated", rating: "satisfied", round: 1 });
    tick();
    const closed = await ok(id, "close");
    expect(closed.status).toBe("closed");
    expect(closed.allowedActions).toEqual(["reopen"]);

    const full = await get(id);
    expect(full.status).toBe("closed");
    const { timeline } = full;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "contacted",
      "whistled",
      "checkedIn",
      "completed",
      "resolved",
      "rated",
      "closed",
    ]);
    expect(timeline.map((e: { status: string }) => e.status)).toEqual([
      "received",
      "contacted",
      "whistled",
      "checkedIn",
      "completed",
      "resolved",
      "rated",
      "closed",
    ]);
    for (const e of timeline) {
      expect(e.actor).toEqual({ type: "user", id: h.ours.adminId, name: "蒙城县管理员" });
      expect(e.id).toMatch(/^cev_/);
      expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const times = timeline.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    expect(timeline[0].at).toBe(full.receivedAt);
    expect(timeline[1].at).toBe(full.contactedAt);
    expect(timeline[1].payload).toMatchObject({ note: "已电话联系", withinDeadline: true });
    expect(timeline[2].payload).toMatchObject({ departmentIds: [dep("housingCentre")] });
    expect(timeline[4].payload).toMatchObject({ outcome: "已责令物业修复电梯" });
    expect(timeline[5].at).toBe(full.resolvedAt);
    expect(timeline[6].payload).toMatchObject({ rating: "satisfied", comment: "满意" });
    expect(timeline[7].at).toBe(full.closedAt);
    // Never the reporter's phone in the history.
    expect(JSON.stringify(timeline)).not.toContain("13812345678");
  });

  it("whistles the departments the staff pick, and more of them later; unknown ones are named", async () => {
    const { id } = await file({
      category: "illegalConstruction",
      description: "楼顶违建阳光房，影响邻居采光。",
    });
    await ok(id, "contact");
    const bad = await act(id, "whistle", { departmentIds: ["dep_00000000000000000000000000"] });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad)).toEqual(["body.departmentIds.0"]);
    const theirs = await act(id, "whistle", {
      departmentIds: [dep("police"), theirDep("police")],
    });
    expect(failingPaths(theirs)).toEqual(["body.departmentIds.1"]);
    const malformed = await act(id, "whistle", { departmentIds: ["police"] });
    expectProblem(malformed, 422, "unprocessable");
    expect(failingPaths(malformed)).toEqual(["body.departmentIds.0"]);
    // Nothing was summoned by the refused whistles.
    expect((await get(id)).departments).toEqual([]);

    const picked = await ok(id, "whistle", {
      departmentIds: [dep("police"), dep("fireRescue")],
      note: "需公安、消防到场",
    });
    expect(picked.departments.map((d: { code: string }) => d.code)).toEqual(["police", "fireRescue"]);
    await ok(id, `departments/${dep("police")}/check-in`);
    const both = await ok(id, `departments/${dep("fireRescue")}/check-in`);
    expect(both.status).toBe("checkedIn");
    // A further whistle: the category's defaults join; the case waits for their check-in again.
    const more = await ok(id, "whistle", {});
    expect(more.status).toBe("whistled");
    expect(more.departments.map((d: { code: string }) => d.code)).toEqual([
      "police",
      "fireRescue",
      "urbanManagement",
      "naturalResources",
    ]);
    // Naming only departments already summoned is a conflict.
    const again = await act(id, "whistle", { departmentIds: [dep("police")] });
    expectProblem(again, 409, "conflict");
    expect(again.body.currentStatus).toBe("whistled");
    // A department that was not summoned is not found on this case.
    const stranger = await act(id, `departments/${dep("powerSupply")}/check-in`);
    expectProblem(stranger, 404, "not_found");

    // An archived department cannot be summoned.
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .update(departments)
        .set({ archivedAt: new Date() })
        .where(and(eq(departments.tenantId, h.ours.id), eq(departments.id, dep("telecom")))),
    );
    const archived = await act(id, "whistle", { departmentIds: [dep("telecom")] });
    expect(failingPaths(archived)).toEqual(["body.departmentIds.0"]);
  });

  it("resolves on the spot, and closes without a rating", async () => {
    const { id } = await file();
    await ok(id, "contact");
    const resolved = await ok(id, "resolve", { note: "当场协调物业修复" });
    expect(resolved).toMatchObject({ status: "resolved", resolvedOnSpot: true, departments: [] });
    expect(resolved.allowedActions).toEqual(["rate", "callback", "close", "reopen"]);
    const closed = await ok(id, "close", {});
    expect(closed.status).toBe("closed");
    const { timeline } = await get(id);
    expect(timeline.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "contacted",
      "resolved",
      "closed",
    ]);
    expect(timeline[2].payload).toMatchObject({ onSpot: true, note: "当场协调物业修复" });
  });

  it("an unsatisfied rating reopens the case in a new round with fresh deadlines", async () => {
    const { id } = await file();
    await ok(id, "contact");
    await ok(id, "whistle", { departmentIds: [dep("housingCentre")] });
    await ok(id, `departments/${dep("housingCentre")}/check-in`);
    await ok(id, `departments/${dep("housingCentre")}/complete`, { outcome: "已处理" });
    await ok(id, "resolve");
    h.advance(HOUR);
    const reopened = await ok(id, "rate", { rating: "unsatisfied", comment: "电梯还是坏的" });
    expect(reopened).toMatchObject({
      status: "received",
      round: 2,
      rating: "unsatisfied",
      contactedAt: null,
      resolvedAt: null,
      resolvedOnSpot: null,
      allowedActions: ["contact", "return", "reassign", "requestExtension", "supervise", "cancel", "merge"],
    });
    const started = Date.parse(reopened.roundStartedAt);
    expect(started).toBeGreaterThan(Date.parse(reopened.receivedAt));
    expect(Date.parse(reopened.firstContactDueAt) - started).toBe(2 * HOUR);
    expect(Date.parse(reopened.resolutionDueAt) - started).toBe(5 * DAY);
    // Round 1's department stays on record; round 2 starts with none summoned.
    expect(reopened.departments.map((d: { round: number }) => d.round)).toEqual([1]);

    const { timeline } = await get(id);
    const [rated, again] = timeline.slice(-2);
    expect(rated).toMatchObject({ type: "rated", status: "rated", payload: { rating: "unsatisfied" } });
    expect(rated.actor.type).toBe("user");
    expect(again).toMatchObject({
      type: "reopened",
      status: "received",
      actor: { type: "system", id: null, name: null },
      payload: { because: "unsatisfied", firstContactDueAt: reopened.firstContactDueAt },
    });
    expect(Date.parse(again.at)).toBeGreaterThan(Date.parse(rated.at));

    // Round 2 runs like round 1, and may summon the same department again.
    await ok(id, "contact");
    const round2 = await ok(id, "whistle", { departmentIds: [dep("housingCentre")] });
    expect(round2.status).toBe("whistled");
    expect(round2.departments.map((d: { round: number }) => d.round)).toEqual([1, 2]);
  });

  it("reopens on a new report within the window, and refuses after it", async () => {
    const soon = await file();
    await ok(soon.id, "contact");
    await ok(soon.id, "resolve");
    const late = await file();
    await ok(late.id, "contact");
    await ok(late.id, "resolve");
    await ok(late.id, "close");

    h.advance(DAY);
    const reopened = await ok(soon.id, "reopen", { note: "居民再次反映" });
    expect(reopened).toMatchObject({ status: "received", round: 2 });
    const { timeline } = await get(soon.id);
    expect(timeline.at(-1)).toMatchObject({
      type: "reopened",
      status: "received",
      actor: { type: "user", id: h.ours.adminId },
      payload: { note: "居民再次反映" },
    });

    // The anhui-3338 preset keeps the default window of 30 days after resolution.
    await advanceDays(30);
    const refused = await act(late.id, "reopen", {});
    const problem = expectProblem(refused, 409, "conflict");
    expect(problem.detail).toMatch(/reopen window of 30 days/);
    expect(refused.body.currentStatus).toBe("closed");
    expect(refused.body.allowedActions).toEqual(["reopen"]);
    expect((await get(late.id)).status).toBe("closed");
  });

  it("cancels a duplicate or invalid case with a reason", async () => {
    const { id } = await file();
    const missing = await act(id, "cancel", {});
    expectProblem(missing, 422, "unprocessable");
    expect(failingPaths(missing)).toEqual(["body.reason"]);
    const wrong = await act(id, "cancel", { reason: "boring" });
    expect(failingPaths(wrong)).toEqual(["body.reason"]);
    const cancelled = await ok(id, "cancel", { reason: "duplicate", note: "与前一件重复" });
    expect(cancelled).toMatchObject({ status: "cancelled", cancelReason: "duplicate", allowedActions: [] });
    expect(cancelled.cancelledAt).not.toBeNull();
    const { timeline } = await get(id);
    expect(timeline.at(-1)).toMatchObject({
      type: "cancelled",
      status: "cancelled",
      payload: { reason: "duplicate", note: "与前一件重复" },
    });
  });

  it("refuses every action the state does not allow with 409 naming the status and the allowed actions", async () => {
    const received = await file();
    const dept = dep("housingCentre");
    const refusedOnReceived: [string, unknown][] = [
      ["resolve", undefined],
      ["whistle", {}],
      [`departments/${dept}/check-in`, undefined],
      [`departments/${dept}/complete`, { outcome: "x" }],
      ["rate", { rating: "satisfied" }],
      ["close", undefined],
      ["reopen", undefined],
    ];
    for (const [action, body] of refusedOnReceived) {
      const res = await act(received.id, action, body);
      expectProblem(res, 409, "conflict");
      expect(res.body, action).toMatchObject({
        status: 409,
        currentStatus: "received",
        allowedActions: ["contact", "return", "reassign", "requestExtension", "supervise", "cancel", "merge"],
      });
    }
    const contacted = await ok(received.id, "contact");
    expect(contacted.status).toBe("contacted");
    const twice = await act(received.id, "contact");
    expect(twice.body).toMatchObject({
      currentStatus: "contacted",
      allowedActions: [
        "resolve",
        "whistle",
        "return",
        "reassign",
        "requestExtension",
        "supervise",
        "cancel",
        "merge",
      ],
    });

    // A department completes only after it checked in.
    await ok(received.id, "whistle");
    const early = await act(received.id, `departments/${dept}/complete`, { outcome: "x" });
    expectProblem(early, 409, "conflict");
    expect(early.body).toMatchObject({
      currentStatus: "whistled",
      allowedActions: [
        "whistle",
        "checkIn",
        "return",
        "reassign",
        "requestExtension",
        "supervise",
        "cancel",
        "merge",
      ],
    });
    expect(early.body.detail).toMatch(/checks in/);

    const cancelled = await ok(received.id, "cancel", { reason: "invalid" });
    for (const action of ["contact", "resolve", "close", "reopen"]) {
      const res = await act(cancelled.id, action);
      expectProblem(res, 409, "conflict");
      expect(res.body).toMatchObject({ currentStatus: "cancelled", allowedActions: [] });
    }
    const lateCancel = await act(cancelled.id, "cancel", { reason: "duplicate" });
    expect(lateCancel.body.currentStatus).toBe("cancelled");
    // Nothing refused left a trace in the timeline.
    const { timeline } = await get(received.id);
    expect(timeline.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "contacted",
      "whistled",
      "cancelled",
    ]);
  });

  it("refuses bad input, naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ category: "noSuchThing" }, "body.category"],
      [{ category: "Not A Code" }, "body.category"],
      [{ compoundId: otherWorld.sunshine }, "body.compoundId"],
      [{ compoundId: w.archived }, "body.compoundId"],
      [{ compoundId: w.happy, gridId: w.grid }, "body.gridId"],
      [{ reporter: { name: "张三", phone: "1381234567" } }, "body.reporter.phone"],
      [{ receivedAt: new Date(h.deps.now().getTime() + 2 * DAY).toISOString() }, "body.receivedAt"],
      [{ receivedAt: "yesterday" }, "body.receivedAt"],
      [{ description: "坏" }, "body.description"],
      [{ photos: ["ftp://example.com/a.jpg"] }, "body.photos.0"],
      [{ channel: "fax" }, "body.channel"],
      [{ location: { lat: 33.2 } }, "body.location.lat"],
      [{ extra: 1 }, "body"],
    ];
    for (const [overrides, path] of cases) {
      const res = await h.request("POST", base, { token: admin(), body: caseBody(w, overrides) });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), JSON.stringify(overrides)).toEqual([path]);
    }
    const rate = await act((await file()).id, "rate", { rating: "great" });
    expect(failingPaths(rate)).toEqual(["body.rating"]);
    const badId = await h.request("GET", `${base}/cas_nope`, { token: admin() });
    expectProblem(badId, 400, "bad_request");
    expect(failingPaths(badId)).toEqual(["param.id"]);
    const badDept = await act((await file()).id, "departments/police/check-in");
    expect(failingPaths(badDept)).toEqual(["param.departmentId"]);
    const unknown = await h.request("GET", `${base}/cas_00000000000000000000000000`, { token: admin() });
    expectProblem(unknown, 404, "not_found");
    // A case received earlier (a forwarded ticket) keeps its deadlines from then.
    const earlier = new Date(h.deps.now().getTime() - 3 * HOUR);
    const past = await file({
      receivedAt: earlier.toISOString(),
      channel: "inspection",
      reporter: undefined,
    });
    expect(past.receivedAt).toBe(earlier.toISOString());
    expect(past.reporter).toBeNull();
    expect(past.channel).toBe("inspection");
    expect(Date.parse(past.firstContactDueAt)).toBe(earlier.getTime() + 2 * HOUR);
  });

  it("shows missed deadlines as overdue, computed from the clock, and lists them with overdue=true", async () => {
    const late = await file();
    const prompt = await file();
    await ok(prompt.id, "contact");
    expect((await get(late.id)).overdue.any).toBe(false);
    let overdue = await listAll("overdue=true");
    expect(overdue).not.toContain(late.id);

    h.advance(2 * HOUR + 60_000);
    const missed = await get(late.id);
    expect(missed.overdue).toEqual({ firstContact: true, checkIn: false, resolution: false, any: true });
    overdue = await listAll("overdue=true");
    expect(overdue).toContain(late.id);
    expect(overdue).not.toContain(prompt.id);
    const inTime = await listAll("overdue=false");
    expect(inTime).toContain(prompt.id);
    expect(inTime).not.toContain(late.id);

    // Contacting late ends the first-contact overdue; the event says it was late.
    const contacted = await ok(late.id, "contact");
    expect(contacted.overdue.firstContact).toBe(false);
    expect((await get(late.id)).timeline.at(-1).payload.withinDeadline).toBe(false);
    expect(await listAll("overdue=true")).not.toContain(late.id);

    // A department that does not check in in time.
    const whistled = await ok(late.id, "whistle", {});
    expect(whistled.overdue.checkIn).toBe(false);
    h.advance(2 * HOUR + 60_000);
    const slow = await get(late.id);
    expect(slow.overdue).toMatchObject({ checkIn: true, any: true });
    expect(slow.departments[0].checkInOverdue).toBe(true);
    expect(await listAll("overdue=true")).toContain(late.id);
    await ok(late.id, `departments/${dep("housingCentre")}/check-in`);
    expect(await listAll("overdue=true")).not.toContain(late.id);

    // Past the resolution deadline, until resolved.
    await advanceDays(5);
    expect((await get(late.id)).overdue).toMatchObject({ resolution: true, any: true });
    expect(await listAll("overdue=true")).toContain(late.id);
    await ok(late.id, `departments/${dep("housingCentre")}/complete`, { outcome: "已修复" });
    const resolved = await ok(late.id, "resolve");
    expect(resolved.overdue.any).toBe(false);
    expect(await listAll("overdue=true")).not.toContain(late.id);

    // Every case the list calls overdue is overdue in its own view, and the others are not.
    const page = await h.request("GET", `${base}?overdue=true&limit=200`, { token: admin() });
    for (const c of page.body.items) expect(c.overdue.any).toBe(true);
    const rest = await h.request("GET", `${base}?overdue=false&limit=200`, { token: admin() });
    for (const c of rest.body.items) expect(c.overdue.any).toBe(false);
  });

  describe("filters", () => {
    let violation: { id: string; number: string };
    let far: { id: string };
    let happy: { id: string };
    let contacted: { id: string };
    let whistled: { id: string };
    const day = async (receivedAt: string) => (await file({ receivedAt })).id as string;
    let lateOn9th: string;
    let earlyOn10th: string;
    let lateOn10th: string;
    let on11th: string;

    beforeAll(async () => {
      violation = await file({
        category: "illegalConstruction",
        description: "一楼住户私自扩建院墙占用绿地。",
      });
      far = await file({ compoundId: w.far, description: "立仓小区水管爆裂，楼道积水。" });
      happy = await file({ compoundId: w.happy, description: "幸福里小区门禁坏了。" });
      contacted = await file();
      await ok(contacted.id, "contact");
      whistled = await file({ category: "illegalConstruction" });
      await ok(whistled.id, "contact");
      await ok(whistled.id, "whistle", {});
      // 10 March 2025 in Mengcheng (UTC+8) runs from 9 March 16:00 to 10 March 16:00 UTC.
      lateOn9th = await day("2025-03-09T23:30:00+08:00");
      earlyOn10th = await day("2025-03-10T07:30:00+08:00");
      lateOn10th = await day("2025-03-10T23:59:59+08:00");
      on11th = await day("2025-03-11T00:00:00+08:00");
    });

    const all = async (query: string) => {
      const res = await h.request("GET", `${base}?${query}&limit=200`, { token: admin() });
      if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.items as { id: string; [key: string]: any }[];
    };

    it("by status, category and kind", async () => {
      const byStatus = await all("status=contacted");
      expect(byStatus.map((c) => c.id)).toContain(contacted.id);
      expect(byStatus.map((c) => c.id)).not.toContain(happy.id);
      for (const c of byStatus) expect(c.status).toBe("contacted");
      const byCategory = await all("category=illegalConstruction");
      expect(byCategory.map((c) => c.id)).toEqual(expect.arrayContaining([violation.id, whistled.id]));
      expect(byCategory.map((c) => c.id)).not.toContain(happy.id);
      for (const c of byCategory) expect(c.category.code).toBe("illegalConstruction");
      const byKind = await all("kind=violation");
      expect(byKind.map((c) => c.id)).toEqual(expect.arrayContaining([violation.id, whistled.id]));
      for (const c of byKind) expect(c.kind).toBe("violation");
      expect((await all("kind=complaint")).map((c) => c.id)).not.toContain(violation.id);
    });

    it("by region subtree and compound", async () => {
      const street = await all(`regionId=${w.street.id}`);
      expect(street.map((c) => c.id)).toEqual(expect.arrayContaining([happy.id, contacted.id]));
      expect(street.map((c) => c.id)).not.toContain(far.id);
      for (const c of street) expect(c.communityId).toBe(w.community.id);
      const township = await all(`regionId=${w.township.id}`);
      expect(township.map((c) => c.id)).toEqual([far.id]);
      expect((await all(`regionId=${w.farCommunity.id}`)).map((c) => c.id)).toEqual([far.id]);
      const compound = await all(`compoundId=${w.happy}`);
      expect(compound.map((c) => c.id)).toEqual([happy.id]);
      const unknown = await h.request("GET", `${base}?regionId=reg_00000000000000000000000000`, {
        token: admin(),
      });
      expectProblem(unknown, 404, "not_found");
      expect(failingPaths(unknown)).toEqual(["query.regionId"]);
      const theirs = await h.request("GET", `${base}?regionId=${otherWorld.street.id}`, { token: admin() });
      expectProblem(theirs, 404, "not_found");
    });

    it("by department whistled to", async () => {
      const um = await all(`departmentId=${dep("urbanManagement")}`);
      expect(um.map((c) => c.id)).toContain(whistled.id);
      expect(um.map((c) => c.id)).not.toContain(violation.id);
      for (const c of um) {
        expect(c.departments.map((d: { code: string }) => d.code)).toContain("urbanManagement");
      }
      expect(await all(`departmentId=${dep("waterSupply")}`)).toEqual([]);
    });

    it("by day received, in the tenant's time zone, both ends inclusive", async () => {
      const tenth = (await all("from=2025-03-10&to=2025-03-10")).map((c) => c.id);
      expect(tenth.sort()).toEqual([earlyOn10th, lateOn10th].sort());
      const from10th = (await all("from=2025-03-10&to=2025-06-30")).map((c) => c.id);
      expect(from10th.sort()).toEqual([earlyOn10th, lateOn10th, on11th].sort());
      const until10th = (await all("from=2025-01-01&to=2025-03-10")).map((c) => c.id);
      expect(until10th.sort()).toEqual([lateOn9th, earlyOn10th, lateOn10th].sort());
      const onlyFrom = (await all("from=2025-03-11")).map((c) => c.id);
      expect(onlyFrom).toContain(on11th);
      expect(onlyFrom).not.toContain(lateOn10th);
      const onlyTo = (await all("to=2025-03-09")).map((c) => c.id);
      expect(onlyTo).toContain(lateOn9th);
      expect(onlyTo).not.toContain(earlyOn10th);
      const reversed = await h.request("GET", `${base}?from=2025-03-11&to=2025-03-10`, { token: admin() });
      expectProblem(reversed, 400, "bad_request");
      expect(failingPaths(reversed)).toEqual(["query.from"]);
    });

    it("by text in the number or the description", async () => {
      expect((await all(`q=${encodeURIComponent(violation.number)}`)).map((c) => c.id)).toEqual([
        violation.id,
      ]);
      expect((await all(`q=${encodeURIComponent("水管爆裂")}`)).map((c) => c.id)).toEqual([far.id]);
      expect((await all(`q=${encodeURIComponent("门禁")}`)).map((c) => c.id)).toEqual([happy.id]);
      expect(await all(`q=${encodeURIComponent("%")}`)).toEqual([]);
      // Filters combine.
      expect(await all(`q=${encodeURIComponent("门禁")}&compoundId=${w.far}`)).toEqual([]);
    });

    it("pages newest first without repeats or gaps", async () => {
      const everything = await all("");
      expect(everything.length).toBeGreaterThan(10);
      const ids = everything.map((c) => c.id);
      expect(ids).toEqual([...ids].sort().reverse());
      const paged: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await h.request(
          "GET",
          `${base}?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          { token: admin() },
        );
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        paged.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(Math.ceil(ids.length / 3));
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged).toEqual(ids);
      // Pages of a filtered list follow the filter.
      const filtered = await listAll("category=illegalConstruction");
      expect(filtered.sort()).toEqual((await all("category=illegalConstruction")).map((c) => c.id).sort());
    });

    it("refuses bad query values with 400 naming the parameter", async () => {
      const bad: [string, string][] = [
        ["status=lost", "query.status.0"],
        ["kind=rumour", "query.kind"],
        ["category=Bad Code", "query.category"],
        ["regionId=cpd_00000000000000000000000000", "query.regionId"],
        ["compoundId=nope", "query.compoundId"],
        ["departmentId=reg_00000000000000000000000000", "query.departmentId"],
        ["overdue=yes", "query.overdue"],
        ["from=2025-02-30", "query.from"],
        ["to=10.03.2025", "query.to"],
        ["limit=0", "query.limit"],
        ["limit=201", "query.limit"],
        ["cursor=garbage", "query.cursor"],
      ];
      for (const [query, path] of bad) {
        const res = await h.request("GET", `${base}?${query}`, { token: admin() });
        expectProblem(res, 400, "bad_request");
        expect([...new Set(failingPaths(res))], query).toEqual([path]);
      }
    });
  });

  it("needs a signed-in caller; the other tenant's admin finds nothing", async () => {
    const { id } = await file();
    expectProblem(await h.request("GET", base), 401, "unauthenticated");
    expectProblem(await h.request("POST", base, { body: caseBody(w) }), 401, "unauthenticated");
    expectProblem(await h.request("POST", `${base}/${id}/contact`), 401, "unauthenticated");
    const foreign = await h.request("GET", `${base}/${id}`, { token: h.other.adminToken });
    expectProblem(foreign, 404, "not_found");
    const theirs = await h.request("GET", `/v1/tenants/other/cases/${id}`, { token: h.other.adminToken });
    expectProblem(theirs, 404, "not_found");
    const acting = await h.request("POST", `/v1/tenants/other/cases/${id}/contact`, {
      token: h.other.adminToken,
    });
    expectProblem(acting, 404, "not_found");
    const theirList = await h.request("GET", "/v1/tenants/other/cases?limit=200", {
      token: h.other.adminToken,
    });
    expect(theirList.status).toBe(200);
    expect(theirList.body.items.length).toBeGreaterThan(0);
    expect(theirList.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await get(id)).status).toBe("received");
    // Platform administrators work through a county role, not on cases directly.
    expectProblem(await h.request("GET", base, { token: h.rootToken }), 403, "forbidden");
  });

  it("documents the case operations, with 409 naming the current status and allowed actions", async () => {
    // The case routes on a router of their own: their part of the contract, whatever else is registered.
    const router = createRouter();
    registerCaseRoutes(router);
    const doc = router.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { title: "cases", version: "0" },
    }) as any;
    const ops = Object.values(doc.paths as Record<string, Record<string, any>>)
      .flatMap((item) => Object.values(item))
      .filter((op) => op.tags?.includes("cases"));
    expect(ops.map((op) => op.operationId).sort()).toEqual(
      [
        "createCase",
        "listCases",
        "getCase",
        "contactCase",
        "resolveCase",
        "whistleCase",
        "checkInCaseDepartment",
        "completeCaseDepartment",
        "rateCase",
        "closeCase",
        "reopenCase",
        "cancelCase",
        // 12345 work orders
        "dispatchCase",
        "acknowledgeCase",
        "returnCase",
        "reassignCase",
        "requestCaseExtension",
        "approveCaseExtension",
        "refuseCaseExtension",
        "superviseCase",
        "recordCaseCallback",
        "mergeCase",
        "commentOnCase",
        "correctCase",
        "suggestCompounds",
      ].sort(),
    );
    // Comments and compound suggestions change no status: they have no 409.
    const stateless = ["createCase", "listCases", "getCase", "commentOnCase", "suggestCompounds"];
    for (const op of ops.filter((o) => !stateless.includes(o.operationId))) {
      const conflict = op.responses["409"]?.content?.["application/problem+json"]?.schema;
      expect(conflict?.$ref, op.operationId).toBe("#/components/schemas/CaseConflictProblem");
    }
    const problem = doc.components.schemas.CaseConflictProblem;
    expect(JSON.stringify(problem)).toContain('"currentStatus"');
    expect(JSON.stringify(problem)).toContain('"allowedActions"');
    for (const name of ["Case", "CaseWithTimeline", "CasePage", "CaseDepartment", "CaseEvent"]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    expect(Object.keys(doc.components.schemas.Case.properties)).toEqual(
      expect.arrayContaining(["reporter", "overdue", "departments", "allowedActions", "firstContactDueAt"]),
    );
  });
});
