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

describe.each(testDrivers())("party organisations on %s", (driver) => {
  let h: Harness;
  let w: World;
  let acme: string;
  let rival: string;
  let nearCommittee: string;
  let farCommittee: string;
  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    acme = await createCompanyVia(h, 1);
    rival = await createCompanyVia(h, 2);
    const committee = async (compoundId: string) => {
      const res = await h.request("POST", "/v1/tenants/ours/committees", {
        token: h.ours.adminToken,
        body: {
          compoundId,
          formedOn: yearsFromNow(-1, "06-01"),
          termEndsOn: yearsFromNow(4, "05-31"),
          members: [{ name: "王建国", role: "chair", isPartyMember: true }],
        },
      });
      if (res.status !== 201) throw new Error(`committee: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    nearCommittee = await committee(w.sunshine);
    farCommittee = await committee(w.far);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/party-orgs";
  const create = async (b: Record<string, unknown>, token = h.ours.adminToken) => {
    const res = await h.request("POST", path, { token, body: b });
    if (res.status !== 201)
      throw new Error(`party org create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id);

  it("records each kind attached to its unit, with labels, and filters by kind and attachment", async () => {
    const community = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        kind: "communityCommittee",
        name: "城南社区党委",
        regionId: w.community.id,
        memberCount: 35,
        formedOn: "2018-07-01",
      },
    });
    expect(community.status).toBe(201);
    expect(community.body).toMatchObject({
      kind: "communityCommittee",
      kindLabel: { zh: "社区党组织", en: "Community party organisation" },
      name: "城南社区党委",
      regionId: w.community.id,
      compoundId: null,
      companyId: null,
      committeeId: null,
      memberCount: 35,
      formedOn: "2018-07-01",
      archivedAt: null,
    });
    expect(community.body.id).toMatch(/^pty_/);
    const branch = await create({
      kind: "compoundBranch",
      name: "阳光花园党支部",
      compoundId: w.sunshine,
      memberCount: 7,
    });
    const companyBranch = await create({ kind: "companyBranch", companyId: acme, memberCount: 4 });
    const committeeBranch = await create({
      kind: "committeeBranch",
      committeeId: nearCommittee,
      memberCount: 3,
    });

    const one = await h.request("GET", `${path}/${companyBranch}`, { token: h.ours.adminToken });
    expect(one.body).toMatchObject({ kind: "companyBranch", name: null, companyId: acme, formedOn: null });
    expect(one.body.kindLabel.zh).toBe("物业企业党支部");

    const get = (query: string) => h.request("GET", `${path}?${query}`, { token: h.ours.adminToken });
    expect(ids(await get("kind=compoundBranch"))).toEqual([branch]);
    expect(ids(await get(`regionId=${w.community.id}`))).toEqual([community.body.id]);
    expect(ids(await get(`compoundId=${w.sunshine}`))).toEqual([branch]);
    expect(ids(await get(`companyId=${acme}`))).toEqual([companyBranch]);
    expect(ids(await get(`committeeId=${nearCommittee}`))).toEqual([committeeBranch]);
    expect(ids(await get(`q=${encodeURIComponent("阳光")}`))).toEqual([branch]);
    expectProblem(await get("kind=cell"), 400, "bad_request");
  });

  it("the attachment must fit the kind, exist, be active, and a community committee needs a community", async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: "communityCommittee", regionId: w.street.id, memberCount: 10 }, ["body.regionId"]],
      [
        { kind: "communityCommittee", regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", memberCount: 10 },
        ["body.regionId"],
      ],
      [{ kind: "compoundBranch", regionId: w.community.id, memberCount: 3 }, ["body.compoundId"]],
      [
        { kind: "compoundBranch", compoundId: w.sunshine, companyId: acme, memberCount: 3 },
        ["body.compoundId"],
      ],
      [{ kind: "compoundBranch", compoundId: w.archived, memberCount: 3 }, ["body.compoundId"]],
      [
        { kind: "compoundBranch", compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", memberCount: 3 },
        ["body.compoundId"],
      ],
      [
        { kind: "companyBranch", companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", memberCount: 3 },
        ["body.companyId"],
      ],
      [
        { kind: "committeeBranch", committeeId: "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", memberCount: 3 },
        ["body.committeeId"],
      ],
      [
        { kind: "compoundBranch", compoundId: w.sunshine, memberCount: -1, formedOn: "2024-13-01" },
        ["body.formedOn", "body.memberCount"],
      ],
      [{ kind: "cell", compoundId: w.sunshine, memberCount: 3 }, ["body.kind"]],
    ];
    for (const [b, paths] of cases) {
      const res = await h.request("POST", path, { token: h.ours.adminToken, body: b });
      expectProblem(res, 422, "unprocessable");
      expect([...new Set(failingPaths(res))].sort(), JSON.stringify(b)).toEqual(paths);
    }
    const gone = await createCompanyVia(h, 9);
    await h.request("DELETE", `/v1/tenants/ours/companies/${gone}`, { token: h.ours.adminToken });
    const archivedCompany = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { kind: "companyBranch", companyId: gone, memberCount: 3 },
    });
    expectProblem(archivedCompany, 422, "unprocessable");
    expect(failingPaths(archivedCompany)).toEqual(["body.companyId"]);

    const id = await create({ kind: "compoundBranch", compoundId: w.happy, memberCount: 3 });
    const moving = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { compoundId: w.sunshine },
    });
    expectProblem(moving, 422, "unprocessable");
    const negative = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { memberCount: -2 },
    });
    expect(failingPaths(negative)).toEqual(["body.memberCount"]);
    expectProblem(
      await h.request("GET", `${path}/pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
  });

  it("changes and archives, audited with before and after", async () => {
    const id = await create({ kind: "compoundBranch", compoundId: w.happy, memberCount: 2 });
    const changed = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { memberCount: 5, name: "幸福里党支部", formedOn: "2025-07-01" },
    });
    expect(changed.body).toMatchObject({ memberCount: 5, name: "幸福里党支部", formedOn: "2025-07-01" });
    const cleared = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { formedOn: null },
    });
    expect(cleared.body.formedOn).toBeNull();
    const archived = await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    expect(archived.body.archivedAt).not.toBeNull();
    const list = await h.request("GET", `${path}?compoundId=${w.happy}`, { token: h.ours.adminToken });
    expect(ids(list)).not.toContain(id);
    const all = await h.request("GET", `${path}?compoundId=${w.happy}&includeArchived=true`, {
      token: h.ours.adminToken,
    });
    expect(ids(all)).toContain(id);
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual([
      "partyOrg.create",
      "partyOrg.update",
      "partyOrg.update",
      "partyOrg.archive",
    ]);
    expect(events[1]?.before).toMatchObject({ memberCount: 2, name: null });
    expect(events[1]?.after).toMatchObject({ memberCount: 5, name: "幸福里党支部" });
  });

  it("pages with a cursor", async () => {
    const compound = await seedCompound(h, h.ours, w.community, "分页党支部小区");
    for (const n of [1, 2, 3]) await create({ kind: "compoundBranch", compoundId: compound, memberCount: n });
    const first = await h.request("GET", `${path}?compoundId=${compound}&limit=2`, {
      token: h.ours.adminToken,
    });
    expect(first.body.items.map((p: { memberCount: number }) => p.memberCount)).toEqual([1, 2]);
    const second = await h.request(
      "GET",
      `${path}?compoundId=${compound}&limit=2&cursor=${first.body.nextCursor}`,
      { token: h.ours.adminToken },
    );
    expect(second.body.items.map((p: { memberCount: number }) => p.memberCount)).toEqual([3]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("security: region staff inside their subtree, company staff their company and the compounds they serve", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const nearCommunity = await create({
      kind: "communityCommittee",
      regionId: w.community.id,
      memberCount: 30,
    });
    const farCommunity = await create({
      kind: "communityCommittee",
      regionId: w.farCommunity.id,
      memberCount: 30,
    });
    const nearBranch = await create({ kind: "compoundBranch", compoundId: w.sunshine, memberCount: 5 });
    const farBranch = await create({ kind: "compoundBranch", compoundId: w.far, memberCount: 5 });
    const nearCommitteeBranch = await create({
      kind: "committeeBranch",
      committeeId: nearCommittee,
      memberCount: 3,
    });
    const farCommitteeBranch = await create({
      kind: "committeeBranch",
      committeeId: farCommittee,
      memberCount: 3,
    });
    const acmeBranch = await create({ kind: "companyBranch", companyId: acme, memberCount: 4 });
    const rivalBranch = await create({ kind: "companyBranch", companyId: rival, memberCount: 4 });

    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    const seen = ids(await h.request("GET", `${path}?limit=200`, { token: staff.token }));
    expect(seen).toEqual(
      expect.arrayContaining([nearCommunity, nearBranch, nearCommitteeBranch, acmeBranch, rivalBranch]),
    );
    for (const hidden of [farCommunity, farBranch, farCommitteeBranch]) {
      expect(seen).not.toContain(hidden);
      expectProblem(await h.request("GET", `${path}/${hidden}`, { token: staff.token }), 404, "not_found");
    }
    expectProblem(
      await h.request("PATCH", `${path}/${farBranch}`, { token: staff.token, body: { memberCount: 1 } }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("DELETE", `${path}/${farCommunity}`, { token: staff.token }),
      404,
      "not_found",
    );
    const inside = await h.request("POST", path, {
      token: staff.token,
      body: { kind: "compoundBranch", compoundId: w.happy, memberCount: 3 },
    });
    expect(inside.status).toBe(201);
    const patched = await h.request("PATCH", `${path}/${nearBranch}`, {
      token: staff.token,
      body: { memberCount: 6 },
    });
    expect(patched.status).toBe(200);
    const outsideCases: [Record<string, unknown>, string][] = [
      [{ kind: "compoundBranch", compoundId: w.far, memberCount: 3 }, "body.compoundId"],
      [{ kind: "communityCommittee", regionId: w.farCommunity.id, memberCount: 3 }, "body.regionId"],
      [{ kind: "committeeBranch", committeeId: farCommittee, memberCount: 3 }, "body.committeeId"],
    ];
    for (const [b, field] of outsideCases) {
      const res = await h.request("POST", path, { token: staff.token, body: b });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual([field]);
    }
    // Company branches belong to the county-wide register of companies.
    expectProblem(
      await h.request("POST", path, {
        token: staff.token,
        body: { kind: "companyBranch", companyId: acme, memberCount: 3 },
      }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("PATCH", `${path}/${acmeBranch}`, { token: staff.token, body: { memberCount: 1 } }),
      403,
      "forbidden",
    );

    // acme serves the far compound: its staff see acme's branch, the far compound's branch and
    // its committee's branch, and nothing else.
    const contract = await h.request("POST", "/v1/tenants/ours/contracts", {
      token: h.ours.adminToken,
      body: {
        companyId: acme,
        compoundId: w.far,
        startsOn: yearsFromNow(-1, "01-01"),
        endsOn: yearsFromNow(1, "12-31"),
        feeStandard: 0.6,
        projectManager: { name: "刘洋", phone: "13812345678" },
      },
    });
    expect(contract.status).toBe(201);
    const worker = await h.userWith(h.ours, ["companyStaff"], { companyId: acme });
    const theirs = await h.request("GET", `${path}?limit=200`, { token: worker.token });
    expect(ids(theirs)).toEqual(expect.arrayContaining([acmeBranch, farBranch, farCommitteeBranch]));
    for (const org of theirs.body.items as { id: string; companyId: string | null }[]) {
      expect(org.companyId === acme || [farBranch, farCommitteeBranch].includes(org.id), org.id).toBe(true);
    }
    expectProblem(
      await h.request("GET", `${path}/${rivalBranch}`, { token: worker.token }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", path, {
        token: worker.token,
        body: { kind: "companyBranch", companyId: acme, memberCount: 5 },
      }),
      403,
      "forbidden",
    );

    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    expectProblem(await h.request("GET", path, { token: member.token }), 403, "forbidden");
    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    expectProblem(await h.request("GET", path, { token: officer.token }), 403, "forbidden");

    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/party-orgs/${nearBranch}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const crossing = await h.request("POST", "/v1/tenants/other/party-orgs", {
      token: h.other.adminToken,
      body: { kind: "communityCommittee", regionId: w.community.id, memberCount: 3 },
    });
    expectProblem(crossing, 422, "unprocessable");
    expect(failingPaths(crossing)).toEqual(["body.regionId"]);
  });
});
