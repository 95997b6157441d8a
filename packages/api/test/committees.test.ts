import { auditEvents, withTenant } from "@propgov/db";
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

describe.each(testDrivers())("committees on %s", (driver) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/committees";
  const members = [
    { name: "王建国", role: "chair", isPartyMember: true },
    { name: "李秀英", role: "viceChair", isPartyMember: true },
    { name: "赵磊", role: "member" },
  ];
  const current = () => ({ formedOn: yearsFromNow(-1, "06-01"), termEndsOn: yearsFromNow(4, "05-31") });
  const body = (compoundId: string, overrides: Record<string, unknown> = {}) => ({
    compoundId,
    ...current(),
    members,
    ...overrides,
  });
  const create = async (b: Record<string, unknown>, token = h.ours.adminToken) => {
    const res = await h.request("POST", path, { token, body: b });
    if (res.status !== 201)
      throw new Error(`committee create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);

  it("records a committee with its members, whether it is in term today, and its party members", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "翠湖苑");
    const created = await h.request("POST", path, { token: h.ours.adminToken, body: body(compound) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      compoundId: compound,
      compoundName: "翠湖苑",
      ...current(),
      members: [
        { name: "王建国", role: "chair", isPartyMember: true },
        { name: "李秀英", role: "viceChair", isPartyMember: true },
        { name: "赵磊", role: "member", isPartyMember: false },
      ],
      inTerm: true,
      partyMemberCount: 2,
      archivedAt: null,
    });
    expect(created.body.id).toMatch(/^cmt_/);
    const past = await create(body(compound, { formedOn: "2015-06-01", termEndsOn: "2020-05-31" }));

    const all = await h.request("GET", `${path}?compoundId=${compound}`, { token: h.ours.adminToken });
    expect(ids(all)).toEqual([created.body.id, past]);
    const inTerm = await h.request("GET", `${path}?compoundId=${compound}&inTerm=true`, {
      token: h.ours.adminToken,
    });
    expect(ids(inTerm)).toEqual([created.body.id]);
    const outOfTerm = await h.request("GET", `${path}?compoundId=${compound}&inTerm=false`, {
      token: h.ours.adminToken,
    });
    expect(ids(outOfTerm)).toEqual([past]);
    expect(outOfTerm.body.items[0].inTerm).toBe(false);
    const search = await h.request("GET", `${path}?q=${encodeURIComponent("翠湖")}`, {
      token: h.ours.adminToken,
    });
    expect(ids(search)).toEqual([created.body.id, past]);
    const one = await h.request("GET", `${path}/${created.body.id}`, { token: h.ours.adminToken });
    expect(one.body).toEqual(created.body);

    const changed = await h.request("PATCH", `${path}/${created.body.id}`, {
      token: h.ours.adminToken,
      body: { members: [...members, { name: "孙梅", role: "member", isPartyMember: true }] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.partyMemberCount).toBe(3);
    expect(changed.body.members).toHaveLength(4);
  });

  it("at most one committee in term per compound: overlapping terms are 409 naming body.formedOn", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "一业委会小区");
    const first = await create(body(compound));
    const overlap = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, { formedOn: yearsFromNow(4, "05-31"), termEndsOn: yearsFromNow(9, "05-31") }),
    });
    expectProblem(overlap, 409, "conflict");
    expect(failingPaths(overlap)).toEqual(["body.formedOn"]);
    const successor = await create(
      body(compound, { formedOn: yearsFromNow(4, "06-01"), termEndsOn: yearsFromNow(9, "05-31") }),
    );
    const stretch = await h.request("PATCH", `${path}/${first}`, {
      token: h.ours.adminToken,
      body: { termEndsOn: yearsFromNow(5, "05-31") },
    });
    expectProblem(stretch, 409, "conflict");
    expect(failingPaths(stretch)).toEqual(["body.formedOn"]);

    // Archiving the sitting committee frees the compound for a re-election now.
    const archived = await h.request("DELETE", `${path}/${first}`, { token: h.ours.adminToken });
    expect(archived.body).toMatchObject({ inTerm: false });
    expect(archived.body.archivedAt).not.toBeNull();
    const reelected = await create(
      body(compound, { formedOn: yearsFromNow(0, "01-02"), termEndsOn: yearsFromNow(4, "05-31") }),
    );
    const list = await h.request("GET", `${path}?compoundId=${compound}`, { token: h.ours.adminToken });
    expect(ids(list)).toEqual([successor, reelected]);
    const withArchived = await h.request("GET", `${path}?compoundId=${compound}&includeArchived=true`, {
      token: h.ours.adminToken,
    });
    expect(ids(withArchived)).toEqual([first, successor, reelected]);
    const notInTerm = await h.request(
      "GET",
      `${path}?compoundId=${compound}&includeArchived=true&inTerm=false`,
      {
        token: h.ours.adminToken,
      },
    );
    expect(ids(notInTerm)).toContain(first);
  });

  it("two concurrent committees for one compound: exactly one wins", async () => {
    for (let round = 0; round < 3; round++) {
      const compound = await seedCompound(h, h.ours, w.community, `并发业委会${round}`);
      const results = await Promise.all([
        h.request("POST", path, { token: h.ours.adminToken, body: body(compound) }),
        h.request("POST", path, {
          token: h.ours.adminToken,
          body: body(compound, { formedOn: yearsFromNow(0, "03-01") }),
        }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    }
  });

  it("writes are audited with before and after", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "审计业委会小区");
    const id = await create(body(compound));
    await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { members: members.slice(0, 1) },
    });
    await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual([
      "committee.create",
      "committee.update",
      "committee.archive",
    ]);
    expect(events[1]?.before).toMatchObject({ partyMemberCount: 2 });
    expect(events[1]?.after).toMatchObject({ partyMemberCount: 1 });
    expect(events[2]?.after).toMatchObject({ inTerm: false });
  });

  it("bad input is 4xx naming the field", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "错误业委会小区");
    const twoChairs = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, { members: [members[0], { ...members[1], role: "chair" }] }),
    });
    expectProblem(twoChairs, 422, "unprocessable");
    expect(failingPaths(twoChairs)).toEqual(["body.members"]);
    const shape = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, { members: [{ name: "", role: "boss" }] }),
    });
    expect(failingPaths(shape).sort()).toEqual(["body.members.0.name", "body.members.0.role"]);
    const noMembers = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, { members: [] }),
    });
    expect(failingPaths(noMembers)).toEqual(["body.members"]);
    const backwards = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body(compound, { formedOn: "2026-06-01", termEndsOn: "2026-05-31" }),
    });
    expectProblem(backwards, 422, "unprocessable");
    expect(failingPaths(backwards)).toEqual(["body.termEndsOn"]);
    for (const compoundId of ["cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", w.archived]) {
      const res = await h.request("POST", path, { token: h.ours.adminToken, body: body(compoundId) });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.compoundId"]);
    }
    const id = await create(body(compound, { formedOn: "2010-01-01", termEndsOn: "2014-12-31" }));
    const patchBackwards = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { formedOn: "2015-01-01" },
    });
    expectProblem(patchBackwards, 422, "unprocessable");
    expect(failingPaths(patchBackwards)).toEqual(["body.formedOn"]);
    const badFlag = await h.request("GET", `${path}?inTerm=yes`, { token: h.ours.adminToken });
    expectProblem(badFlag, 400, "bad_request");
    expect(failingPaths(badFlag)).toEqual(["query.inTerm"]);
    expectProblem(
      await h.request("GET", `${path}/cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
  });

  it("pages with a cursor", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "分页业委会小区");
    for (const year of [2001, 2004, 2007]) {
      await create(body(compound, { formedOn: `${year}-01-01`, termEndsOn: `${year + 2}-12-31` }));
    }
    const first = await h.request("GET", `${path}?compoundId=${compound}&limit=2`, {
      token: h.ours.adminToken,
    });
    expect(first.body.items).toHaveLength(2);
    const second = await h.request(
      "GET",
      `${path}?compoundId=${compound}&limit=2&cursor=${first.body.nextCursor}`,
      { token: h.ours.adminToken },
    );
    expect(second.body.items.map((c: { formedOn: string }) => c.formedOn)).toEqual(["2007-01-01"]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("security: region staff inside their subtree, company staff compounds they serve, committee members their own", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const near = await create(body(w.sunshine));
    const far = await create(body(w.far));

    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    const seen = await h.request("GET", `${path}?limit=200`, { token: staff.token });
    expect(ids(seen)).toContain(near);
    expect(ids(seen)).not.toContain(far);
    expectProblem(await h.request("GET", `${path}/${far}`, { token: staff.token }), 404, "not_found");
    expectProblem(
      await h.request("PATCH", `${path}/${far}`, { token: staff.token, body: { members } }),
      404,
      "not_found",
    );
    expectProblem(await h.request("DELETE", `${path}/${far}`, { token: staff.token }), 404, "not_found");
    const outside = await h.request("POST", path, {
      token: staff.token,
      body: body(w.far, { formedOn: "2001-01-01", termEndsOn: "2002-01-01" }),
    });
    expectProblem(outside, 422, "unprocessable");
    expect(failingPaths(outside)).toEqual(["body.compoundId"]);
    const inside = await h.request("POST", path, { token: staff.token, body: body(w.happy) });
    expect(inside.status).toBe(201);
    const patched = await h.request("PATCH", `${path}/${near}`, { token: staff.token, body: { members } });
    expect(patched.status).toBe(200);

    const company = await createCompanyVia(h, 1);
    const contract = await h.request("POST", "/v1/tenants/ours/contracts", {
      token: h.ours.adminToken,
      body: {
        companyId: company,
        compoundId: w.far,
        startsOn: yearsFromNow(-1, "01-01"),
        endsOn: yearsFromNow(1, "12-31"),
        feeStandard: 0.6,
        projectManager: { name: "刘洋", phone: "13812345678" },
      },
    });
    expect(contract.status).toBe(201);
    const worker = await h.userWith(h.ours, ["companyStaff"], { companyId: company });
    expect(ids(await h.request("GET", `${path}?limit=200`, { token: worker.token }))).toEqual([far]);
    expectProblem(await h.request("GET", `${path}/${near}`, { token: worker.token }), 404, "not_found");
    expectProblem(
      await h.request("POST", path, { token: worker.token, body: body(w.far) }),
      403,
      "forbidden",
    );

    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    expect(ids(await h.request("GET", path, { token: member.token }))).toEqual([near]);
    expect((await h.request("GET", `${path}/${near}`, { token: member.token })).status).toBe(200);
    expectProblem(await h.request("GET", `${path}/${far}`, { token: member.token }), 404, "not_found");
    expectProblem(
      await h.request("PATCH", `${path}/${near}`, { token: member.token, body: { members } }),
      403,
      "forbidden",
    );

    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    expectProblem(await h.request("GET", path, { token: officer.token }), 403, "forbidden");

    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/committees/${near}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const crossing = await h.request("POST", "/v1/tenants/other/committees", {
      token: h.other.adminToken,
      body: body(w.happy),
    });
    expectProblem(crossing, 422, "unprocessable");
    expect(failingPaths(crossing)).toEqual(["body.compoundId"]);
  });
});
