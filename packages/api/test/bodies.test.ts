import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia, seedDepartment, seedWorld, type World } from "./registry-fixtures.js";

describe.each(testDrivers())("bodies on %s", (driver) => {
  let h: Harness;
  let w: World;
  const path = "/v1/tenants/ours/bodies";
  const post = (body: unknown, token = h.ours.adminToken) => h.request("POST", path, { token, body });
  const names = async (query: string, token = h.ours.adminToken) =>
    ((await h.request("GET", `${path}${query}`, { token })).body.items as { name: string }[]).map(
      (b) => b.name,
    );
  const unknownRegion = "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

  // 城关街道 (street) › 城南社区 › 阳光花园, 幸福里 (and archived 旧城小区); 立仓镇 › 立仓社区 › 立仓小区.
  let township: string; // body at 立仓镇
  let community: string; // body at 城南社区
  let compound: string; // body at 阳光花园

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
  });
  afterAll(() => h?.destroy());

  describe("happy", () => {
    it("registers bodies at regions and compounds, with the unit's name", async () => {
      const res = await post({
        level: "township",
        regionId: w.township.id,
        name: "立仓镇物业管理办公室",
        establishedOn: "2024-03-01",
        contact: { name: "赵军", phone: "0558 7654321" },
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^bdy_[0-9A-Z]{26}$/),
        level: "township",
        regionId: w.township.id,
        compoundId: null,
        unitName: "立仓镇",
        name: "立仓镇物业管理办公室",
        establishedOn: "2024-03-01",
        contact: { name: "赵军", phone: "05587654321" },
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        archivedAt: null,
      });
      township = res.body.id;
      community = (await post({ level: "community", regionId: w.community.id, name: "城南社区物业服务站" }))
        .body.id;
      const atCompound = await post({
        level: "compound",
        compoundId: w.sunshine,
        name: "阳光花园物业管理小组",
      });
      expect(atCompound.body).toMatchObject({
        regionId: null,
        compoundId: w.sunshine,
        unitName: "阳光花园",
        establishedOn: null,
        contact: null,
      });
      compound = atCompound.body.id;
      // A street is a township-level unit of the mechanism.
      expect((await post({ level: "township", regionId: w.street.id, name: "城关街道物业科" })).status).toBe(
        201,
      );
      expect((await h.request("GET", `${path}/${compound}`, { token: h.ours.adminToken })).body).toEqual(
        atCompound.body,
      );
    });

    it("filters by level, regionId (the unit and its subtree, compounds via their community), compoundId and q", async () => {
      expect(await names("")).toEqual([
        "立仓镇物业管理办公室",
        "城南社区物业服务站",
        "阳光花园物业管理小组",
        "城关街道物业科",
      ]);
      expect(await names("?level=community")).toEqual(["城南社区物业服务站"]);
      expect(await names(`?regionId=${w.street.id}`)).toEqual([
        "城南社区物业服务站",
        "阳光花园物业管理小组",
        "城关街道物业科",
      ]);
      expect(await names(`?regionId=${w.community.id}`)).toEqual([
        "城南社区物业服务站",
        "阳光花园物业管理小组",
      ]);
      expect(await names(`?regionId=${w.township.id}`)).toEqual(["立仓镇物业管理办公室"]);
      expect(await names(`?regionId=${unknownRegion}`)).toEqual([]);
      expect(await names(`?compoundId=${w.sunshine}`)).toEqual(["阳光花园物业管理小组"]);
      expect(await names(`?regionId=${w.street.id}&level=compound`)).toEqual(["阳光花园物业管理小组"]);
      expect(await names(`?q=${encodeURIComponent("服务站")}`)).toEqual(["城南社区物业服务站"]);
      expect(await names("?q=%25")).toEqual([]);
      const first = await h.request("GET", `${path}?limit=2`, { token: h.ours.adminToken });
      expect(first.body.items).toHaveLength(2);
      const second = await h.request("GET", `${path}?limit=2&cursor=${first.body.nextCursor}`, {
        token: h.ours.adminToken,
      });
      expect(second.body.items.map((b: { id: string }) => b.id)).toContain(compound);
    });

    it("department officers read every body", async () => {
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      expect(await names("", officer.token)).toHaveLength(4);
      expect((await h.request("GET", `${path}/${township}`, { token: officer.token })).status).toBe(200);
    });

    it("changes, moves and archives, with before and after in the audit trail", async () => {
      const changed = await h.request("PATCH", `${path}/${compound}`, {
        token: h.ours.adminToken,
        body: { name: "阳光花园物业管理办公室", contact: { name: "孙丽", phone: "13912345678" } },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        name: "阳光花园物业管理办公室",
        contact: { name: "孙丽", phone: "13912345678" },
      });
      const moved = await h.request("PATCH", `${path}/${compound}`, {
        token: h.ours.adminToken,
        body: { compoundId: w.happy },
      });
      expect(moved.body).toMatchObject({ compoundId: w.happy, regionId: null, unitName: "幸福里" });
      const toRegion = await h.request("PATCH", `${path}/${compound}`, {
        token: h.ours.adminToken,
        body: { level: "community", regionId: w.community.id, establishedOn: null },
      });
      expect(toRegion.body).toMatchObject({ level: "community", regionId: w.community.id, compoundId: null });
      const archived = await h.request("DELETE", `${path}/${compound}`, { token: h.ours.adminToken });
      expect(archived.body.archivedAt).not.toBeNull();
      expect(await names("")).not.toContain("阳光花园物业管理办公室");
      expect(await names("?includeArchived=true")).toContain("阳光花园物业管理办公室");
      const again = await h.request("DELETE", `${path}/${compound}`, { token: h.ours.adminToken });
      expect(again.body.archivedAt).toBe(archived.body.archivedAt);

      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, compound)).orderBy(auditEvents.id),
      );
      expect(events.map((e) => e.action)).toEqual([
        "body.create",
        "body.update",
        "body.update",
        "body.update",
        "body.archive",
      ]);
      expect(events.every((e) => e.targetType === "body" && e.actorId === h.ours.adminId)).toBe(true);
      expect(events[1]?.before).toMatchObject({ name: "阳光花园物业管理小组", contact: null });
      expect(events[1]?.after).toMatchObject({ name: "阳光花园物业管理办公室", contact: { name: "孙丽" } });
      expect(events[2]?.before).toMatchObject({ compoundId: w.sunshine });
      expect(events[2]?.after).toMatchObject({ compoundId: w.happy });
      expect(events[4]?.before).toMatchObject({ archivedAt: null });
    });
  });

  describe("error", () => {
    it("the unit is exactly one of regionId and compoundId, both named", async () => {
      const both = await post({
        level: "community",
        regionId: w.community.id,
        compoundId: w.sunshine,
        name: "x",
      });
      expectProblem(both, 422, "unprocessable");
      expect(failingPaths(both).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const neither = await post({ level: "community", name: "x" });
      expectProblem(neither, 422, "unprocessable");
      expect(failingPaths(neither).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const patchBoth = await h.request("PATCH", `${path}/${township}`, {
        token: h.ours.adminToken,
        body: { regionId: w.township.id, compoundId: w.far },
      });
      expectProblem(patchBoth, 422, "unprocessable");
      expect(failingPaths(patchBoth).sort()).toEqual(["body.compoundId", "body.regionId"]);
    });

    it("the level must be one of the county's mechanism, for the unit's kind: 422 naming body.level", async () => {
      const unknown = await post({ level: "street-office", regionId: w.street.id, name: "x" });
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.level"]);
      expect(unknown.body.detail).toBe(
        "The county's mechanism has no level 'street-office': use one of township, community, compound.",
      );
      expect(unknown.body.reason.zh).toBe(
        "工作机制中没有层级“street-office”，可用的层级：township, community, compound。",
      );
      const wrongUnit = await post({ level: "compound", regionId: w.community.id, name: "x" });
      expect(failingPaths(wrongUnit)).toEqual(["body.level"]);
      expect(wrongUnit.body.detail).toBe(
        "Level 'compound' (Compound) applies to a compound, not to a community.",
      );
      // A PATCH that changes the level, or moves the body, is checked against the result.
      const relevel = await h.request("PATCH", `${path}/${township}`, {
        token: h.ours.adminToken,
        body: { level: "community" },
      });
      expect(failingPaths(relevel)).toEqual(["body.level"]);
      const move = await h.request("PATCH", `${path}/${township}`, {
        token: h.ours.adminToken,
        body: { compoundId: w.far },
      });
      expect(failingPaths(move)).toEqual(["body.level"]);
      const rename = await h.request("PATCH", `${path}/${township}`, {
        token: h.ours.adminToken,
        body: { name: "立仓镇物业管理办公室" },
      });
      expect(rename.status).toBe(200);
    });

    it("an unknown or archived unit is 422 naming the field", async () => {
      const region = await post({ level: "community", regionId: unknownRegion, name: "x" });
      expectProblem(region, 422, "unprocessable");
      expect(failingPaths(region)).toEqual(["body.regionId"]);
      const cpd = await post({ level: "compound", compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "x" });
      expectProblem(cpd, 422, "unprocessable");
      expect(failingPaths(cpd)).toEqual(["body.compoundId"]);
      const archived = await post({ level: "compound", compoundId: w.archived, name: "x" });
      expectProblem(archived, 422, "unprocessable");
      expect(failingPaths(archived)).toEqual(["body.compoundId"]);
      const wrongKind = await post({ level: "compound", compoundId: w.community.id, name: "x" });
      expect(failingPaths(wrongKind)).toEqual(["body.compoundId"]);
      const moveUnknown = await h.request("PATCH", `${path}/${township}`, {
        token: h.ours.adminToken,
        body: { regionId: unknownRegion },
      });
      expectProblem(moveUnknown, 422, "unprocessable");
      expect(failingPaths(moveUnknown)).toEqual(["body.regionId"]);
    });

    it("bad fields are 422 naming each one", async () => {
      const bad = await post({
        level: "Township Office",
        regionId: w.township.id,
        name: "",
        establishedOn: "2024-02-30",
        contact: { name: "赵军", phone: "1234" },
        extra: 1,
      });
      expectProblem(bad, 422, "unprocessable");
      expect(failingPaths(bad).sort()).toEqual([
        "body",
        "body.contact.phone",
        "body.establishedOn",
        "body.level",
        "body.name",
      ]);
      expectProblem(
        await h.request("GET", `${path}/bdy_nope`, { token: h.ours.adminToken }),
        400,
        "bad_request",
      );
      expectProblem(
        await h.request("GET", `${path}/bdy_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
        404,
        "not_found",
      );
    });
  });

  describe("security", () => {
    it("no auth is 401; company and committee people are 403; department officers do not write", async () => {
      expectProblem(await h.request("GET", path), 401, "unauthenticated");
      expectProblem(
        await post({ level: "community", regionId: w.community.id, name: "x" }, ""),
        401,
        "unauthenticated",
      );
      const company = await h.userWith(h.ours, ["companyStaff"], { companyId: await createCompanyVia(h, 1) });
      const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      for (const token of [company.token, member.token]) {
        expectProblem(await h.request("GET", path, { token }), 403, "forbidden");
        expectProblem(await h.request("GET", `${path}/${township}`, { token }), 403, "forbidden");
      }
      expectProblem(
        await post({ level: "community", regionId: w.community.id, name: "x" }, officer.token),
        403,
        "forbidden",
      );
      expectProblem(
        await h.request("DELETE", `${path}/${township}`, { token: officer.token }),
        403,
        "forbidden",
      );
    });

    it("another tenant sees nothing of ours: 404", async () => {
      expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
      expectProblem(
        await h.request("GET", `/v1/tenants/other/bodies/${township}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("PATCH", `/v1/tenants/other/bodies/${township}`, {
          token: h.other.adminToken,
          body: { name: "x" },
        }),
        404,
        "not_found",
      );
      const theirs = await h.request("GET", "/v1/tenants/other/bodies", { token: h.other.adminToken });
      expect(theirs.body.items).toEqual([]);
      // Our units are unknown in their tenant.
      const cross = await h.request("POST", "/v1/tenants/other/bodies", {
        token: h.other.adminToken,
        body: { level: "compound", compoundId: w.sunshine, name: "x" },
      });
      expectProblem(cross, 422, "unprocessable");
      expect(failingPaths(cross)).toEqual(["body.compoundId"]);
    });

    it("region staff work in their subtree only: outside targets are 404, outside units 422", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
      expect(await names("", staff.token)).toEqual(["立仓镇物业管理办公室"]);
      const own = await post({ level: "compound", compoundId: w.far, name: "立仓小区物业小组" }, staff.token);
      expect(own.status).toBe(201);
      const outside = await post({ level: "community", regionId: w.community.id, name: "x" }, staff.token);
      expectProblem(outside, 422, "unprocessable");
      expect(failingPaths(outside)).toEqual(["body.regionId"]);
      const outsideCompound = await post(
        { level: "compound", compoundId: w.sunshine, name: "x" },
        staff.token,
      );
      expect(failingPaths(outsideCompound)).toEqual(["body.compoundId"]);
      expectProblem(await h.request("GET", `${path}/${community}`, { token: staff.token }), 404, "not_found");
      expectProblem(
        await h.request("PATCH", `${path}/${community}`, { token: staff.token, body: { name: "x" } }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("DELETE", `${path}/${community}`, { token: staff.token }),
        404,
        "not_found",
      );
      const moveOut = await h.request("PATCH", `${path}/${own.body.id}`, {
        token: staff.token,
        body: { compoundId: w.sunshine },
      });
      expectProblem(moveOut, 422, "unprocessable");
      expect(failingPaths(moveOut)).toEqual(["body.compoundId"]);
      const inside = await h.request("PATCH", `${path}/${own.body.id}`, {
        token: staff.token,
        body: { level: "community", regionId: w.farCommunity.id },
      });
      expect(inside.body).toMatchObject({ regionId: w.farCommunity.id, unitName: "立仓社区" });
      expect((await h.request("DELETE", `${path}/${own.body.id}`, { token: staff.token })).status).toBe(200);
    });
  });
});
