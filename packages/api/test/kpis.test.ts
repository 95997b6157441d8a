import { dateInZone, ratio } from "@propgov/core";
import { mechanismVersions, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seed, seedCoverageWorld } from "./kpi-fixtures.js";
import { seedDepartment } from "./registry-fixtures.js";

const ON = "2026-06-15";
const nothing = { numerator: 0, denominator: 0, rate: null };

describe.each(testDrivers())("coverage KPIs on %s", (driver) => {
  let h: Harness;
  let w: Awaited<ReturnType<typeof seedCoverageWorld>>;
  const path = "/v1/tenants/ours/kpis/coverage";
  const get = (query: string, token = h.ours.adminToken) => h.request("GET", `${path}${query}`, { token });

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedCoverageWorld(h, h.ours.id);
    // The other county has a world of its own that must never leak into ours.
    await seed(h, h.other.id, (s) => {
      const street = s.region("street", "别处街道");
      const community = s.region("community", "别处社区", { parent: street });
      s.compound(community, "别处小区", { serviceMode: "none", residentPartyMembers: 9 });
    });
  });
  afterAll(() => h?.destroy());

  it("the county on a day: archived compounds, companies and party orgs left out, committees by term", async () => {
    const res = await get(`?on=${ON}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      on: ON,
      regionId: null,
      // a and d under contracts in force, c self-managed since 2025: 3 of a, b, c, d (e is archived)
      serviceCoverage: ratio(3, 4),
      // only a: b's committee is archived, c's term ended, d's has not begun
      committeeFormation: ratio(1, 4),
      // eligible: a, b, d; ka; x, y, z. With an organisation: a, ka, x (d's is archived, z's is formed later)
      partyOrgFormation: ratio(3, 7),
    });
    expect(res.body.partyOrgFormation.rate).toBeCloseTo(0.4286, 4);
  });

  it("byRegion: the direct active children of the county, zero denominators with a null rate", async () => {
    const res = await get(`?on=${ON}`);
    expect(res.body.byRegion).toEqual([
      {
        regionId: w.S,
        name: "城关街道",
        kind: "street",
        serviceCoverage: ratio(2, 3),
        committeeFormation: ratio(1, 3),
        // a, b, ka and x (serves a on the day): a, ka, x have one
        partyOrgFormation: ratio(3, 4),
      },
      {
        regionId: w.T,
        name: "坛城镇",
        kind: "township",
        serviceCoverage: ratio(1, 1),
        committeeFormation: ratio(0, 1),
        // d and z (serves d): neither has one yet
        partyOrgFormation: { numerator: 0, denominator: 2, rate: 0 },
      },
      {
        regionId: w.U,
        name: "岳坊镇",
        kind: "township",
        serviceCoverage: nothing,
        committeeFormation: nothing,
        partyOrgFormation: nothing,
      },
    ]);
  });

  it("the `on` day moves committee terms, contracts and party organisations formed later", async () => {
    const august = await get("?on=2026-08-01");
    // kd's term has begun; ka is still in term
    expect(august.body.committeeFormation).toEqual(ratio(2, 4));
    expect(august.body.partyOrgFormation).toEqual(ratio(3, 7));
    const s = august.body.byRegion.find((r: { regionId: string }) => r.regionId === w.S);
    // x's contract for a ended on 2026-07-31, so x no longer counts in the street
    expect(s.partyOrgFormation).toEqual(ratio(2, 3));
    const t = august.body.byRegion.find((r: { regionId: string }) => r.regionId === w.T);
    expect(t.committeeFormation).toEqual(ratio(1, 1));

    const september = await get("?on=2026-09-15");
    // z's branch was formed on 2026-09-01
    expect(september.body.partyOrgFormation).toEqual(ratio(4, 7));

    const before = await get("?on=2025-06-15");
    // only c's committee was in term; a's branch did not exist yet; only x's branch did
    expect(before.body.committeeFormation).toEqual(ratio(1, 4));
    expect(before.body.partyOrgFormation).toEqual(ratio(1, 6));
    // No contract had begun (all start in 2026): only c, self-managed since 2025-01-01, is served.
    expect(before.body.serviceCoverage).toEqual(ratio(1, 4));
    const earlier = await get("?on=2024-12-31");
    // c's self-management had not started yet: no compound is served.
    expect(earlier.body.serviceCoverage).toEqual(ratio(0, 4));
  });

  it("an ended contract stops counting on its end day", async () => {
    // a's contracts (x to 2026-07-31, w to 2026-12-31) and d's (z) end in 2026.
    expect((await get("?on=2026-12-31")).body.serviceCoverage).toEqual(ratio(3, 4));
    const next = await get("?on=2027-01-01&units=true");
    expect(next.body.serviceCoverage).toEqual(ratio(1, 4));
    expect(next.body.units.serviceCoverage.counted).toEqual([
      { type: "compound", id: w.c, name: "和平小区", basis: "selfManaged" },
    ]);
  });

  it("defaults to today in the tenant's time zone", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    const today = dateInZone(new Date(), "Asia/Shanghai");
    expect(res.body.on).toBe(today);
    const { on: _on, ...figures } = res.body;
    const { on: _day, ...asked } = (await get(`?on=${today}`)).body;
    expect(figures).toEqual(asked);
  });

  it("a region's subtree: a community has no children", async () => {
    const res = await get(`?on=${ON}&regionId=${w.C1}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      on: ON,
      regionId: w.C1,
      serviceCoverage: ratio(1, 2),
      committeeFormation: ratio(1, 2),
      partyOrgFormation: ratio(3, 4),
      partyEligibility: 3,
      byRegion: [],
    });
    const township = await get(`?on=${ON}&regionId=${w.T}`);
    expect(township.body.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual([w.C3]);
  });

  it("region staff read their own subtree by default and nothing outside it", async () => {
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.S });
    const own = await get(`?on=${ON}`, staff.token);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      regionId: w.S,
      serviceCoverage: ratio(2, 3),
      committeeFormation: ratio(1, 3),
      partyOrgFormation: ratio(3, 4),
    });
    expect(own.body.byRegion).toEqual([
      {
        regionId: w.C1,
        name: "东关社区",
        kind: "community",
        serviceCoverage: ratio(1, 2),
        committeeFormation: ratio(1, 2),
        partyOrgFormation: ratio(3, 4),
      },
      {
        regionId: w.C2,
        name: "西关社区",
        kind: "community",
        serviceCoverage: ratio(1, 1),
        committeeFormation: ratio(0, 1),
        partyOrgFormation: nothing,
      },
    ]);
    const inside = await get(`?on=${ON}&regionId=${w.C2}`, staff.token);
    expect(inside.body.serviceCoverage).toEqual(ratio(1, 1));
    const outside = await get(`?on=${ON}&regionId=${w.T}`, staff.token);
    expectProblem(outside, 404, "not_found");
    expect(failingPaths(outside)).toEqual(["query.regionId"]);
  });

  it("department officers read the county", async () => {
    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    const res = await get(`?on=${ON}`, officer.token);
    expect(res.status).toBe(200);
    expect(res.body.regionId).toBeNull();
    expect(res.body.partyOrgFormation).toEqual(ratio(3, 7));
  });

  it("bad query values are 400 naming the parameter; unknown and archived regions are 404", async () => {
    const bad = await get("?on=2026-02-30&regionId=nope");
    expectProblem(bad, 400, "bad_request");
    expect(failingPaths(bad).sort()).toEqual(["query.on", "query.regionId"]);
    expectProblem(await get(`?regionId=${w.X}`), 404, "not_found");
    expectProblem(await get("?regionId=reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"), 404, "not_found");
  });

  it("security: 401 without auth, 403 for other roles, 404 for another tenant", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const company = await h.userWith(h.ours, ["companyStaff"], { companyId: w.x });
    expectProblem(await get("", company.token), 403, "forbidden");
    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.a });
    expectProblem(await get("", member.token), 403, "forbidden");
    expectProblem(await get("", h.other.adminToken), 404, "not_found");
    // Another county's admin sees only its own world, and our regions are 404 to it.
    const theirs = await h.request("GET", `/v1/tenants/other/kpis/coverage?on=${ON}`, {
      token: h.other.adminToken,
    });
    expect(theirs.body.serviceCoverage).toEqual(ratio(0, 1));
    expect(theirs.body.partyOrgFormation).toEqual(ratio(0, 1));
    expectProblem(
      await h.request("GET", `/v1/tenants/other/kpis/coverage?regionId=${w.S}`, {
        token: h.other.adminToken,
      }),
      404,
      "not_found",
    );
  });

  it("units=true lists the compounds and units behind every numerator and denominator", async () => {
    const res = await get(`?on=${ON}&units=true`);
    expect(res.status).toBe(200);
    const ids = (list: { id: string }[]) => list.map((u) => u.id).sort();
    const { serviceCoverage, committeeFormation, partyOrgFormation } = res.body.units;
    expect(serviceCoverage.counted).toEqual(
      expect.arrayContaining([
        { type: "compound", id: w.a, name: "阳光小区", basis: "contract" },
        { type: "compound", id: w.c, name: "和平小区", basis: "selfManaged" },
        { type: "compound", id: w.d, name: "坛城花园", basis: "contract" },
      ]),
    );
    expect(ids(serviceCoverage.notCounted)).toEqual([w.b]);
    expect(ids(committeeFormation.counted)).toEqual([w.a]);
    expect(ids(committeeFormation.notCounted)).toEqual([w.b, w.c, w.d].sort());
    // The same 3 of 7 as the figure: a, ka, x counted; b, d, y, z not.
    expect(ids(partyOrgFormation.counted)).toEqual([w.a, w.ka, w.x].sort());
    expect(ids(partyOrgFormation.notCounted)).toEqual([w.b, w.d, w.y, w.z].sort());
    expect(partyOrgFormation.counted.find((u: { id: string }) => u.id === w.ka)).toMatchObject({
      type: "committee",
      name: "阳光小区业主委员会",
      partyMembers: 3,
    });
    // Without units=true the lists are not sent.
    expect((await get(`?on=${ON}`)).body.units).toBeUndefined();
  });

  it("party-organisation eligibility is the county's own threshold", async () => {
    const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    const { version, document } = current.body;
    // The next version written directly: this world has no departments for the roster, which a
    // PUT would require, and only the threshold matters here.
    const next = (v: number, partyEligibility: number) =>
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(mechanismVersions).values({
          tenantId: h.ours.id,
          version: v,
          document: { ...document, thresholds: { partyEligibility } },
        }),
      );
    await next(version + 1, 5);
    const res = await get(`?on=${ON}`);
    // At 5 members: a (5), y (10), z (5) are eligible; b (3), d (4), ka (3), x (4) are not. Only a has one.
    expect(res.body.partyEligibility).toBe(5);
    expect(res.body.partyOrgFormation).toEqual(ratio(1, 3));
    await next(version + 2, 3);
    expect((await get(`?on=${ON}`)).body.partyOrgFormation).toEqual(ratio(3, 7));
  });
});
