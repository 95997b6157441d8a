import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedBody, seedGrid, seedStaff, seedVenue, setCompoundGuarantor } from "./mechanism-fixtures.js";
import { seedWorld, type World } from "./registry-fixtures.js";

interface Level {
  level: string;
  units: number;
  complete: number;
  bodies: { present: number; required: number };
  dedicatedStaff: { present: number; required: number };
  venues: { present: number; required: number };
  guarantors: { present: number; required: number };
}

describe.each(testDrivers())("mechanism completeness KPIs on %s", (driver) => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await createHarness(driver);
    world = await seedWorld(h, h.ours);
    // 城关街道: complete (body, 2 dedicated staff, venue). 立仓镇: a body only, 1 of 2 staff.
    await seedBody(h, h.ours, "township", { regionId: world.street.id });
    await seedStaff(h, h.ours, "townshipOffice", { regionId: world.street.id }, 2);
    await seedVenue(h, h.ours, "township", { regionId: world.street.id });
    await seedBody(h, h.ours, "township", { regionId: world.township.id });
    await seedStaff(h, h.ours, "townshipOffice", { regionId: world.township.id }, 1);
    await seedStaff(h, h.ours, "townshipOffice", { regionId: world.township.id }, 3, false);
    // 城南社区: a body and a venue; a surplus of staff does not hide 立仓社区's gap.
    await seedBody(h, h.ours, "community", { regionId: world.community.id });
    await seedVenue(h, h.ours, "community", { regionId: world.community.id });
    await seedStaff(h, h.ours, "communityBody", { regionId: world.community.id }, 3);
    // Compounds: 阳光花园 has a body and a guarantor with 1 of 2 grids guaranteed.
    await seedBody(h, h.ours, "compound", { compoundId: world.sunshine });
    await setCompoundGuarantor(h, h.ours, world.sunshine, "王强");
    await seedGrid(h, h.ours, world.sunshine, "1号网格", "李明");
    await seedGrid(h, h.ours, world.sunshine, "2号网格");
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/kpis/mechanism";
  const levelsOf = (body: { levels: Level[] }) => Object.fromEntries(body.levels.map((l) => [l.level, l]));

  it("measures each level of the mechanism for the county and each township or street", async () => {
    const res = await h.request("GET", path, { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ regionId: null, mechanismVersion: 1 });
    const levels = levelsOf(res.body);
    expect(levels.township).toMatchObject({
      units: 2,
      complete: 1,
      bodies: { present: 2, required: 2 },
      dedicatedStaff: { present: 3, required: 4 },
      venues: { present: 1, required: 2 },
      guarantors: { present: 0, required: 0 },
    });
    expect(levels.community).toMatchObject({
      units: 2,
      complete: 1,
      bodies: { present: 1, required: 2 },
      dedicatedStaff: { present: 1, required: 2 },
      venues: { present: 1, required: 2 },
    });
    expect(levels.compound).toMatchObject({
      units: 3,
      complete: 0,
      bodies: { present: 1, required: 3 },
      // 阳光花园: itself and 1 of 2 grids; 幸福里 and 立仓小区: no guarantor, no grids.
      guarantors: { present: 2, required: 5 },
    });
    expect(res.body.byRegion.map((r: { name: string }) => r.name).sort()).toEqual(["城关街道", "立仓镇"]);
    const street = res.body.byRegion.find((r: { regionId: string }) => r.regionId === world.street.id);
    expect(levelsOf(street).township).toMatchObject({ units: 1, complete: 1 });
    expect(levelsOf(street).compound).toMatchObject({ units: 2, guarantors: { present: 2, required: 4 } });
  });

  it("narrows to a region's subtree; region staff default to their own", async () => {
    const res = await h.request("GET", `${path}?regionId=${world.township.id}`, { token: h.ours.adminToken });
    expect(res.body.regionId).toBe(world.township.id);
    expect(levelsOf(res.body).township).toMatchObject({ units: 1, complete: 0 });
    expect(levelsOf(res.body).compound).toMatchObject({ units: 1, bodies: { present: 0, required: 1 } });
    expect(res.body.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual([world.farCommunity.id]);

    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: world.street.id });
    const mine = await h.request("GET", path, { token: staff.token });
    expect(mine.body.regionId).toBe(world.street.id);
    expect(levelsOf(mine.body).community).toMatchObject({ units: 1, complete: 1 });
    const outside = await h.request("GET", `${path}?regionId=${world.township.id}`, { token: staff.token });
    expectProblem(outside, 404, "not_found");
    expect(failingPaths(outside)).toEqual(["query.regionId"]);
    expectProblem(
      await h.request("GET", `${path}?regionId=nope`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
  });

  it("security: 401 without auth, 403 for companies and committees, 404 for another tenant", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const committee = await h.userWith(h.ours, ["committeeMember"], { compoundId: world.sunshine });
    expectProblem(await h.request("GET", path, { token: committee.token }), 403, "forbidden");
    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    const theirs = await h.request("GET", "/v1/tenants/other/kpis/mechanism", { token: h.other.adminToken });
    expect(theirs.body.levels.every((l: Level) => l.units === 0)).toBe(true);
  });
});
