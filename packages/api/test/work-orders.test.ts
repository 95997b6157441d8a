import { wgs84ToGcj02 } from "@propgov/core";
import { auditEvents, compounds, outbox, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import {
  createHarness,
  expectProblem,
  failingPaths,
  type Harness,
  type Response_,
  type SeededTenant,
} from "./harness.js";

const HOUR = 3_600_000;

describe.each(testDrivers())("12345 work orders on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let them: CaseWorld;
  let dispatcher: string;
  let regionStaff: string;
  let farStaff: string;
  let officer: string;
  let planner: string;
  let company: string;
  beforeAll(async () => {
    // Monday 16 November 2026, 09:30 in Beijing.
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
    w = await seedCaseWorld(h);
    them = await seedCaseWorld(h, h.other);
    dispatcher = (await h.userWith(h.ours, ["dispatcher"])).token;
    regionStaff = (await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id })).token;
    farStaff = (await h.userWith(h.ours, ["regionStaff"], { regionId: w.farCommunity.id })).token;
    officer = (
      await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: w.departmentIds.housingCentre as string,
      })
    ).token;
    planner = (
      await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: w.departmentIds.urbanManagement as string,
      })
    ).token;
    company = (await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine })).token;
  });
  afterAll(() => h?.destroy());

  const base = "/v1/tenants/ours/cases";
  const admin = () => h.ours.adminToken;
  const act = (id: string, action: string, body: unknown, token: string) =>
    h.request("POST", `${base}/${id}/${action}`, { token, ...(body === undefined ? {} : { body }) });
  const ok = async (id: string, action: string, body: unknown, token: string) => {
    const res = await act(id, action, body, token);
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const timeline = async (id: string, token = admin()) =>
    (await h.request("GET", `${base}/${id}`, { token })).body.timeline as {
      type: string;
      actor: { type: string; id: string | null };
      payload: Record<string, unknown>;
    }[];
  /** A work order the dispatcher filed: it waits for dispatch. */
  const workOrder = (overrides: Record<string, unknown> = {}) =>
    fileCaseVia(h, h.ours, dispatcher, caseBody(w, overrides));
  const conflict = (res: Response_, status: string, reason?: string) => {
    expectProblem(res, 409, "conflict");
    expect(res.body.currentStatus).toBe(status);
    expect(Array.isArray(res.body.allowedActions)).toBe(true);
    if (reason) expect(res.body.reason).toBe(reason);
    return res.body.allowedActions as string[];
  };

  it("the dispatcher files a work order that waits for dispatch, counts against nobody, and sees the phone", async () => {
    const filed = await workOrder({ priority: "urgent" });
    expect(filed).toMatchObject({
      status: "awaitingDispatch",
      priority: "urgent",
      dispatch: null,
      reporter: { phone: "13812345678", phoneMasked: false },
      allowedActions: ["dispatch", "supervise", "cancel", "merge"],
      returns: { count: 0, bouncing: false },
    });
    // The county administrator supervises rather than handles: the phone stays masked.
    const asAdmin = (await h.request("GET", `${base}/${filed.id}`, { token: admin() })).body;
    expect(asAdmin.reporter).toMatchObject({ phone: "138****5678", phoneMasked: true });
    // The dispatcher's reach is county-wide: it lists cases of every community.
    const far = await fileCaseVia(h, h.ours, admin(), caseBody(w, { compoundId: w.far }));
    const listed = await h.request("GET", `${base}?limit=100`, { token: dispatcher });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([filed.id, far.id]),
    );
    expect(listed.body.items.find((c: { id: string }) => c.id === far.id).reporter.phoneMasked).toBe(false);
    // …but not the registry's administration.
    expect((await h.request("GET", "/v1/tenants/ours/users", { token: dispatcher })).status).toBe(403);
    // Waiting for the dispatcher, no deadline runs against a unit.
    h.advance(3 * HOUR);
    const later = (await h.request("GET", `${base}/${filed.id}`, { token: dispatcher })).body;
    expect(later.overdue.any).toBe(false);
    // Only the county desk dispatches; a community acts on it only once it has it.
    expectProblem(await act(filed.id, "dispatch", { to: "community" }, regionStaff), 403, "forbidden");
    conflict(await act(filed.id, "contact", undefined, admin()), "awaitingDispatch", "case_not_contactable");
  });

  it("dispatch to the community → acknowledge (签收) → contact; a second acknowledgement is a 409", async () => {
    const filed = await workOrder();
    const dispatched = await ok(filed.id, "dispatch", { to: "community", note: "请及时签收" }, dispatcher);
    const at = Date.parse(dispatched.dispatch.dispatchedAt);
    expect(dispatched).toMatchObject({
      status: "received",
      dispatch: { to: "community", acknowledgedAt: null },
    });
    expect(Date.parse(dispatched.dispatch.acknowledgeDueAt) - at).toBe(24 * HOUR);
    // The unit's clock starts at the dispatch.
    expect(Date.parse(dispatched.firstContactDueAt) - at).toBe(2 * HOUR);
    expect(dispatched.allowedActions).toEqual([
      "acknowledge",
      "contact",
      "return",
      "reassign",
      "requestExtension",
      "supervise",
      "cancel",
      "merge",
    ]);
    // Another community's staff do not even see it.
    expectProblem(await act(filed.id, "acknowledge", {}, farStaff), 404, "not_found");
    const acked = await ok(filed.id, "acknowledge", {}, regionStaff);
    expect(acked.dispatch.acknowledgedAt).not.toBeNull();
    expect(acked.allowedActions).not.toContain("acknowledge");
    conflict(
      await act(filed.id, "acknowledge", {}, regionStaff),
      "received",
      "case_not_awaiting_acknowledgement",
    );
    await ok(filed.id, "contact", {}, regionStaff);
    const events = await timeline(filed.id);
    expect(events.map((e) => e.type)).toEqual(["received", "dispatched", "acknowledged", "contacted"]);
    const ack = events[2];
    expect(ack?.actor.type).toBe("user");
    expect(ack?.payload).toMatchObject({ within24h: true, withinDeadline: true });
  });

  it("return (退单) needs a reason, goes back to the dispatcher, and bounces above the mechanism's limit", async () => {
    const filed = await workOrder();
    await ok(filed.id, "dispatch", { to: "community" }, dispatcher);
    const noReason = await act(filed.id, "return", {}, regionStaff);
    expect(noReason.status).toBe(422);
    expect(failingPaths(noReason)).toContain("body.reason");
    let c = await ok(filed.id, "return", { reason: "该小区不属本社区管辖" }, regionStaff);
    expect(c).toMatchObject({
      status: "awaitingDispatch",
      dispatch: null,
      returns: { count: 1, bouncing: false },
    });
    expect(c.overdue.any).toBe(false);
    conflict(
      await act(filed.id, "return", { reason: "再退" }, regionStaff),
      "awaitingDispatch",
      "case_not_returnable",
    );
    // The default bounce limit is 2: the third return flags the case.
    for (const n of [2, 3]) {
      await ok(filed.id, "dispatch", { to: "community" }, dispatcher);
      c = await ok(filed.id, "return", { reason: `第${n}次退单` }, regionStaff);
      expect(c.returns).toEqual({ count: n, bouncing: n > 2 });
    }
    const returned = (await timeline(filed.id)).filter((e) => e.type === "returned");
    expect(returned.map((e) => e.payload.reason)).toEqual(["该小区不属本社区管辖", "第2次退单", "第3次退单"]);
    expect(returned[2]?.payload.bouncing).toBe(true);
  });

  it("dispatch directly to departments: the department acknowledges or returns; the community cannot", async () => {
    const filed = await workOrder();
    const housing = w.departmentIds.housingCentre as string;
    const d = await ok(filed.id, "dispatch", { to: "departments", departmentIds: [housing] }, dispatcher);
    expect(d).toMatchObject({ status: "whistled", dispatch: { to: "departments" } });
    expect(d.departments.map((x: { departmentId: string }) => x.departmentId)).toEqual([housing]);
    expectProblem(await act(filed.id, "return", { reason: "不归社区" }, regionStaff), 403, "forbidden");
    // An officer of a department it was not dispatched to does not see it.
    expectProblem(await act(filed.id, "acknowledge", {}, planner), 404, "not_found");
    await ok(filed.id, "acknowledge", {}, officer);
    const back = await ok(filed.id, "return", { reason: "非住房中心职责" }, officer);
    expect(back.status).toBe("awaitingDispatch");
    expect(back.departments[0].withdrawnAt).not.toBeNull();
    // Withdrawn, the department no longer reaches the case.
    expect((await h.request("GET", `${base}/${filed.id}`, { token: officer })).status).toBe(404);
  });

  it("reassign (改派) is the dispatcher's, with a reason; the new unit's deadlines start afresh", async () => {
    const filed = await workOrder();
    await ok(filed.id, "dispatch", { to: "community" }, dispatcher);
    await ok(filed.id, "acknowledge", {}, regionStaff);
    expectProblem(
      await act(filed.id, "reassign", { to: "community", reason: "改派" }, regionStaff),
      403,
      "forbidden",
    );
    const urban = w.departmentIds.urbanManagement as string;
    h.advance(HOUR);
    const moved = await ok(
      filed.id,
      "reassign",
      { to: "departments", departmentIds: [urban], reason: "属城管职责" },
      dispatcher,
    );
    expect(moved).toMatchObject({
      status: "whistled",
      dispatch: { to: "departments", acknowledgedAt: null },
    });
    expect(Date.parse(moved.firstContactDueAt) - Date.parse(moved.dispatch.dispatchedAt)).toBe(2 * HOUR);
    await ok(filed.id, "acknowledge", {}, planner);
    const e = (await timeline(filed.id)).find((x) => x.type === "reassigned");
    expect(e?.payload).toMatchObject({ reason: "属城管职责", to: "departments" });
  });

  it("extensions move the deadline only on approval; refusals and double requests", async () => {
    const filed = await fileCaseVia(h, h.ours, regionStaff, caseBody(w));
    const due = filed.resolutionDueAt as string;
    const notLater = await act(
      filed.id,
      "extension",
      { dueAt: filed.receivedAt, reason: "需等配件" },
      regionStaff,
    );
    conflict(notLater, "received", "case_extension_not_later");
    conflict(
      await act(filed.id, "extension/approve", {}, dispatcher),
      "received",
      "case_no_extension_pending",
    );
    const asked = new Date(Date.parse(due) + 5 * 24 * HOUR).toISOString();
    const pending = await ok(filed.id, "extension", { dueAt: asked, reason: "需等配件到货" }, regionStaff);
    expect(pending.resolutionDueAt).toBe(due);
    expect(pending.extension.pending).toMatchObject({ dueAt: asked, reason: "需等配件到货" });
    // The asker cannot decide its own extension; the dispatcher sees both decisions offered.
    expect(pending.allowedActions).not.toContain("approveExtension");
    const asDispatcher = (await h.request("GET", `${base}/${filed.id}`, { token: dispatcher })).body;
    expect(asDispatcher.allowedActions).toEqual(
      expect.arrayContaining(["approveExtension", "refuseExtension"]),
    );
    conflict(
      await act(filed.id, "extension", { dueAt: asked, reason: "再申请" }, regionStaff),
      "received",
      "case_extension_already_pending",
    );
    expectProblem(await act(filed.id, "extension/approve", {}, regionStaff), 403, "forbidden");
    const refused = await ok(filed.id, "extension/refuse", { reason: "理由不充分" }, dispatcher);
    expect(refused).toMatchObject({ resolutionDueAt: due, extension: { pending: null, approved: 0 } });
    await ok(filed.id, "extension", { dueAt: asked, reason: "配件确需两周" }, regionStaff);
    const approved = await ok(filed.id, "extension/approve", { note: "同意" }, admin());
    expect(approved).toMatchObject({ resolutionDueAt: asked, extension: { pending: null, approved: 1 } });
    const types = (await timeline(filed.id)).map((e) => e.type);
    expect(types).toEqual([
      "received",
      "extensionRequested",
      "extensionRefused",
      "extensionRequested",
      "extensionApproved",
    ]);
  });

  it("supervision (督办) by the county with a level and due date; supervised cases filter and stand out", async () => {
    const filed = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    const dueAt = new Date(h.deps.now().getTime() + 3 * 24 * HOUR).toISOString();
    expectProblem(
      await act(filed.id, "supervise", { level: "listed", dueAt, reason: "多次反映" }, regionStaff),
      403,
      "forbidden",
    );
    const past = await act(
      filed.id,
      "supervise",
      { level: "key", dueAt: filed.receivedAt, reason: "督办" },
      admin(),
    );
    expect(past.status).toBe(422);
    expect(failingPaths(past)).toContain("body.dueAt");
    const badLevel = await act(filed.id, "supervise", { level: "loud", dueAt, reason: "督办" }, admin());
    expect(badLevel.status).toBe(422);
    const s = await ok(filed.id, "supervise", { level: "listed", dueAt, reason: "群众多次反映" }, admin());
    expect(s.supervision).toMatchObject({ level: "listed", dueAt, overdue: false });
    const listed = await h.request("GET", `${base}?supervised=true&limit=100`, { token: admin() });
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(filed.id);
    expect(listed.body.items.every((c: { supervision: unknown }) => c.supervision !== null)).toBe(true);
    const unsupervised = await h.request("GET", `${base}?supervised=false&limit=100`, { token: admin() });
    expect(unsupervised.body.items.map((c: { id: string }) => c.id)).not.toContain(filed.id);
  });

  it("comments and internal notes go on the timeline; public tracking shows neither", async () => {
    const filed = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    await h.request("POST", `${base}/${filed.id}/comments`, {
      token: regionStaff,
      body: { text: "已约物业明早维修" },
    });
    const note = await h.request("POST", `${base}/${filed.id}/comments`, {
      token: dispatcher,
      body: { text: "反映人情绪激动，注意沟通", internal: true },
    });
    expect(note.status).toBe(200);
    const empty = await h.request("POST", `${base}/${filed.id}/comments`, {
      token: admin(),
      body: { text: "" },
    });
    expect(empty.status).toBe(422);
    expect(failingPaths(empty)).toContain("body.text");
    expect(
      (await h.request("POST", `${base}/${filed.id}/comments`, { token: company, body: { text: "x" } }))
        .status,
    ).toBe(403);
    const events = await timeline(filed.id);
    expect(events.filter((e) => e.type === "commented").map((e) => e.payload.text)).toEqual([
      "已约物业明早维修",
    ]);
    expect(events.filter((e) => e.type === "noted").map((e) => e.payload.internal)).toEqual([true]);
    const tracked = await h.request("GET", `/v1/tenants/ours/public/cases/${filed.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.timeline.map((e: { type: string }) => e.type)).toEqual(["received"]);
  });

  it("the callback (回访) is the dispatcher's, and the phone answer counts as the rating", async () => {
    const filed = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    await ok(filed.id, "contact", {}, regionStaff);
    await ok(filed.id, "resolve", {}, regionStaff);
    expectProblem(await act(filed.id, "callback", { rating: "satisfied" }, regionStaff), 403, "forbidden");
    const rated = await ok(
      filed.id,
      "callback",
      { rating: "satisfied", comment: "电话回访满意" },
      dispatcher,
    );
    expect(rated).toMatchObject({ status: "rated", rating: "satisfied", ratingSource: "callback" });
    conflict(
      await act(filed.id, "callback", { rating: "satisfied" }, dispatcher),
      "rated",
      "case_not_ratable",
    );
    const e = (await timeline(filed.id)).find((x) => x.type === "rated");
    expect(e?.payload).toMatchObject({ rating: "satisfied", source: "callback" });
  });

  it("a duplicate (重复件) merges into its original, follows it and closes with it", async () => {
    const original = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    const dup = await workOrder({ description: "3号楼电梯又坏了，同一问题。" });
    expect((await act(dup.id, "merge", { duplicateOf: dup.id }, dispatcher)).status).toBe(422);
    const cancelled = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    await ok(cancelled.id, "cancel", { reason: "invalid" }, admin());
    const intoCancelled = await act(dup.id, "merge", { duplicateOf: cancelled.id }, dispatcher);
    expect(intoCancelled.status).toBe(422);
    expect(failingPaths(intoCancelled)).toContain("body.duplicateOf");
    // Another county's case is not found.
    const theirs = await fileCaseVia(h, h.other, h.other.adminToken, caseBody(them));
    expect((await act(dup.id, "merge", { duplicateOf: theirs.id }, dispatcher)).status).toBe(422);
    const merged = await ok(dup.id, "merge", { duplicateOf: original.id, note: "同一电梯" }, dispatcher);
    expect(merged).toMatchObject({ status: "merged", duplicateOf: original.id, allowedActions: [] });
    conflict(
      await act(dup.id, "dispatch", { to: "community" }, dispatcher),
      "merged",
      "case_not_dispatchable",
    );
    expect((await timeline(original.id)).map((e) => e.type)).toContain("duplicateMerged");
    // The original runs its course; the duplicate closes with it.
    await ok(original.id, "contact", {}, regionStaff);
    await ok(original.id, "resolve", {}, regionStaff);
    await ok(original.id, "close", {}, admin());
    const after = (await h.request("GET", `${base}/${dup.id}`, { token: admin() })).body;
    expect(after).toMatchObject({ status: "closed", duplicateOf: original.id });
    expect(after.timeline.at(-1)).toMatchObject({ type: "closed", payload: { withOriginal: original.id } });
  });

  it("externalRef: unique per county and system, and a list filter", async () => {
    const ref = { system: "12345", number: "GD20261116000001" };
    const first = await fileCaseVia(h, h.ours, dispatcher, caseBody(w, { externalRef: ref }));
    expect(first.externalRef).toEqual(ref);
    const again = await h.request("POST", base, {
      token: dispatcher,
      body: caseBody(w, { externalRef: ref }),
    });
    expectProblem(again, 409, "conflict");
    expect(failingPaths(again)).toContain("body.externalRef.number");
    // Another system's ticket may carry the same number; another county may too.
    await fileCaseVia(
      h,
      h.ours,
      dispatcher,
      caseBody(w, { externalRef: { system: "wechat", number: ref.number } }),
    );
    await fileCaseVia(h, h.other, h.other.adminToken, caseBody(them, { externalRef: ref }));
    const found = await h.request("GET", `${base}?externalSystem=12345&externalNumber=${ref.number}`, {
      token: admin(),
    });
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
    const bad = await h.request("POST", base, {
      token: dispatcher,
      body: caseBody(w, { externalRef: { system: "12345", number: "has space" } }),
    });
    expect(bad.status).toBe(422);
    expect(failingPaths(bad)).toContain("body.externalRef.number");
  });

  it("an emergency caps the category's deadlines (first contact 2 h, resolution 1 day)", async () => {
    const filed = await fileCaseVia(
      h,
      h.ours,
      admin(),
      caseBody(w, { category: "illegalConstruction", priority: "emergency" }),
    );
    const received = Date.parse(filed.receivedAt);
    expect(Date.parse(filed.firstContactDueAt) - received).toBe(2 * HOUR);
    // illegalConstruction takes 7 working days; emergency one (a working day: Monday → Tuesday).
    expect(Date.parse(filed.resolutionDueAt) - received).toBe(24 * HOUR);
    const normal = await fileCaseVia(h, h.ours, admin(), caseBody(w, { category: "illegalConstruction" }));
    expect(Date.parse(normal.resolutionDueAt) - Date.parse(normal.receivedAt)).toBeGreaterThan(7 * 24 * HOUR);
    expect(
      (await h.request("GET", `${base}?priority=emergency`, { token: admin() })).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).toContain(filed.id);
  });

  it("PATCH corrects category, compound, location and description, audited with before and after", async () => {
    const filed = await workOrder();
    const path = `${base}/${filed.id}`;
    const none = await h.request("PATCH", path, { token: dispatcher, body: { reason: "无" } });
    expect(none.status).toBe(422);
    const unknown = await h.request("PATCH", path, {
      token: dispatcher,
      body: { category: "noSuchThing", reason: "更正" },
    });
    expect(unknown.status).toBe(422);
    expect(failingPaths(unknown)).toContain("body.category");
    expect(
      (
        await h.request("PATCH", path, {
          token: company,
          body: { description: "改一下描述内容", reason: "x1" },
        })
      ).status,
    ).toBe(403);
    const fixed = await h.request("PATCH", path, {
      token: dispatcher,
      body: {
        category: "illegalConstruction",
        compoundId: w.happy,
        location: { text: "5号楼", lat: 33.27, long: 116.56 },
        reason: "12345 分类与小区有误",
      },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      category: { code: "illegalConstruction" },
      kind: "violation",
      compound: { id: w.happy },
      location: { text: "5号楼", lat: 33.27, long: 116.56, coordinateSystem: "gcj02" },
    });
    const corrected = (await timeline(filed.id)).find((e) => e.type === "corrected");
    expect(corrected?.payload).toMatchObject({
      before: { category: "serviceQuality", compoundId: w.sunshine },
      after: { category: "illegalConstruction", compoundId: w.happy },
      reason: "12345 分类与小区有误",
    });
    const [entry] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.tenantId, h.ours.id),
            eq(auditEvents.action, "case.correct"),
            eq(auditEvents.targetId, filed.id),
          ),
        ),
    );
    expect(entry?.before).toMatchObject({ category: "serviceQuality" });
    expect(entry?.after).toMatchObject({ category: "illegalConstruction" });
  });

  it("a corrected category brings its own deadlines, except those already met or extended", async () => {
    const dep = (code: string) => w.departmentIds[code] as string;
    const filed = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    const started = filed.receivedAt as string;
    // Filed just after, under the right category: the deadlines the correction must give (as
    // offsets from the receipt; the clock runs on by a few milliseconds between the two).
    const right = await fileCaseVia(h, h.ours, admin(), caseBody(w, { category: "illegalConstruction" }));
    const rightDue = Date.parse(right.resolutionDueAt) - Date.parse(right.receivedAt);
    const expectedDue = new Date(Date.parse(started) + rightDue).toISOString();
    await ok(filed.id, "contact", undefined, admin());
    h.advance(HOUR);
    const whistled = await ok(filed.id, "whistle", { departmentIds: [dep("housingCentre")] }, admin());
    const notifiedAt = Date.parse(whistled.departments[0].notifiedAt);
    // serviceQuality: check-in 2 h, resolution 5 calendar days.
    expect(Date.parse(whistled.departments[0].checkInDueAt) - notifiedAt).toBe(2 * HOUR);
    expect(Date.parse(whistled.resolutionDueAt) - Date.parse(started)).toBe(5 * 24 * HOUR);
    const fixed = await h.request("PATCH", `${base}/${filed.id}`, {
      token: admin(),
      body: { category: "illegalConstruction", reason: "实为违建" },
    });
    expect(fixed.status).toBe(200);
    // illegalConstruction: check-in 4 h, and 7 working days counted from the receipt.
    expect(Date.parse(fixed.body.departments[0].checkInDueAt) - notifiedAt).toBe(4 * HOUR);
    expect(fixed.body.resolutionDueAt).toBe(expectedDue);
    expect(rightDue).toBeGreaterThan(7 * 24 * HOUR);
    // The first contact was made: its deadline is history and stays.
    expect(fixed.body.firstContactDueAt).toBe(filed.firstContactDueAt);
    const corrected = (await timeline(filed.id)).find((e) => e.type === "corrected");
    expect(corrected?.payload).toMatchObject({
      before: { deadlines: { resolutionDueAt: whistled.resolutionDueAt } },
      after: { deadlines: { resolutionDueAt: expectedDue } },
    });

    // An approved extension is the dispatcher's decision: a later correction leaves it.
    const other = await fileCaseVia(h, h.ours, admin(), caseBody(w));
    const asked = new Date(Date.parse(other.resolutionDueAt) + 3 * 24 * HOUR).toISOString();
    await ok(other.id, "extension", { dueAt: asked, reason: "需协调多部门" }, admin());
    await ok(other.id, "extension/approve", {}, dispatcher);
    const kept = await h.request("PATCH", `${base}/${other.id}`, {
      token: admin(),
      body: { category: "illegalConstruction", reason: "实为违建" },
    });
    expect(kept.status).toBe(200);
    expect(kept.body.resolutionDueAt).toBe(asked);
    expect(Date.parse(kept.body.firstContactDueAt) - Date.parse(other.receivedAt)).toBe(2 * HOUR);
  });

  it("working-day deadlines follow the calendar at National Day and Spring Festival, and the county's edits", async () => {
    const file = async () => {
      const body = caseBody(w, { category: "illegalConstruction", receivedAt: "2026-09-30T09:00:00+08:00" });
      return fileCaseVia(h, h.ours, admin(), body);
    };
    // 7 working days from Wed 30 Sep: 8, 9, 10 (make-up Saturday), 12, 13, 14, 15 October.
    const national = await file();
    expect(national.resolutionDueAt).toBe("2026-10-15T01:00:00.000Z");
    // The complaintHandling policy's obligation carries the same deadline.
    const received = (await timeline(national.id)).find((e) => e.type === "received");
    const effects = received?.payload.effects as { type: string; dueAt: string }[];
    expect(effects.map((e) => e.dueAt)).toContain("2026-10-15T01:00:00.000Z");
    // Spring Festival: from Fri 13 Feb: 14 (make-up Saturday), 24, 25, 26, 27, 28 (make-up Saturday), 2 March.
    const spring = await fileCaseVia(
      h,
      h.ours,
      admin(),
      caseBody(w, { category: "illegalConstruction", receivedAt: "2026-02-13T10:00:00+08:00" }),
    );
    expect(spring.resolutionDueAt).toBe("2026-03-02T02:00:00.000Z");

    const cal = await h.request("GET", "/v1/tenants/ours/calendar?year=2026", { token: regionStaff });
    expect(cal.status).toBe(200);
    expect(cal.body.notice.number).toBe("国办发明电〔2025〕7号");
    expect(cal.body.days.find((d: { date: string }) => d.date === "2026-10-10")).toMatchObject({
      kind: "workday",
      source: "national",
    });
    const put = (token: string, date: string, body: unknown) =>
      h.request("PUT", `/v1/tenants/ours/calendar/${date}`, { token, body });
    expect((await put(regionStaff, "2026-10-09", { kind: "holiday" })).status).toBe(403);
    expect((await put(admin(), "2026-10-09", { kind: "party" })).status).toBe(422);
    expect((await put(admin(), "2026-13-40", { kind: "holiday" })).status).toBe(400);
    const set = await put(admin(), "2026-10-09", {
      kind: "holiday",
      name: { zh: "县里调整", en: "County change" },
    });
    expect(set.status).toBe(200);
    expect(set.body.days.find((d: { date: string }) => d.date === "2026-10-09")).toMatchObject({
      source: "county",
    });
    // 9 October off: the seventh working day moves to Friday 16 October.
    expect((await file()).resolutionDueAt).toBe("2026-10-16T01:00:00.000Z");
    // The other county keeps the national calendar.
    const theirs = await fileCaseVia(
      h,
      h.other,
      h.other.adminToken,
      caseBody(them, { category: "illegalConstruction", receivedAt: "2026-09-30T09:00:00+08:00" }),
    );
    expect(theirs.resolutionDueAt).toBe("2026-10-15T01:00:00.000Z");
    expect(
      (await h.request("DELETE", "/v1/tenants/ours/calendar/2026-10-09", { token: admin() })).status,
    ).toBe(200);
    expect(
      (await h.request("DELETE", "/v1/tenants/ours/calendar/2026-10-09", { token: admin() })).status,
    ).toBe(404);
    expect((await file()).resolutionDueAt).toBe("2026-10-15T01:00:00.000Z");
  });

  describe("the 12345 interchange", () => {
    let key: string;
    let otherKey: string;
    const ticket = { system: "12345", number: "GD20261116000777" };
    const push = (body: unknown, token = key, tenant = "ours") =>
      h.request("POST", `/v1/tenants/${tenant}/work-orders`, { token, body });
    const pushBody = (overrides: Record<string, unknown> = {}) => ({
      ticket,
      category: "serviceQuality",
      compoundId: w.sunshine,
      description: "3号楼电梯坏了三天，物业没人来修。",
      reporter: { name: "张三", phone: "13812345678" },
      priority: "urgent",
      ...overrides,
    });
    const createKey = async (tenant: SeededTenant) => {
      const res = await h.request("POST", `/v1/tenants/${tenant.slug}/api-keys`, {
        token: tenant.adminToken,
        body: { name: "12345 bridge", roles: ["dispatcher"] },
      });
      if (res.status !== 201) throw new Error(`key: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.key as string;
    };
    beforeAll(async () => {
      key = await createKey(h.ours);
      otherKey = await createKey(h.other);
    });

    it("is idempotent by ticket number: the second push files nothing and answers the status", async () => {
      const first = await push(pushBody());
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        created: true,
        status: "awaitingDispatch",
        priority: "urgent",
        ticket,
      });
      expect(JSON.stringify(first.body)).not.toContain("13812345678");
      const second = await push(pushBody({ description: "重复推送的同一工单内容" }));
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({
        created: false,
        caseId: first.body.caseId,
        number: first.body.number,
      });
      const listed = await h.request("GET", `${base}?externalNumber=${ticket.number}`, { token: admin() });
      expect(listed.body.items).toHaveLength(1);
      // Status polling follows the case.
      await ok(first.body.caseId, "dispatch", { to: "community" }, dispatcher);
      await ok(first.body.caseId, "comments", { text: "内部备注", internal: true }, dispatcher);
      const polled = await h.request("GET", `/v1/tenants/ours/work-orders/12345/${ticket.number}`, {
        token: key,
      });
      expect(polled.status).toBe(200);
      expect(polled.body.status).toBe("received");
      expect(polled.body.events.map((e: { type: string }) => e.type)).toEqual(["received", "dispatched"]);
      expect(
        (await h.request("GET", "/v1/tenants/ours/work-orders/12345/NOPE1", { token: key })).status,
      ).toBe(404);
      // Status updates back to 12345 by webhook: each step's event names the ticket, never the reporter.
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(outbox).where(eq(outbox.subjectId, first.body.caseId)),
      );
      const dispatched = events.find((e) => e.type === "case.dispatched");
      expect(dispatched?.data).toMatchObject({
        number: first.body.number,
        externalNumber: ticket.number,
        status: "received",
      });
      expect(JSON.stringify(events)).not.toContain("13812345678");
    });

    it("takes an API key: no auth 401, a session 403, another county's ticket 404", async () => {
      expect((await h.request("POST", "/v1/tenants/ours/work-orders", { body: pushBody() })).status).toBe(
        401,
      );
      expectProblem(await push(pushBody(), dispatcher), 403, "forbidden");
      expect((await push(pushBody(), otherKey)).status).toBe(404);
      const theirs = await h.request("GET", `/v1/tenants/other/work-orders/12345/${ticket.number}`, {
        token: otherKey,
      });
      expect(theirs.status).toBe(404);
      const bad = await push({ ...pushBody(), ticket: { system: "12345" } });
      expect(bad.status).toBe(422);
      expect(failingPaths(bad)).toContain("body.ticket.number");
    });

    it("without a compound, the point's nearest compound (GCJ-02) is suggested", async () => {
      const happyWgs = { lat: 33.27, lng: 116.57 };
      await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
        await tx.update(compounds).set({ lat: 33.27, lng: 116.57 }).where(eq(compounds.id, w.happy));
        await tx.update(compounds).set({ lat: 33.29, lng: 116.57 }).where(eq(compounds.id, w.sunshine));
      });
      // What a Chinese map app shows for a spot 50 m south of 幸福里.
      const gcj = wgs84ToGcj02({ lat: happyWgs.lat - 0.00045, lng: happyWgs.lng });
      const res = await push(
        pushBody({
          ticket: { system: "12345", number: "GD20261116000888" },
          compoundId: undefined,
          location: { text: "幸福里南门", lat: gcj.lat, long: gcj.lng },
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.compound.id).toBe(w.happy);
      expect(res.body.compound.suggested.distanceMetres).toBeLessThan(80);
      const suggest = await h.request(
        "GET",
        `/v1/tenants/ours/compound-suggestions?lat=${gcj.lat}&lng=${gcj.lng}`,
        { token: dispatcher },
      );
      expect(suggest.body.items.map((c: { id: string }) => c.id)).toEqual([w.happy, w.sunshine]);
      const far = await push(
        pushBody({
          ticket: { system: "12345", number: "GD20261116000999" },
          compoundId: undefined,
          location: { lat: 30, long: 110 },
        }),
      );
      expect(far.status).toBe(422);
      expect(failingPaths(far)).toContain("body.compoundId");
    });
  });

  it("work-order KPIs per unit against hand-computed figures", async () => {
    // In the other county, so that no other test's dispatches count.
    const t = h.other;
    const desk = (await h.userWith(t, ["dispatcher"])).token;
    const staff = (await h.userWith(t, ["regionStaff"], { regionId: them.community.id })).token;
    const housing = them.departmentIds.housingCentre as string;
    const officerThere = (await h.userWith(t, ["departmentOfficer"], { departmentId: housing })).token;
    const path = (id: string, a: string) => `/v1/tenants/other/cases/${id}/${a}`;
    const run = async (id: string, a: string, body: unknown, token: string) => {
      const res = await h.request("POST", path(id, a), { token, body });
      if (res.status !== 200) throw new Error(`${a}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    const file = () => fileCaseVia(h, t, desk, caseBody(them));
    const [a, b, c, d] = [await file(), await file(), await file(), await file()];
    for (const x of [a, b, c]) await run(x.id, "dispatch", { to: "community" }, desk);
    h.advance(HOUR);
    await run(a.id, "acknowledge", {}, staff);
    await run(a.id, "contact", {}, staff);
    await run(a.id, "resolve", {}, staff);
    await run(d.id, "merge", { duplicateOf: a.id }, desk);
    h.advance(24 * HOUR); // 25 h after the dispatches
    await run(b.id, "acknowledge", {}, staff); // late
    await run(
      b.id,
      "supervise",
      { level: "key", dueAt: new Date(h.deps.now().getTime() + 48 * HOUR).toISOString(), reason: "督办" },
      t.adminToken,
    );
    const later = new Date(h.deps.now().getTime() + 10 * 24 * HOUR).toISOString();
    await run(b.id, "extension", { dueAt: later, reason: "需协调" }, staff);
    await run(b.id, "extension/approve", {}, desk);
    await run(c.id, "return", { reason: "不属本社区" }, staff);
    await run(c.id, "dispatch", { to: "departments", departmentIds: [housing] }, desk);
    await run(c.id, "acknowledge", {}, officerThere);

    const res = await h.request("GET", "/v1/tenants/other/kpis/work-orders?period=2026-11", { token: desk });
    expect(res.status).toBe(200);
    const r = (n: number, dd: number) => ({ numerator: n, denominator: dd, rate: dd === 0 ? null : n / dd });
    // Community: A (acknowledged in 1 h, resolved on time, one repeat), B (late, supervised,
    // extended, not yet due), C (returned, never acknowledged, 25 h old).
    const community = res.body.units.find((u: { type: string }) => u.type === "community");
    expect(community).toMatchObject({
      id: them.community.id,
      dispatched: 3,
      acknowledgedIn24h: r(1, 3),
      onTimeCompletion: r(1, 1),
      returnRate: r(1, 3),
      repeatRate: r(1, 2),
      extensionRate: r(1, 2),
      supervised: 1,
    });
    const department = res.body.units.find((u: { type: string }) => u.type === "department");
    expect(department).toMatchObject({
      id: housing,
      dispatched: 1,
      acknowledgedIn24h: r(1, 1),
      onTimeCompletion: r(0, 0),
      returnRate: r(0, 1),
      repeatRate: r(0, 1),
      extensionRate: r(0, 1),
      supervised: 0,
    });
    expect(res.body.total).toMatchObject({
      dispatched: 4,
      acknowledgedIn24h: r(2, 4),
      onTimeCompletion: r(1, 1),
      returnRate: r(1, 4),
      repeatRate: r(1, 3),
      extensionRate: r(1, 3),
      supervised: 1,
    });
    // A department officer sees its own unit only; company staff none.
    const own = await h.request("GET", "/v1/tenants/other/kpis/work-orders?period=2026-11", {
      token: officerThere,
    });
    expect(own.body.units.map((u: { id: string }) => u.id)).toEqual([housing]);
    const bad = await h.request("GET", "/v1/tenants/other/kpis/work-orders?period=2026-13", { token: desk });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
  });
});
