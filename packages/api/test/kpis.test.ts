import { dateInZone, ratio } from "@propgov/core";
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
      // a, c, d of a, b, c, d (e is archived)
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
    expect(before.body.serviceCoverage).toEqual(ratio(3, 4));
  });

  it("defaults to today in the tenant's time zone", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    expect(res.body.on).toBe(dateInZone(new Date(), "Asia/Shanghai"));
    expect(res.body.serviceCoverage).toEqual(ratio(3, 4));
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
});
