import { auditEvents, contractProjectManagers, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import {
  createCompanyVia,
  seedCompound,
  seedDepartment,
  seedWorld,
  type World,
  yearsFromNow,
} from "./registry-fixtures.js";

describe.each(testDrivers())("contracts on %s", (driver) => {
  let h: Harness;
  let w: World;
  let acme: string;
  let rival: string;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-07-01T02:00:00.000Z" });
    w = await seedWorld(h);
    acme = await createCompanyVia(h, 1);
    rival = await createCompanyVia(h, 2);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/contracts";
  const manager = { name: "刘洋", phone: "13812345678" };
  const current = () => ({ startsOn: yearsFromNow(-1, "01-01"), endsOn: yearsFromNow(1, "12-31") });
  const body = (compoundId: string, companyId: string, overrides: Record<string, unknown> = {}) => ({
    companyId,
    compoundId,
    ...current(),
    feeStandard: 0.85,
    projectManager: manager,
    ...overrides,
  });
  const create = async (b: Record<string, unknown>, token = h.ours.adminToken) => {
    const res = await h.request("POST", path, { token, body: b });
    if (res.status !== 201)
      throw new Error(`contract create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);

  it("records a contract with names, a numeric fee, and whether it is active today; lists with filters", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "锦绣家园");
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, acme, { projectManager: { name: "刘洋", phone: "138 1234 5678" } }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      companyId: acme,
      companyName: "蒙城县第1物业服务有限公司",
      compoundId: compound,
      compoundName: "锦绣家园",
      ...current(),
      feeStandard: 0.85,
      projectManager: manager,
      active: true,
      archivedAt: null,
    });
    expect(created.body.id).toMatch(/^ctr_/);
    const future = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, rival, {
        startsOn: yearsFromNow(2, "01-01"),
        endsOn: yearsFromNow(4, "12-31"),
        feeStandard: 1.2,
      }),
    });
    expect(future.status).toBe(201);
    expect(future.body).toMatchObject({ active: false, feeStandard: 1.2 });

    const byCompound = await h.request("GET", `${path}?compoundId=${compound}`, { token: h.ours.adminToken });
    expect(ids(byCompound)).toEqual([created.body.id, future.body.id]);
    const byCompany = await h.request("GET", `${path}?compoundId=${compound}&companyId=${rival}`, {
      token: h.ours.adminToken,
    });
    expect(ids(byCompany)).toEqual([future.body.id]);
    const activeLater = await h.request(
      "GET",
      `${path}?compoundId=${compound}&activeOn=${yearsFromNow(3, "06-30")}`,
      { token: h.ours.adminToken },
    );
    expect(ids(activeLater)).toEqual([future.body.id]);
    const search = await h.request("GET", `${path}?q=${encodeURIComponent("锦绣")}`, {
      token: h.ours.adminToken,
    });
    expect(ids(search)).toEqual([created.body.id, future.body.id]);
    const one = await h.request("GET", `${path}/${created.body.id}`, { token: h.ours.adminToken });
    expect(one.body).toEqual(created.body);
  });

  it("a compound has at most one contract at a time: overlaps are 409 naming body.startsOn", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "一合同小区");
    const first = await create(body(compound, acme));
    const overlap = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, rival, { startsOn: yearsFromNow(1, "12-31"), endsOn: yearsFromNow(3, "12-31") }),
    });
    expectProblem(overlap, 409, "conflict");
    expect(failingPaths(overlap)).toEqual(["body.startsOn"]);
    // The day after the first ends is free.
    const next = await create(
      body(compound, rival, { startsOn: yearsFromNow(2, "01-01"), endsOn: yearsFromNow(3, "12-31") }),
    );
    // Stretching the first into the next is refused too.
    const stretch = await h.request("PATCH", `${path}/${first}`, {
      token: h.ours.adminToken,
      body: { endsOn: yearsFromNow(2, "06-30") },
    });
    expectProblem(stretch, 409, "conflict");
    expect(failingPaths(stretch)).toEqual(["body.startsOn"]);
    // Archived contracts do not block: archive the next one, and the stretch goes through.
    const archived = await h.request("DELETE", `${path}/${next}`, { token: h.ours.adminToken });
    expect(archived.body).toMatchObject({ active: false });
    expect(archived.body.archivedAt).not.toBeNull();
    const stretched = await h.request("PATCH", `${path}/${first}`, {
      token: h.ours.adminToken,
      body: { endsOn: yearsFromNow(2, "06-30") },
    });
    expect(stretched.status).toBe(200);
    expect(stretched.body.endsOn).toBe(yearsFromNow(2, "06-30"));
    const list = await h.request("GET", `${path}?compoundId=${compound}`, { token: h.ours.adminToken });
    expect(ids(list)).toEqual([first]);
    const all = await h.request("GET", `${path}?compoundId=${compound}&includeArchived=true`, {
      token: h.ours.adminToken,
    });
    expect(ids(all)).toEqual([first, next]);
  });

  it("two concurrent contracts for one compound: exactly one wins", async () => {
    for (let round = 0; round < 3; round++) {
      const compound = await seedCompound(h, h.ours, w.community, `并发小区${round}`);
      const results = await Promise.all([
        h.request("POST", path, { token: h.ours.adminToken, body: body(compound, acme) }),
        h.request("POST", path, {
          token: h.ours.adminToken,
          body: body(compound, rival, { startsOn: yearsFromNow(0, "06-01") }),
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const list = await h.request("GET", `${path}?compoundId=${compound}`, { token: h.ours.adminToken });
      expect(list.body.items).toHaveLength(1);
    }
  });

  it("changing the project manager appends to the history; other changes do not", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "项目经理小区");
    const id = await create(body(compound, acme));
    h.advance(1000);
    const fee = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { feeStandard: 0.9 },
    });
    expect(fee.body.feeStandard).toBe(0.9);
    h.advance(1000);
    const second = { name: "陈静", phone: "13956781234" };
    const changed = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { projectManager: second },
    });
    expect(changed.body.projectManager).toEqual(second);
    h.advance(1000);
    // The same manager again is no change.
    await h.request("PATCH", `${path}/${id}`, { token: h.ours.adminToken, body: { projectManager: second } });
    h.advance(1000);
    const third = { name: "刘洋", phone: "13812345678" };
    await h.request("PATCH", `${path}/${id}`, { token: h.ours.adminToken, body: { projectManager: third } });

    const history = await h.request("GET", `${path}/${id}/project-managers`, { token: h.ours.adminToken });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { name: string }) => e.name)).toEqual(["刘洋", "陈静", "刘洋"]);
    expect(history.body.items[0]).toMatchObject({ ...manager, recordedBy: h.ours.adminId });
    expect(history.body.items[0].id).toMatch(/^pmh_/);
    const since = history.body.items.map((e: { since: string }) => e.since);
    expect([...since].sort()).toEqual(since);

    // Append-only: the database refuses to rewrite history, even for the owner of the rows.
    const rewrite = withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .update(contractProjectManagers)
        .set({ name: "改写" })
        .where(eq(contractProjectManagers.contractId, id)),
    );
    await expect(rewrite).rejects.toThrow();
  });

  it("changes and archives with before and after in the audit trail", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "审计小区");
    const id = await create(body(compound, acme));
    await h.request("PATCH", `${path}/${id}`, { token: h.ours.adminToken, body: { feeStandard: 1.05 } });
    await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual(["contract.create", "contract.update", "contract.archive"]);
    expect(events[1]?.before).toMatchObject({ feeStandard: 0.85 });
    expect(events[1]?.after).toMatchObject({ feeStandard: 1.05 });
    expect(events[2]?.before).toMatchObject({ archivedAt: null });
    expect(events[2]?.after).toMatchObject({ active: false });
  });

  it("bad input is 4xx naming the field", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "错误输入小区");
    const shape = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        companyId: acme,
        compoundId: compound,
        startsOn: "2026-02-30",
        endsOn: "someday",
        feeStandard: 0.855,
        projectManager: { name: "", phone: "12" },
      },
    });
    expectProblem(shape, 422, "unprocessable");
    expect([...new Set(failingPaths(shape))].sort()).toEqual([
      "body.endsOn",
      "body.feeStandard",
      "body.projectManager.name",
      "body.projectManager.phone",
      "body.startsOn",
    ]);
    const backwards = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, acme, { startsOn: "2027-01-01", endsOn: "2026-12-31" }),
    });
    expectProblem(backwards, 422, "unprocessable");
    expect(failingPaths(backwards)).toEqual(["body.endsOn"]);
    const negative = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, acme, { feeStandard: -1 }),
    });
    expect(failingPaths(negative)).toEqual(["body.feeStandard"]);

    const cases: [Record<string, unknown>, string][] = [
      [body(compound, "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"), "body.companyId"],
      [body("cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", acme), "body.compoundId"],
      [body(w.archived, acme), "body.compoundId"],
    ];
    for (const [b, field] of cases) {
      const res = await h.request("POST", path, { token: h.ours.adminToken, body: b });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual([field]);
    }
    const gone = await createCompanyVia(h, 9);
    await h.request("DELETE", `/v1/tenants/ours/companies/${gone}`, { token: h.ours.adminToken });
    const archivedCompany = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, gone),
    });
    expectProblem(archivedCompany, 422, "unprocessable");
    expect(failingPaths(archivedCompany)).toEqual(["body.companyId"]);

    const id = await create(body(compound, acme, { startsOn: "2025-03-01", endsOn: "2026-02-28" }));
    const beforeStart = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { endsOn: "2025-01-01" },
    });
    expectProblem(beforeStart, 422, "unprocessable");
    expect(failingPaths(beforeStart)).toEqual(["body.endsOn"]);
    const moveCompound = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { compoundId: w.happy },
    });
    expectProblem(moveCompound, 422, "unprocessable");

    const badDay = await h.request("GET", `${path}?activeOn=2026-02-30`, { token: h.ours.adminToken });
    expectProblem(badDay, 400, "bad_request");
    expect(failingPaths(badDay)).toEqual(["query.activeOn"]);
    expectProblem(
      await h.request("GET", `${path}/ctr_nope`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("GET", `${path}/ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0/project-managers`, {
        token: h.ours.adminToken,
      }),
      404,
      "not_found",
    );
  });

  it("pages with a cursor", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "分页小区");
    for (const year of [2001, 2003, 2005]) {
      await create(body(compound, acme, { startsOn: `${year}-01-01`, endsOn: `${year}-12-31` }));
    }
    const first = await h.request("GET", `${path}?compoundId=${compound}&limit=2`, {
      token: h.ours.adminToken,
    });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await h.request(
      "GET",
      `${path}?compoundId=${compound}&limit=2&cursor=${first.body.nextCursor}`,
      {
        token: h.ours.adminToken,
      },
    );
    expect(second.body.items.map((c: { startsOn: string }) => c.startsOn)).toEqual(["2005-01-01"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("security: region staff inside their subtree only, company staff their contracts, committee members their compound's", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const near = await create(body(w.sunshine, acme));
    const far = await create(body(w.far, rival));

    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    const mine = await h.request("POST", path, { token: staff.token, body: body(w.happy, rival) });
    expect(mine.status).toBe(201);
    const outside = await h.request("POST", path, {
      token: staff.token,
      body: body(w.far, acme, { startsOn: "2001-01-01", endsOn: "2001-12-31" }),
    });
    expectProblem(outside, 422, "unprocessable");
    expect(failingPaths(outside)).toEqual(["body.compoundId"]);
    const seen = await h.request("GET", `${path}?limit=200`, { token: staff.token });
    expect(ids(seen)).toContain(near);
    expect(ids(seen)).not.toContain(far);
    expectProblem(await h.request("GET", `${path}/${far}`, { token: staff.token }), 404, "not_found");
    expectProblem(
      await h.request("PATCH", `${path}/${far}`, { token: staff.token, body: { feeStandard: 2 } }),
      404,
      "not_found",
    );
    expectProblem(await h.request("DELETE", `${path}/${far}`, { token: staff.token }), 404, "not_found");
    expectProblem(
      await h.request("GET", `${path}/${far}/project-managers`, { token: staff.token }),
      404,
      "not_found",
    );
    const townStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
    expect(ids(await h.request("GET", `${path}?limit=200`, { token: townStaff.token }))).toEqual([far]);

    const worker = await h.userWith(h.ours, ["companyStaff"], { companyId: rival });
    const theirs = await h.request("GET", `${path}?limit=200`, { token: worker.token });
    expect(theirs.body.items.every((c: { companyId: string }) => c.companyId === rival)).toBe(true);
    expect(ids(theirs)).toEqual(expect.arrayContaining([far, mine.body.id]));
    expectProblem(await h.request("GET", `${path}/${near}`, { token: worker.token }), 404, "not_found");
    expectProblem(
      await h.request("POST", path, { token: worker.token, body: body(w.sunshine, rival) }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("PATCH", `${path}/${far}`, { token: worker.token, body: { feeStandard: 2 } }),
      403,
      "forbidden",
    );

    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    expect(ids(await h.request("GET", path, { token: member.token }))).toEqual([near]);
    expect((await h.request("GET", `${path}/${near}/project-managers`, { token: member.token })).status).toBe(
      200,
    );
    expectProblem(await h.request("GET", `${path}/${far}`, { token: member.token }), 404, "not_found");
    expectProblem(await h.request("DELETE", `${path}/${near}`, { token: member.token }), 403, "forbidden");

    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    expectProblem(await h.request("GET", path, { token: officer.token }), 403, "forbidden");

    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/contracts/${near}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    // Another county's admin cannot point a contract of theirs at our compound or company.
    const otherCompany = await createCompanyVia(h, 1, h.other);
    const crossing = await h.request("POST", "/v1/tenants/other/contracts", {
      token: h.other.adminToken,
      body: body(w.sunshine, otherCompany),
    });
    expectProblem(crossing, 422, "unprocessable");
    expect(failingPaths(crossing)).toEqual(["body.compoundId"]);
    const theirList = await h.request("GET", "/v1/tenants/other/contracts", { token: h.other.adminToken });
    expect(theirList.body.items).toEqual([]);
  });
});
