import { dateInZone } from "@propgov/core";
import { departments, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedDepartments } from "./mechanism-fixtures.js";
import { createCompanyVia, seedWorld, type World } from "./registry-fixtures.js";

/** The month after `date`'s month, as `YYYY-MM`. */
function nextMonth(date: string, months = 1): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  return `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/**
 * Hand-built figures, in Asia/Shanghai (UTC+8), for period P = next month:
 *
 * company A  a1 due P-05, submitted P-05 23:00 local, verified            → on time
 *            a2 due P-05, submitted P-06 00:30 local, verified, closed    → late
 *            a3 due P-10, started, never submitted                        → open, overdue
 *            a4 due P-28, open                                            → not yet due
 *            a5 due P-10, submitted P-08, sent back, again P-12, verified → late
 *            → due 5, on time 1, late 2, overdue 1, not due 1; rate 1/4
 * dept D     d1 due P-10, submitted P-08, verified                        → on time
 *            d2 due P-20, submitted P-15, not verified (today is P-20)    → not yet due
 *            d3 due P-10, open                                            → open, overdue
 *            → due 3, on time 1, overdue 1, not due 1; rate 1/2
 * region R   r1 due P-05, submitted P-04, verified                        → on time; rate 1
 *            r2 due in the month after P                                  → not in the period
 * company B  b1 due P-28, open                                            → not yet due; rate null
 * totals: due 10, on time 3, late 2, overdue 2, not due 3; rate 3/7
 */
describe.each(testDrivers())("task KPIs on %s", (driver) => {
  let h: Harness;
  let world: World;
  let companyA: string;
  let companyB: string;
  let dep: string;
  let depName: string;
  const tokens: Record<string, string> = {};
  let P = "";

  const base = "/v1/tenants/ours";
  const setClock = (iso: string) => {
    const target = Date.parse(iso);
    const now = h.deps.now().getTime();
    if (target < now) throw new Error(`the clock only moves forward (${iso})`);
    h.advance(target - now);
  };
  const issue = async (ownerUnit: Record<string, string>, dueOn: string) => {
    const res = await h.request("POST", `${base}/tasks`, {
      token: h.ours.adminToken,
      body: { title: `任务 ${dueOn}`, ownerUnit, dueOn },
    });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const act = async (id: string, action: string, token: string, body?: unknown) => {
    const res = await h.request("POST", `${base}/tasks/${id}/${action}`, {
      token,
      ...(body ? { body } : {}),
    });
    if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const kpis = (query = "", token = h.ours.adminToken) =>
    h.request("GET", `${base}/kpis/tasks${query ? `?${query}` : ""}`, { token });

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-03-25T02:00:00.000Z" });
    world = await seedWorld(h);
    companyA = await createCompanyVia(h, 1);
    companyB = await createCompanyVia(h, 2);
    await seedDepartments(h, h.ours, ["urbanManagement"]);
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ id: departments.id, name: departments.nameZh })
        .from(departments)
        .where(and(eq(departments.tenantId, h.ours.id), eq(departments.code, "urbanManagement"))),
    );
    if (!row) throw new Error("department missing");
    dep = row.id;
    depName = row.name;
    for (const [name, roles, scope] of [
      ["companyA", ["companyStaff"], { companyId: companyA }],
      ["dep", ["departmentOfficer"], { departmentId: dep }],
      ["community", ["regionStaff"], { regionId: world.community.id }],
      ["street", ["regionStaff"], { regionId: world.street.id }],
      ["township", ["regionStaff"], { regionId: world.township.id }],
    ] as const) {
      tokens[name] = (await h.userWith(h.ours, [...roles], scope)).token;
    }

    P = nextMonth(dateInZone(h.deps.now(), h.ours.timezone));
    const A = { unitType: "company", unitId: companyA };
    const D = { unitType: "department", unitId: dep };
    const R = { unitType: "region", unitId: world.community.id };
    const a1 = await issue(A, `${P}-05`);
    const a2 = await issue(A, `${P}-05`);
    const a3 = await issue(A, `${P}-10`);
    await issue(A, `${P}-28`);
    const a5 = await issue(A, `${P}-10`);
    const d1 = await issue(D, `${P}-10`);
    const d2 = await issue(D, `${P}-20`);
    await issue(D, `${P}-10`);
    const r1 = await issue(R, `${P}-05`);
    await issue(R, `${nextMonth(`${P}-01`)}-05`);
    await issue({ unitType: "company", unitId: companyB }, `${P}-28`);

    for (const id of [a1, a2, a3, a5]) await act(id, "start", tokens.companyA as string);
    for (const id of [d1, d2]) await act(id, "start", tokens.dep as string);
    await act(r1, "start", tokens.community as string);

    setClock(`${P}-04T04:00:00.000Z`);
    await act(r1, "submit", tokens.community as string);
    setClock(`${P}-05T15:00:00.000Z`); // 23:00 on the 5th in Shanghai: still the due day
    await act(a1, "submit", tokens.companyA as string);
    setClock(`${P}-05T16:30:00.000Z`); // 00:30 on the 6th in Shanghai: a day late
    await act(a2, "submit", tokens.companyA as string);
    setClock(`${P}-08T02:00:00.000Z`);
    await act(d1, "submit", tokens.dep as string);
    await act(a5, "submit", tokens.companyA as string);
    await act(a5, "send-back", h.ours.adminToken, { reason: "材料不全" });
    setClock(`${P}-12T02:00:00.000Z`);
    await act(a5, "submit", tokens.companyA as string);
    setClock(`${P}-15T02:00:00.000Z`);
    await act(d2, "submit", tokens.dep as string);
    for (const id of [a1, a2, a5, d1]) await act(id, "verify", h.ours.adminToken);
    await act(r1, "verify", tokens.street as string);
    await act(a2, "close", h.ours.adminToken);
    setClock(`${P}-20T02:00:00.000Z`);
  });
  afterAll(() => h?.destroy());

  const row = (
    unitType: string,
    unitId: string,
    name: string,
    [due, completedOnTime, completedLate, openOverdue, openNotDue]: number[],
    onTimeRate: number | null,
  ) => ({ unitType, unitId, name, due, completedOnTime, completedLate, openOverdue, openNotDue, onTimeRate });

  it("counts on time, late and overdue per owner unit, worst first", async () => {
    const res = await kpis(`period=${P}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: P,
      kind: "month",
      from: `${P}-01`,
      timezone: "Asia/Shanghai",
      today: `${P}-20`,
      ownerUnitType: null,
    });
    expect(res.body.units).toEqual([
      row("company", companyA, "蒙城县第1物业服务有限公司", [5, 1, 2, 1, 1], 1 / 4),
      row("department", dep, depName, [3, 1, 0, 1, 1], 1 / 2),
      row("region", world.community.id, "城南社区", [1, 1, 0, 0, 0], 1),
      row("company", companyB, "蒙城县第2物业服务有限公司", [1, 0, 0, 0, 1], null),
    ]);
    expect(res.body.totals).toEqual({
      due: 10,
      completedOnTime: 3,
      completedLate: 2,
      openOverdue: 2,
      openNotDue: 3,
      onTimeRate: 3 / 7,
    });
    // The current month is the default.
    expect((await kpis()).body).toEqual(res.body);
  });

  it("filters by owner unit type; other periods count other tasks", async () => {
    const companies = await kpis(`period=${P}&ownerUnitType=company`);
    expect(companies.body.units.map((u: { unitId: string }) => u.unitId)).toEqual([companyA, companyB]);
    expect(companies.body.totals).toMatchObject({ due: 6, completedOnTime: 1, onTimeRate: 1 / 4 });
    const later = await kpis(`period=${nextMonth(`${P}-01`)}`);
    expect(later.body.units).toEqual([row("region", world.community.id, "城南社区", [1, 0, 0, 0, 1], null)]);
    const empty = await kpis("period=2020-01");
    expect(empty.body.units).toEqual([]);
    expect(empty.body.totals).toEqual({
      due: 0,
      completedOnTime: 0,
      completedLate: 0,
      openOverdue: 0,
      openNotDue: 0,
      onTimeRate: null,
    });
  });

  it("each caller counts the tasks it sees", async () => {
    const unitsOf = async (token: string) =>
      (await kpis(`period=${P}`, token)).body.units.map((u: { unitId: string }) => u.unitId);
    expect(await unitsOf(tokens.companyA as string)).toEqual([companyA]);
    expect(await unitsOf(tokens.dep as string)).toEqual([dep]);
    expect(await unitsOf(tokens.street as string)).toEqual([world.community.id]);
    expect(await unitsOf(tokens.township as string)).toEqual([]);
    const theirs = await h.request("GET", `/v1/tenants/other/kpis/tasks?period=${P}`, {
      token: h.other.adminToken,
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.units).toEqual([]);
    expectProblem(
      await h.request("GET", `/v1/tenants/other/kpis/tasks`, { token: tokens.dep }),
      404,
      "not_found",
    );
    expectProblem(await h.request("GET", `${base}/kpis/tasks`), 401, "unauthenticated");
  });

  it("bad queries are 400 naming the field", async () => {
    for (const period of ["2024-13", "24-05", "1800", "2024-Q5"]) {
      const res = await kpis(`period=${period}`);
      expectProblem(res, 400, "bad_request");
      expect(failingPaths(res)).toEqual(["query.period"]);
    }
    const res = await kpis("ownerUnitType=body");
    expectProblem(res, 400, "bad_request");
    expect(failingPaths(res)).toEqual(["query.ownerUnitType"]);
  });
});
