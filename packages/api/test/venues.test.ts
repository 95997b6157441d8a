import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia, seedWorld, type World } from "./registry-fixtures.js";

describe.each(testDrivers())("venues on %s", (driver) => {
  let h: Harness;
  let w: World;
  const path = "/v1/tenants/ours/venues";
  const post = (body: unknown, token = h.ours.adminToken) => h.request("POST", path, { token, body });
  const names = async (query: string, token = h.ours.adminToken) =>
    ((await h.request("GET", `${path}${query}`, { token })).body.items as { name: string }[]).map(
      (v) => v.name,
    );
  const venue = (
    name: string,
    level: string,
    unit: Record<string, string>,
    extra: Record<string, unknown> = {},
  ) => ({
    level,
    ...unit,
    name,
    address: `${name}所在地1号`,
    areaM2: 120,
    purpose: ["consultation", "mediation"],
    ...extra,
  });

  // 城关街道 (street) › 城南社区 › 阳光花园, 幸福里; 立仓镇 › 立仓社区 › 立仓小区.
  let hall: string; // 阳光花园议事厅
  let centre: string; // 立仓镇调解中心

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
  });
  afterAll(() => h?.destroy());

  describe("happy", () => {
    it("registers venues at the three levels with area, purposes and their labels", async () => {
      const res = await post(
        venue("阳光花园议事厅", "compound", { compoundId: w.sunshine }, { areaM2: 45.5 }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^ven_[0-9A-Z]{26}$/),
        level: "compound",
        regionId: null,
        compoundId: w.sunshine,
        unitName: "阳光花园",
        name: "阳光花园议事厅",
        address: "阳光花园议事厅所在地1号",
        areaM2: 45.5,
        purpose: ["consultation", "mediation"],
        purposeLabels: [
          { zh: "协商议事", en: "Consultation" },
          { zh: "矛盾纠纷调解", en: "Dispute mediation" },
        ],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        archivedAt: null,
      });
      hall = res.body.id;
      centre = (
        await post(
          venue("立仓镇调解中心", "township", { regionId: w.township.id }, { purpose: ["mediation"] }),
        )
      ).body.id;
      await post(
        venue("城南社区协商室", "community", { regionId: w.community.id }, { purpose: ["consultation"] }),
      );
      expect((await h.request("GET", `${path}/${hall}`, { token: h.ours.adminToken })).body).toEqual(
        res.body,
      );
    });

    it("filters by level, purpose, regionId (subtree), compoundId and q on names and addresses", async () => {
      expect(await names("")).toEqual(["阳光花园议事厅", "立仓镇调解中心", "城南社区协商室"]);
      expect(await names("?level=township")).toEqual(["立仓镇调解中心"]);
      expect(await names("?purpose=mediation")).toEqual(["阳光花园议事厅", "立仓镇调解中心"]);
      expect(await names("?purpose=consultation")).toEqual(["阳光花园议事厅", "城南社区协商室"]);
      expect(await names(`?regionId=${w.street.id}`)).toEqual(["阳光花园议事厅", "城南社区协商室"]);
      expect(await names(`?regionId=${w.farCommunity.id}`)).toEqual([]);
      expect(await names(`?compoundId=${w.sunshine}`)).toEqual(["阳光花园议事厅"]);
      expect(await names(`?q=${encodeURIComponent("立仓镇调解中心所在地")}`)).toEqual(["立仓镇调解中心"]);
    });

    it("changes and archives, with before and after in the audit trail", async () => {
      const changed = await h.request("PATCH", `${path}/${hall}`, {
        token: h.ours.adminToken,
        body: { areaM2: 80, purpose: ["mediation"], address: "阳光花园3号楼一层" },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        areaM2: 80,
        purpose: ["mediation"],
        purposeLabels: [{ zh: "矛盾纠纷调解", en: "Dispute mediation" }],
        address: "阳光花园3号楼一层",
        name: "阳光花园议事厅",
      });
      const archived = await h.request("DELETE", `${path}/${hall}`, { token: h.ours.adminToken });
      expect(archived.body.archivedAt).not.toBeNull();
      expect(await names("")).not.toContain("阳光花园议事厅");
      expect(await names("?includeArchived=true")).toContain("阳光花园议事厅");
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, hall)).orderBy(auditEvents.id),
      );
      expect(events.map((e) => e.action)).toEqual(["venue.create", "venue.update", "venue.archive"]);
      expect(events[1]?.before).toMatchObject({ areaM2: 45.5, purpose: ["consultation", "mediation"] });
      expect(events[1]?.after).toMatchObject({ areaM2: 80, purpose: ["mediation"] });
    });
  });

  describe("error", () => {
    it("the level must be one of the county's mechanism, for the unit's kind: 422 naming body.level", async () => {
      const wrongUnit = await post(venue("x", "township", { compoundId: w.sunshine }));
      expectProblem(wrongUnit, 422, "unprocessable");
      expect(failingPaths(wrongUnit)).toEqual(["body.level"]);
      expect(wrongUnit.body.detail).toBe(
        "Level 'township' (Township / street) applies to a township or street, not to a compound.",
      );
      const unknown = await post(venue("x", "hall", { regionId: w.community.id }));
      expect(failingPaths(unknown)).toEqual(["body.level"]);
      const move = await h.request("PATCH", `${path}/${centre}`, {
        token: h.ours.adminToken,
        body: { regionId: w.community.id },
      });
      expect(failingPaths(move)).toEqual(["body.level"]);
    });

    it("the unit is exactly one of regionId and compoundId, both named; unknown units are 422", async () => {
      const both = await post(venue("x", "compound", { regionId: w.community.id, compoundId: w.sunshine }));
      expectProblem(both, 422, "unprocessable");
      expect(failingPaths(both).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const neither = await post(venue("x", "compound", {}));
      expectProblem(neither, 422, "unprocessable");
      expect(failingPaths(neither).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const unknown = await post(venue("x", "compound", { compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }));
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.compoundId"]);
    });

    it("an area of 0 or less, no purpose or an unknown one are 422 naming the field", async () => {
      for (const areaM2 of [0, -5]) {
        const res = await post(venue("x", "compound", { compoundId: w.sunshine }, { areaM2 }));
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual(["body.areaM2"]);
      }
      const text = await post(venue("x", "compound", { compoundId: w.sunshine }, { areaM2: "60" }));
      expect(failingPaths(text)).toEqual(["body.areaM2"]);
      const none = await post(venue("x", "compound", { compoundId: w.sunshine }, { purpose: [] }));
      expectProblem(none, 422, "unprocessable");
      expect(failingPaths(none)).toEqual(["body.purpose"]);
      const odd = await post(venue("x", "compound", { compoundId: w.sunshine }, { purpose: ["party"] }));
      expect(failingPaths(odd)).toEqual(["body.purpose.0"]);
      const twice = await post(
        venue("x", "compound", { compoundId: w.sunshine }, { purpose: ["mediation", "mediation"] }),
      );
      expect(failingPaths(twice)).toEqual(["body.purpose"]);
      const blank = await post(venue("", "Compound", { compoundId: w.sunshine }, { address: " " }));
      expect(failingPaths(blank).sort()).toEqual(["body.address", "body.level", "body.name"]);
      const patch = await h.request("PATCH", `${path}/${centre}`, {
        token: h.ours.adminToken,
        body: { areaM2: 0 },
      });
      expectProblem(patch, 422, "unprocessable");
      expect(failingPaths(patch)).toEqual(["body.areaM2"]);
    });
  });

  describe("security", () => {
    it("no auth is 401; company and committee people are 403", async () => {
      expectProblem(await h.request("GET", path), 401, "unauthenticated");
      const company = await h.userWith(h.ours, ["companyStaff"], { companyId: await createCompanyVia(h, 1) });
      const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
      for (const token of [company.token, member.token]) {
        expectProblem(await h.request("GET", path, { token }), 403, "forbidden");
        expectProblem(
          await h.request("PATCH", `${path}/${centre}`, { token, body: { areaM2: 1 } }),
          403,
          "forbidden",
        );
      }
    });

    it("another tenant sees nothing of ours: 404", async () => {
      expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
      expectProblem(
        await h.request("GET", `/v1/tenants/other/venues/${centre}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
    });

    it("region staff work in their subtree only: outside targets are 404, outside units 422", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
      expect(await names("", staff.token)).toEqual(["城南社区协商室"]);
      expect(
        (await post(venue("幸福里议事角", "compound", { compoundId: w.happy }), staff.token)).status,
      ).toBe(201);
      const outside = await post(venue("x", "township", { regionId: w.township.id }), staff.token);
      expectProblem(outside, 422, "unprocessable");
      expect(failingPaths(outside)).toEqual(["body.regionId"]);
      expectProblem(await h.request("GET", `${path}/${centre}`, { token: staff.token }), 404, "not_found");
      expectProblem(await h.request("DELETE", `${path}/${centre}`, { token: staff.token }), 404, "not_found");
    });
  });
});
