import { dateInZone, newId } from "@propgov/core";
import { auditEvents, committees, pgErrorCode, taskEvents, tasks, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantServiceContext } from "../src/context.js";
import { insertTask } from "../src/services/tasks/create.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { messages, rejection } from "./db-errors.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

const DAY = 86_400_000;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

interface TaskJson {
  id: string;
  title: string;
  status: string;
  overdue: boolean;
  source: string;
  sourceId: string | null;
  regionId: string | null;
  ownerUnit: { unitType: string; unitId: string; name: string };
  allowedActions: string[];
  milestones: { title: string; dueOn: string; doneAt: string | null; overdue: boolean }[];
  [key: string]: unknown;
}

async function insertCommittee(h: Harness, tenantId: string, compoundId: string): Promise<string> {
  const id = newId("committee");
  await withTenant(h.deps.db.db, tenantId, (tx) =>
    tx.insert(committees).values({
      tenantId,
      id,
      compoundId,
      formedOn: "2024-01-01",
      termEndsOn: "2028-12-31",
      members: [{ name: "王建国", role: "chair", isPartyMember: true }],
    }),
  );
  return id;
}

describe.each(testDrivers())("tasks (责任清单) on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  let company: string;
  let otherCompany: string;
  let sunshineCommittee: string;
  let happyCommittee: string;
  let dep: string;
  let otherDep: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-06-10T02:00:00.000Z" });
    world = await seedCaseWorld(h);
    company = await createCompanyVia(h, 1);
    otherCompany = await createCompanyVia(h, 2);
    sunshineCommittee = await insertCommittee(h, h.ours.id, world.sunshine);
    happyCommittee = await insertCommittee(h, h.ours.id, world.happy);
    dep = world.departmentIds.urbanManagement as string;
    otherDep = world.departmentIds.police as string;
    const users: [string, string[], Record<string, string>][] = [
      ["street", ["regionStaff"], { regionId: world.street.id }],
      ["community", ["regionStaff"], { regionId: world.community.id }],
      ["township", ["regionStaff"], { regionId: world.township.id }],
      ["company", ["companyStaff"], { companyId: company }],
      ["otherCompany", ["companyStaff"], { companyId: otherCompany }],
      ["dep", ["departmentOfficer"], { departmentId: dep }],
      ["otherDep", ["departmentOfficer"], { departmentId: otherDep }],
      ["sunshine", ["committeeMember"], { compoundId: world.sunshine }],
      ["happy", ["committeeMember"], { compoundId: world.happy }],
    ];
    for (const [name, roles, scope] of users) {
      const u = await h.userWith(h.ours, roles, scope);
      tokens[name] = u.token;
      ids[name] = u.id;
    }
    tokens.admin = h.ours.adminToken;
  });
  afterAll(() => h?.destroy());

  const base = "/v1/tenants/ours";
  const today = () => dateInZone(h.deps.now(), h.ours.timezone);
  const owner = (unitType: string, unitId: string) => ({ unitType, unitId });
  const create = (body: Record<string, unknown>, token = tokens.admin) =>
    h.request("POST", `${base}/tasks`, { token, body });
  const issue = async (body: Record<string, unknown>, token = tokens.admin): Promise<TaskJson> => {
    const res = await create({ title: "公示栏整改", dueOn: addDays(today(), 10), ...body }, token);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const act = (id: string, action: string, token: string | undefined, body?: unknown) =>
    h.request("POST", `${base}/tasks/${id}/${action}`, { token, ...(body === undefined ? {} : { body }) });
  const ok = async (id: string, action: string, token: string | undefined, body?: unknown) => {
    const res = await act(id, action, token, body);
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as TaskJson;
  };
  const get = (id: string, token = tokens.admin) => h.request("GET", `${base}/tasks/${id}`, { token });
  const listAll = async (query = "", token = tokens.admin): Promise<TaskJson[]> => {
    const out: TaskJson[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: TaskJson[]; nextCursor: string | null } } = await h.request(
        "GET",
        `${base}/tasks?limit=200&${query}${cursor ? `&cursor=${cursor}` : ""}`,
        { token },
      );
      expect(res.status).toBe(200);
      out.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  };

  it("walks the closed loop: issue, start, submit, send back, submit, verify, close", async () => {
    const dueOn = addDays(today(), 10);
    const created = await create({
      title: "公示栏整改",
      description: "公示收费标准、服务标准和公共收益。",
      ownerUnit: owner("company", company),
      assignee: { name: "张经理" },
      dueOn,
      milestones: [{ title: "制定方案", dueOn: addDays(today(), 3) }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(id).toMatch(/^tsk_[0-9A-Z]{26}$/);
    expect(created.body).toMatchObject({
      status: "open",
      source: "manual",
      sourceId: null,
      ownerUnit: { unitType: "company", unitId: company, name: "蒙城县第1物业服务有限公司" },
      regionId: null,
      assignee: { userId: null, name: "张经理" },
      dueOn,
      milestones: [{ title: "制定方案", doneAt: null, overdue: false }],
      overdue: false,
      allowedActions: ["start"],
      issuedBy: h.ours.adminId,
      sentBackCount: 0,
    });

    expect((await ok(id, "start", tokens.company)).status).toBe("inProgress");
    const submitted = await ok(id, "submit", tokens.company, { note: "已整改" });
    expect(submitted).toMatchObject({ status: "submitted", allowedActions: ["sendBack", "verify"] });
    expect(submitted.submittedAt).not.toBeNull();
    const back = await ok(id, "send-back", tokens.admin, { reason: "照片不清晰，请重新上传。" });
    expect(back).toMatchObject({ status: "inProgress", sentBackCount: 1, submittedAt: null });
    await ok(id, "submit", tokens.company);
    expect((await ok(id, "verify", tokens.admin)).status).toBe("verified");
    const closed = await ok(id, "close", tokens.admin);
    expect(closed).toMatchObject({ status: "closed", allowedActions: [] });
    expect(closed.closedAt).not.toBeNull();

    const full = await get(id);
    expect(full.status).toBe(200);
    const events = full.body.events as {
      type: string;
      status: string;
      actor: { id: string };
      payload: Record<string, unknown>;
    }[];
    expect(events.map((e) => [e.type, e.status])).toEqual([
      ["created", "open"],
      ["started", "inProgress"],
      ["submitted", "submitted"],
      ["sentBack", "inProgress"],
      ["submitted", "submitted"],
      ["verified", "verified"],
      ["closed", "closed"],
    ]);
    expect(events.map((e) => e.actor.id)).toEqual([
      h.ours.adminId,
      ids.company,
      ids.company,
      h.ours.adminId,
      ids.company,
      h.ours.adminId,
      h.ours.adminId,
    ]);
    expect(events[2]?.payload).toMatchObject({ note: "已整改", onTime: true });
    expect(events[3]?.payload).toEqual({ reason: "照片不清晰，请重新上传。" });

    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, id)))
        .orderBy(asc(auditEvents.id)),
    );
    expect(audit.map((a) => a.action)).toEqual([
      "task.create",
      "task.start",
      "task.submit",
      "task.sendBack",
      "task.submit",
      "task.verify",
      "task.close",
    ]);
    expect(audit[3]?.after).toMatchObject({ status: "inProgress", reason: "照片不清晰，请重新上传。" });
    expect(audit[3]?.before).toMatchObject({ status: "submitted" });
  });

  it("refuses every action its status does not accept: 409 with currentStatus and allowedActions", async () => {
    const t = await issue({ ownerUnit: owner("department", dep) });
    const sides: Record<string, string> = {
      start: tokens.dep as string,
      submit: tokens.dep as string,
      "send-back": tokens.admin as string,
      verify: tokens.admin as string,
      close: tokens.admin as string,
    };
    const path: [string, string, string[]][] = [
      ["open", "start", ["start"]],
      ["inProgress", "submit", ["submit"]],
      ["submitted", "verify", ["sendBack", "verify"]],
      ["verified", "close", ["close"]],
      ["closed", "", []],
    ];
    const wire: Record<string, string> = { sendBack: "send-back" };
    for (const [status, next, allowed] of path) {
      for (const action of Object.keys(sides)) {
        const name = action === "send-back" ? "sendBack" : action;
        if (allowed.includes(name)) continue;
        const res = await act(
          t.id,
          action,
          sides[action],
          action === "send-back" ? { reason: "重办" } : undefined,
        );
        const problem = expectProblem(res, 409, "conflict");
        expect(res.body).toMatchObject({ currentStatus: status, allowedActions: allowed });
        expect(problem.detail).toContain(status);
      }
      if (next) await ok(t.id, wire[next] ?? next, sides[next]);
    }
    // Content no longer changes once verified; milestones neither.
    const patch = await h.request("PATCH", `${base}/tasks/${t.id}`, {
      token: tokens.admin,
      body: { title: "改标题" },
    });
    expectProblem(patch, 409, "conflict");
    expect(patch.body).toMatchObject({ currentStatus: "closed", allowedActions: [] });
  });

  it("sending back needs a reason (422 naming body.reason)", async () => {
    const t = await issue({ ownerUnit: owner("department", dep) });
    await ok(t.id, "start", tokens.dep);
    await ok(t.id, "submit", tokens.dep);
    for (const body of [{}, { reason: "   " }]) {
      const res = await act(t.id, "send-back", tokens.admin, body);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.reason"]);
    }
    expectProblem(await act(t.id, "send-back", tokens.admin), 422, "unprocessable");
    expect((await get(t.id)).body.status).toBe("submitted");
  });

  it("bad input is 4xx naming the field", async () => {
    const body = { title: "整改", ownerUnit: owner("company", company), dueOn: addDays(today(), 5) };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...body, ownerUnit: owner("region", company) }, ["body.ownerUnit.unitId"]],
      [{ ...body, ownerUnit: owner("company", newId("company")) }, ["body.ownerUnit.unitId"]],
      [{ ...body, ownerUnit: owner("committee", newId("committee")) }, ["body.ownerUnit.unitId"]],
      [{ ...body, dueOn: addDays(today(), -1) }, ["body.dueOn"]],
      [{ ...body, dueOn: "2026-02-30" }, ["body.dueOn"]],
      [{ ...body, milestones: [{ title: "a", dueOn: addDays(today(), 6) }] }, ["body.milestones.0.dueOn"]],
      [{ ...body, assignee: { userId: newId("user") } }, ["body.assignee.userId"]],
      [{ ...body, title: "" }, ["body.title"]],
      [{ ...body, source: "finding" }, ["body.source"]],
      [{ ...body, source: "case", sourceId: newId("case") }, ["body.sourceId"]],
      [{ ...body, status: "closed" }, [""]],
    ];
    for (const [input, paths] of cases) {
      const res = await create(input);
      expectProblem(res, 422, "unprocessable");
      if (paths[0] === "") expect(failingPaths(res).length).toBeGreaterThan(0);
      else expect(failingPaths(res)).toEqual(paths);
    }
    expectProblem(await get("tsk_nope"), 400, "bad_request");
    expectProblem(await get(newId("task")), 404, "not_found");
    expectProblem(
      await h.request("GET", `${base}/tasks?status=done`, { token: tokens.admin }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("GET", `${base}/tasks?overdue=yes`, { token: tokens.admin }),
      400,
      "bad_request",
    );
  });

  it("an assignee user is checked and named; a task can follow up a case", async () => {
    const t = await issue({ ownerUnit: owner("department", dep), assignee: { userId: ids.dep } });
    expect(t.assignee).toEqual({ userId: ids.dep, name: (t.assignee as { name: string }).name });
    expect((t.assignee as { name: string }).name).toMatch(/^user\d+$/);

    const filed = await fileCaseVia(h, h.ours, tokens.admin as string, caseBody(world));
    const fromCase = await issue({
      ownerUnit: owner("company", company),
      source: "case",
      sourceId: filed.id,
    });
    expect(fromCase).toMatchObject({ source: "case", sourceId: filed.id, regionId: world.community.id });
    // A case may need several units to act: each gets its own task.
    const second = await issue({ ownerUnit: owner("department", dep), source: "case", sourceId: filed.id });
    expect(second).toMatchObject({ source: "case", sourceId: filed.id, regionId: world.community.id });
    expect((await listAll("source=case")).map((t) => t.id)).toEqual([second.id, fromCase.id]);
    // The township's staff do not see a case of the street's community.
    const far = await create(
      {
        title: "x",
        ownerUnit: owner("company", company),
        dueOn: addDays(today(), 3),
        source: "case",
        sourceId: filed.id,
      },
      tokens.township,
    );
    expectProblem(far, 422, "unprocessable");
    expect(failingPaths(far)).toEqual(["body.sourceId"]);
  });

  it("a region's own staff do the work; the region above verifies", async () => {
    // County → township: the township starts and submits, cannot verify its own work.
    const t = await issue({ ownerUnit: owner("region", world.township.id) });
    expect(t).toMatchObject({ regionId: world.township.id, ownerUnit: { name: "立仓镇" } });
    expectProblem(await act(t.id, "start", tokens.admin), 403, "forbidden");
    await ok(t.id, "start", tokens.township);
    await ok(t.id, "submit", tokens.township);
    expectProblem(await act(t.id, "verify", tokens.township), 403, "forbidden");
    expectProblem(await get(t.id, tokens.street), 404, "not_found");
    expectProblem(await act(t.id, "verify", tokens.street), 404, "not_found");
    await ok(t.id, "verify", tokens.admin);

    // Street → its community: the community works; the street verifies; the township sees nothing.
    const c = await issue({ ownerUnit: owner("region", world.community.id) }, tokens.street);
    expect(c).toMatchObject({ regionId: world.community.id, issuedBy: ids.street });
    await ok(c.id, "start", tokens.community);
    await ok(c.id, "submit", tokens.community);
    expectProblem(await act(c.id, "verify", tokens.community), 403, "forbidden");
    expectProblem(await get(c.id, tokens.township), 404, "not_found");
    expect((await ok(c.id, "verify", tokens.street)).status).toBe("verified");
    expectProblem(await act(c.id, "close", tokens.community), 403, "forbidden");
    await ok(c.id, "close", tokens.street);

    // Region staff task only regions and committees inside their subtree.
    for (const [unit, token] of [
      [owner("region", world.township.id), tokens.street],
      [owner("region", world.street.id), tokens.community],
      [owner("committee", sunshineCommittee), tokens.township],
    ] as const) {
      const res = await create({ title: "x", ownerUnit: unit, dueOn: addDays(today(), 3) }, token);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.ownerUnit.unitId"]);
    }
  });

  it("departments, companies and committees see and work their own unit's tasks only", async () => {
    // A street's task to a company belongs to the street.
    const ct = await issue({ ownerUnit: owner("company", company) }, tokens.street);
    expect(ct.regionId).toBe(world.street.id);
    for (const who of ["otherCompany", "dep", "community", "township", "sunshine"]) {
      expectProblem(await get(ct.id, tokens[who]), 404, "not_found");
      expectProblem(await act(ct.id, "start", tokens[who]), 404, "not_found");
    }
    expect((await get(ct.id, tokens.company)).status).toBe(200);
    await ok(ct.id, "start", tokens.company);
    await ok(ct.id, "submit", tokens.company);
    expectProblem(await act(ct.id, "verify", tokens.company), 403, "forbidden");
    await ok(ct.id, "verify", tokens.street);

    // A committee: its compound's members work it; the community above verifies.
    const kt = await issue({ ownerUnit: owner("committee", sunshineCommittee) });
    expect(kt).toMatchObject({ regionId: world.community.id, ownerUnit: { name: "阳光花园业主委员会" } });
    expectProblem(await get(kt.id, tokens.happy), 404, "not_found");
    await ok(kt.id, "start", tokens.sunshine);
    await ok(kt.id, "submit", tokens.sunshine);
    expectProblem(await act(kt.id, "send-back", tokens.sunshine, { reason: "x" }), 403, "forbidden");
    await ok(kt.id, "send-back", tokens.community, { reason: "补充会议记录" });

    // A department.
    const dt = await issue({ ownerUnit: owner("department", dep) });
    expectProblem(await get(dt.id, tokens.otherDep), 404, "not_found");
    expectProblem(await act(dt.id, "start", tokens.community), 404, "not_found");
    await ok(dt.id, "start", tokens.dep);

    // Lists show the same: each sees its own.
    const mine = async (who: string) => (await listAll("", tokens[who])).map((t) => t.id);
    expect(await mine("company")).toContain(ct.id);
    expect(await mine("company")).not.toContain(dt.id);
    expect(await mine("otherCompany")).toEqual([]);
    const hk = await issue({ ownerUnit: owner("committee", happyCommittee) });
    expect(await mine("sunshine")).toEqual([kt.id]);
    expect(await mine("happy")).toEqual([hk.id]);
    expectProblem(await act(hk.id, "start", tokens.sunshine), 404, "not_found");
    expect(await mine("dep")).toContain(dt.id);
    expect((await mine("dep")).every((id) => id !== ct.id && id !== kt.id)).toBe(true);
    expect(await mine("otherDep")).toEqual([]);
    const street = await mine("street");
    expect(street).toEqual(expect.arrayContaining([ct.id, kt.id]));
    expect(street).not.toContain(dt.id);

    // Who may issue and change: the route refuses the others.
    expectProblem(
      await create(
        { title: "x", ownerUnit: owner("company", company), dueOn: addDays(today(), 3) },
        tokens.company,
      ),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("PATCH", `${base}/tasks/${dt.id}`, { token: tokens.dep, body: { title: "改" } }),
      403,
      "forbidden",
    );
    expectProblem(await act(dt.id, "verify", tokens.dep), 403, "forbidden");
  });

  it("answers 401 without a session and 404 to another tenant", async () => {
    const t = await issue({ ownerUnit: owner("company", company) });
    expectProblem(await h.request("GET", `${base}/tasks`), 401, "unauthenticated");
    expectProblem(await act(t.id, "start", undefined), 401, "unauthenticated");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/tasks/${t.id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", `/v1/tenants/other/tasks/${t.id}/verify`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base}/tasks/${t.id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const theirs = await h.request("GET", "/v1/tenants/other/tasks", { token: h.other.adminToken });
    expect(theirs.body.items).toEqual([]);
    // Their own tenant cannot name our units as owners either.
    const cross = await h.request("POST", "/v1/tenants/other/tasks", {
      token: h.other.adminToken,
      body: { title: "x", ownerUnit: owner("company", company), dueOn: addDays(today(), 3) },
    });
    expectProblem(cross, 422, "unprocessable");
    expect(failingPaths(cross)).toEqual(["body.ownerUnit.unitId"]);
  });

  it("changes content while open, keeping done milestones; milestones are the owner's to tick", async () => {
    const t = await issue({
      ownerUnit: owner("company", company),
      dueOn: addDays(today(), 10),
      milestones: [
        { title: "方案", dueOn: addDays(today(), 2) },
        { title: "整改", dueOn: addDays(today(), 8) },
      ],
    });
    const done = await h.request("POST", `${base}/tasks/${t.id}/milestones/0/done`, {
      token: tokens.company,
    });
    expect(done.status).toBe(200);
    expect(done.body.milestones[0].doneAt).not.toBeNull();
    const again = await h.request("POST", `${base}/tasks/${t.id}/milestones/0/done`, {
      token: tokens.company,
    });
    expect(again.body.milestones[0].doneAt).toBe(done.body.milestones[0].doneAt);
    expectProblem(
      await h.request("POST", `${base}/tasks/${t.id}/milestones/5/done`, { token: tokens.company }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", `${base}/tasks/${t.id}/milestones/x/done`, { token: tokens.company }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("POST", `${base}/tasks/${t.id}/milestones/1/done`, { token: tokens.admin }),
      403,
      "forbidden",
    );

    const patch = (body: unknown, token = tokens.admin) =>
      h.request("PATCH", `${base}/tasks/${t.id}`, { token, body });
    const changed = await patch({
      title: "公示栏整改（补充）",
      dueOn: addDays(today(), 12),
      milestones: [
        { title: "整改", dueOn: addDays(today(), 9) },
        { title: "方案", dueOn: addDays(today(), 2) },
        { title: "验收", dueOn: addDays(today(), 12) },
      ],
      assignee: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: "公示栏整改（补充）",
      dueOn: addDays(today(), 12),
      assignee: null,
    });
    expect(
      changed.body.milestones.map((m: { title: string; doneAt: string | null }) => [m.title, m.doneAt]),
    ).toEqual([
      ["整改", null],
      ["方案", done.body.milestones[0].doneAt],
      ["验收", null],
    ]);
    const early = await patch({ dueOn: addDays(today(), 5) });
    expectProblem(early, 422, "unprocessable");
    expect(failingPaths(early)).toEqual(["body.dueOn"]);
    const past = await patch({ dueOn: addDays(today(), -1), milestones: [] });
    expect(failingPaths(past)).toEqual(["body.dueOn"]);
    expectProblem(await patch({}), 422, "unprocessable");
    expectProblem(await patch({ title: "x" }, tokens.township), 404, "not_found");

    const events = (await get(t.id)).body.events as { type: string; payload: Record<string, unknown> }[];
    expect(events.map((e) => e.type)).toEqual(["created", "milestoneDone", "updated"]);
    expect(events[1]?.payload).toMatchObject({ index: 0, title: "方案", onTime: true });
    expect(events[2]?.payload).toMatchObject({
      changed: ["title", "dueOn", "milestones", "assignee"],
      dueOn: { from: addDays(today(), 10), to: addDays(today(), 12) },
    });
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, t.id)))
        .orderBy(asc(auditEvents.id)),
    );
    expect(audit.map((a) => a.action)).toEqual(["task.create", "task.milestoneDone", "task.update"]);
  });

  it("turns a finding into a task, once", async () => {
    const run = await h.request("POST", `${base}/evaluations`, {
      token: tokens.admin,
      body: { period: "2024-05" },
    });
    expect(run.status).toBe(201);
    const findings = (
      await h.request("GET", `${base}/findings?period=2024-05&limit=200`, { token: tokens.admin })
    ).body.items as {
      id: string;
      rule: string;
      subject: { type: string; id: string; name: string };
      regionId: string | null;
      message: { zh: string };
    }[];
    const noGuarantor = findings.find((f) => f.rule === "compoundWithoutGuarantor");
    if (!noGuarantor) throw new Error("expected 幸福里 to lack a guarantor");
    expect(noGuarantor.subject).toMatchObject({ type: "compound", name: "幸福里" });
    const convert = (id: string, body: Record<string, unknown>, token = tokens.admin) =>
      h.request("POST", `${base}/findings/${id}/tasks`, { token, body });

    // A compound owns no tasks: the owner must be named.
    const unnamed = await convert(noGuarantor.id, { dueOn: addDays(today(), 7) });
    expectProblem(unnamed, 422, "unprocessable");
    expect(failingPaths(unnamed)).toEqual(["body.ownerUnit"]);
    const res = await convert(noGuarantor.id, {
      ownerUnit: owner("region", world.community.id),
      dueOn: addDays(today(), 7),
      assignee: { name: "王强" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: noGuarantor.message.zh,
      source: "finding",
      sourceId: noGuarantor.id,
      regionId: world.community.id,
      ownerUnit: { unitType: "region", unitId: world.community.id, name: "城南社区" },
      status: "open",
    });
    const second = await convert(noGuarantor.id, {
      ownerUnit: owner("region", world.community.id),
      dueOn: addDays(today(), 7),
    });
    expectProblem(second, 409, "conflict");
    expect(second.body.taskId).toBe(res.body.id);
    expect(second.body.detail).toContain(res.body.id);
    expect((await listAll("source=finding")).map((t) => t.id)).toEqual([res.body.id]);
    // Re-running the period finds the same gap: the same finding, still linked to its task.
    const rerun = await h.request("POST", `${base}/evaluations`, {
      token: tokens.admin,
      body: { period: "2024-05" },
    });
    expect(rerun.status).toBe(201);
    const again = (
      await h.request("GET", `${base}/findings?period=2024-05&limit=200`, { token: tokens.admin })
    ).body.items.find((f: { id: string }) => f.id === noGuarantor.id);
    expect(again).toMatchObject({ rule: "compoundWithoutGuarantor", evaluationId: rerun.body.id });
    const third = await convert(noGuarantor.id, {
      ownerUnit: owner("region", world.community.id),
      dueOn: addDays(today(), 7),
    });
    expect(third.body.taskId).toBe(res.body.id);

    // A region's finding: the region owns the task unless told otherwise.
    const regional = findings.find(
      (f) => f.subject.type === "region" && f.regionId === world.farCommunity.id,
    );
    if (!regional) throw new Error("expected a finding about 立仓社区");
    expectProblem(
      await convert(regional.id, { dueOn: addDays(today(), 7) }, tokens.street),
      404,
      "not_found",
    );
    expectProblem(
      await convert(regional.id, { dueOn: addDays(today(), 7) }, tokens.company),
      403,
      "forbidden",
    );
    const byTownship = await convert(regional.id, { dueOn: addDays(today(), 7) }, tokens.township);
    expect(byTownship.status).toBe(201);
    expect(byTownship.body).toMatchObject({
      ownerUnit: { unitType: "region", unitId: world.farCommunity.id, name: "立仓社区" },
      regionId: world.farCommunity.id,
      issuedBy: ids.township,
    });
    const badDue = await convert(findings[0]?.id as string, { dueOn: addDays(today(), -3) });
    expect(failingPaths(badDue)).toEqual(["body.dueOn"]);
    expectProblem(await convert(`fnd_${"0".repeat(26)}`, { dueOn: addDays(today(), 7) }), 404, "not_found");
    expectProblem(await convert("cas_x", { dueOn: addDays(today(), 7) }), 400, "bad_request");
    expectProblem(
      await h.request("POST", `/v1/tenants/other/findings/${regional.id}/tasks`, {
        token: h.other.adminToken,
        body: { dueOn: addDays(today(), 7) },
      }),
      404,
      "not_found",
    );
  });

  it("other services make tasks through insertTask (a meeting resolution, once)", async () => {
    const ctx: TenantServiceContext = {
      deps: h.deps,
      requestId: "test",
      principal: {
        kind: "user",
        tenantId: h.ours.id,
        userId: ids.community as string,
        username: "community",
        displayName: "城南社区",
        roles: ["regionStaff"],
        scope: { regionId: world.community.id },
        sessionId: "ses_test",
        via: "bearer",
      },
      tenant: h.ours,
    };
    const resolution = `mrs_${"1".repeat(26)}`;
    const input = {
      title: "更换小区监控",
      ownerUnit: { unitType: "company" as const, unitId: company },
      dueOn: addDays(today(), 20),
      source: "meetingResolution" as const,
      sourceId: resolution,
      regionId: world.community.id,
    };
    const view = await withTenant(h.deps.db.db, h.ours.id, (tx) => insertTask(tx, ctx, input));
    expect(view).toMatchObject({
      source: "meetingResolution",
      sourceId: resolution,
      regionId: world.community.id,
    });
    expect((await get(view.id, tokens.community)).body.issuedBy).toBe(ids.community);
    const twice = await rejection(withTenant(h.deps.db.db, h.ours.id, (tx) => insertTask(tx, ctx, input)));
    expect(twice).toMatchObject({ code: "conflict", extensions: { taskId: view.id } });
    const path = await rejection(
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        insertTask(
          tx,
          ctx,
          {
            ...input,
            sourceId: `mrs_${"2".repeat(26)}`,
            ownerUnit: { unitType: "department", unitId: newId("department") },
          },
          { path: "body.resolutions.1." },
        ),
      ),
    );
    expect(path).toMatchObject({
      code: "unprocessable",
      errors: [{ path: "body.resolutions.1.ownerUnit.unitId" }],
    });
  });

  it("filters by owner, status, source, text; pages newest first", async () => {
    const a = await issue({ title: "清理楼道杂物", ownerUnit: owner("company", otherCompany) });
    const b = await issue({ title: "维修电梯", ownerUnit: owner("company", otherCompany) });
    const c = await issue({ title: "公示维修资金", ownerUnit: owner("company", otherCompany) });
    await ok(b.id, "start", tokens.otherCompany);
    const all = await listAll(`ownerUnitType=company&ownerUnitId=${otherCompany}`);
    expect(all.map((t) => t.id)).toEqual([c.id, b.id, a.id]);
    expect((await listAll(`ownerUnitId=${otherCompany}&status=inProgress`)).map((t) => t.id)).toEqual([b.id]);
    expect(
      (await listAll(`ownerUnitId=${otherCompany}&q=${encodeURIComponent("维修")}`)).map((t) => t.id),
    ).toEqual([c.id, b.id]);
    expect((await listAll(`ownerUnitId=${otherCompany}&source=manual`)).length).toBe(3);
    expect(await listAll(`ownerUnitId=${otherCompany}&source=finding`)).toEqual([]);
    expect(
      (await listAll("ownerUnitType=committee")).every((t) => t.ownerUnit.unitType === "committee"),
    ).toBe(true);

    const first = await h.request("GET", `${base}/tasks?ownerUnitId=${otherCompany}&limit=2`, {
      token: tokens.admin,
    });
    expect(first.body.items.map((t: TaskJson) => t.id)).toEqual([c.id, b.id]);
    const second = await h.request(
      "GET",
      `${base}/tasks?ownerUnitId=${otherCompany}&limit=2&cursor=${first.body.nextCursor}`,
      { token: tokens.admin },
    );
    expect(second.body.items.map((t: TaskJson) => t.id)).toEqual([a.id]);
    expect(second.body.nextCursor).toBeNull();
    expectProblem(
      await h.request("GET", `${base}/tasks?cursor=nonsense`, { token: tokens.admin }),
      400,
      "bad_request",
    );
  });

  it("task events are append-only", async () => {
    const t = await issue({ ownerUnit: owner("department", otherDep) });
    const db = h.deps.db.db;
    const update = await rejection(
      withTenant(db, h.ours.id, (tx) =>
        tx.update(taskEvents).set({ type: "rewritten" }).where(eq(taskEvents.taskId, t.id)),
      ),
    );
    expect(pgErrorCode(update)).toBe("42501");
    for (const statement of [
      sql`update task_events set type = 'rewritten' where task_id = ${t.id}`,
      sql`delete from task_events where task_id = ${t.id}`,
    ]) {
      const error = await rejection(
        withTenant(db, h.ours.id, async (tx) => {
          await tx.execute(sql`reset role`);
          await tx.execute(statement);
        }),
      );
      expect(pgErrorCode(error)).toBe("42501");
      expect(messages(error)).toContain("task_events is append-only");
    }
    expect((await get(t.id)).body.events.map((e: { type: string }) => e.type)).toEqual(["created"]);
    // Tasks themselves are never deleted.
    const remove = await rejection(
      withTenant(db, h.ours.id, (tx) => tx.delete(tasks).where(eq(tasks.id, t.id))),
    );
    expect(pgErrorCode(remove)).toBe("42501");
  });

  // Moves the clock: keep it last.
  it("overdue is computed from the county's date", async () => {
    const t = await issue({
      ownerUnit: owner("department", otherDep),
      dueOn: addDays(today(), 2),
      milestones: [{ title: "方案", dueOn: addDays(today(), 1) }],
    });
    const done = await issue({ ownerUnit: owner("department", otherDep), dueOn: addDays(today(), 2) });
    for (const step of ["start", "submit"]) await ok(done.id, step, tokens.otherDep);
    await ok(done.id, "verify", tokens.admin);
    expect((await get(t.id)).body).toMatchObject({ overdue: false, milestones: [{ overdue: false }] });
    expect((await listAll(`ownerUnitId=${otherDep}&overdue=true`)).map((x) => x.id)).not.toContain(t.id);

    h.advance(2 * DAY);
    expect((await get(t.id)).body).toMatchObject({ overdue: false, milestones: [{ overdue: true }] });
    h.advance(1 * DAY);
    expect((await get(t.id)).body).toMatchObject({ overdue: true });
    expect((await get(done.id)).body.overdue).toBe(false);
    const overdue = (await listAll(`ownerUnitId=${otherDep}&overdue=true`)).map((x) => x.id);
    expect(overdue).toContain(t.id);
    expect(overdue).not.toContain(done.id);
    const notOverdue = (await listAll(`ownerUnitId=${otherDep}&overdue=false`)).map((x) => x.id);
    expect(notOverdue).toContain(done.id);
    expect(notOverdue).not.toContain(t.id);
    // Submitting late is recorded as such; a verified task is no longer overdue.
    await ok(t.id, "start", tokens.otherDep);
    const late = await ok(t.id, "submit", tokens.otherDep);
    expect(late.overdue).toBe(true);
    const events = (await get(t.id)).body.events as { type: string; payload: Record<string, unknown> }[];
    expect(events.at(-1)).toMatchObject({ type: "submitted", payload: { onTime: false } });
    expect((await ok(t.id, "verify", tokens.admin)).overdue).toBe(false);
  });
});
