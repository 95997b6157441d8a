import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia, seedDepartment, seedWorld, type World } from "./registry-fixtures.js";

describe.each(testDrivers())("staff on %s", (driver) => {
  let h: Harness;
  let w: World;
  const path = "/v1/tenants/ours/staff";
  const post = (body: unknown, token = h.ours.adminToken) => h.request("POST", path, { token, body });
  const names = async (query: string, token = h.ours.adminToken) =>
    ((await h.request("GET", `${path}${query}`, { token })).body.items as { name: string }[]).map(
      (s) => s.name,
    );
  const person = (name: string, unit: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    name,
    phone: "13812345678",
    team: "ownersCommittee",
    dedicated: true,
    ...unit,
    ...extra,
  });

  // 城关街道 (street) › 城南社区 › 阳光花园, 幸福里; 立仓镇 › 立仓社区 › 立仓小区.
  let chen: string; // 陈静 at 阳光花园, linked to an account
  let zhou: string; // 周涛 at 立仓镇
  let account: { id: string; token: string };

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    account = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
  });
  afterAll(() => h?.destroy());

  describe("happy", () => {
    it("registers staff at compounds and regions, phones in full, accounts linked", async () => {
      const res = await post(
        person("陈静", { compoundId: w.sunshine }, { phone: "138 1234 5678", userId: account.id }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^stf_[0-9A-Z]{26}$/),
        name: "陈静",
        phone: "13812345678",
        team: "ownersCommittee",
        dedicated: true,
        regionId: null,
        compoundId: w.sunshine,
        unitName: "阳光花园",
        userId: account.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        archivedAt: null,
      });
      chen = res.body.id;
      zhou = (
        await post(
          person(
            "周涛",
            { regionId: w.township.id },
            { phone: "0558-7111222", team: "townshipOffice", dedicated: false },
          ),
        )
      ).body.id;
      await post(
        person("吴敏", { regionId: w.community.id }, { phone: "13900001111", team: "communityBody" }),
      );
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      const seen = await h.request("GET", `${path}/${zhou}`, { token: officer.token });
      expect(seen.body).toMatchObject({
        name: "周涛",
        phone: "0558-7111222",
        unitName: "立仓镇",
        dedicated: false,
      });
    });

    it("filters by team, dedicated, regionId (subtree), compoundId and q on names and phones", async () => {
      expect(await names("")).toEqual(["陈静", "周涛", "吴敏"]);
      expect(await names("?team=townshipOffice")).toEqual(["周涛"]);
      expect(await names("?dedicated=true")).toEqual(["陈静", "吴敏"]);
      expect(await names("?dedicated=false")).toEqual(["周涛"]);
      expect(await names(`?regionId=${w.street.id}`)).toEqual(["陈静", "吴敏"]);
      expect(await names(`?regionId=${w.township.id}`)).toEqual(["周涛"]);
      expect(await names(`?compoundId=${w.sunshine}`)).toEqual(["陈静"]);
      expect(await names(`?q=${encodeURIComponent("吴")}`)).toEqual(["吴敏"]);
      expect(await names("?q=7111")).toEqual(["周涛"]);
    });

    it("changes, unlinks, moves and archives, with before and after in the audit trail", async () => {
      const changed = await h.request("PATCH", `${path}/${chen}`, {
        token: h.ours.adminToken,
        body: { dedicated: false, userId: null, phone: "13711112222" },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ dedicated: false, userId: null, phone: "13711112222" });
      const moved = await h.request("PATCH", `${path}/${chen}`, {
        token: h.ours.adminToken,
        body: { regionId: w.community.id, team: "communityBody" },
      });
      expect(moved.body).toMatchObject({ regionId: w.community.id, compoundId: null, unitName: "城南社区" });
      const archived = await h.request("DELETE", `${path}/${chen}`, { token: h.ours.adminToken });
      expect(archived.body.archivedAt).not.toBeNull();
      expect(await names("")).not.toContain("陈静");
      expect(await names("?includeArchived=true")).toContain("陈静");
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, chen)).orderBy(auditEvents.id),
      );
      expect(events.map((e) => e.action)).toEqual([
        "staff.create",
        "staff.update",
        "staff.update",
        "staff.archive",
      ]);
      expect(events[1]?.before).toMatchObject({ dedicated: true, userId: account.id, phone: "13812345678" });
      expect(events[1]?.after).toMatchObject({ dedicated: false, userId: null, phone: "13711112222" });
      expect(events[2]?.after).toMatchObject({ regionId: w.community.id, team: "communityBody" });
    });
  });

  describe("error", () => {
    it("the unit is exactly one of regionId and compoundId, both named", async () => {
      const both = await post(person("x", { regionId: w.community.id, compoundId: w.sunshine }));
      expectProblem(both, 422, "unprocessable");
      expect(failingPaths(both).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const neither = await post(person("x", {}));
      expectProblem(neither, 422, "unprocessable");
      expect(failingPaths(neither).sort()).toEqual(["body.compoundId", "body.regionId"]);
    });

    it("an unknown unit or account is 422 naming the field", async () => {
      const region = await post(person("x", { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }));
      expectProblem(region, 422, "unprocessable");
      expect(failingPaths(region)).toEqual(["body.regionId"]);
      const compound = await post(person("x", { compoundId: w.archived }));
      expectProblem(compound, 422, "unprocessable");
      expect(failingPaths(compound)).toEqual(["body.compoundId"]);
      const user = await post(
        person("x", { compoundId: w.sunshine }, { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
      );
      expectProblem(user, 422, "unprocessable");
      expect(failingPaths(user)).toEqual(["body.userId"]);
      const disabled = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
      await h.request("PATCH", `/v1/tenants/ours/users/${disabled.id}`, {
        token: h.ours.adminToken,
        body: { disabled: true },
      });
      const off = await post(person("x", { compoundId: w.sunshine }, { userId: disabled.id }));
      expectProblem(off, 422, "unprocessable");
      expect(failingPaths(off)).toEqual(["body.userId"]);
      const theirs = await post(person("x", { compoundId: w.sunshine }, { userId: h.other.adminId }));
      expect(failingPaths(theirs)).toEqual(["body.userId"]);
    });

    it("the team must be one of the county's mechanism, at a unit of its level: 422 naming body.team", async () => {
      const unknown = await post(person("x", { compoundId: w.sunshine }, { team: "propertyService" }));
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.team"]);
      expect(unknown.body.detail).toBe(
        "The county's mechanism has no team 'propertyService': use one of townshipOffice, communityBody, ownersCommittee.",
      );
      const wrongUnit = await post(person("x", { regionId: w.township.id }, { team: "communityBody" }));
      expect(failingPaths(wrongUnit)).toEqual(["body.team"]);
      expect(wrongUnit.body.reason.zh).toBe("队伍“社区物业管理机构”属于社区层级，不适用于乡镇(街道)。");
      const move = await h.request("PATCH", `${path}/${zhou}`, {
        token: h.ours.adminToken,
        body: { compoundId: w.sunshine },
      });
      expect(failingPaths(move)).toEqual(["body.team"]);
    });

    it("bad fields are 422 naming each one", async () => {
      const bad = await post({
        name: "",
        phone: "555",
        team: "Grid Work",
        dedicated: "yes",
        regionId: w.township.id,
      });
      expectProblem(bad, 422, "unprocessable");
      expect(failingPaths(bad).sort()).toEqual(["body.dedicated", "body.name", "body.phone", "body.team"]);
      const badPatch = await h.request("PATCH", `${path}/${zhou}`, {
        token: h.ours.adminToken,
        body: { phone: "12-34" },
      });
      expectProblem(badPatch, 422, "unprocessable");
      expect(failingPaths(badPatch)).toEqual(["body.phone"]);
      expectProblem(
        await h.request("GET", `${path}/stf_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
        404,
        "not_found",
      );
    });
  });

  describe("security", () => {
    it("no auth is 401; company and committee people are 403; department officers do not write", async () => {
      expectProblem(await h.request("GET", path), 401, "unauthenticated");
      const company = await h.userWith(h.ours, ["companyStaff"], { companyId: await createCompanyVia(h, 1) });
      const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
      for (const token of [company.token, member.token]) {
        expectProblem(await h.request("GET", path, { token }), 403, "forbidden");
        expectProblem(await h.request("GET", `${path}/${zhou}`, { token }), 403, "forbidden");
        expectProblem(await post(person("x", { compoundId: w.sunshine }), token), 403, "forbidden");
      }
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      expectProblem(await post(person("x", { compoundId: w.sunshine }), officer.token), 403, "forbidden");
    });

    it("another tenant sees nothing of ours: 404", async () => {
      expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
      expectProblem(
        await h.request("GET", `/v1/tenants/other/staff/${zhou}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("DELETE", `/v1/tenants/other/staff/${zhou}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
    });

    it("region staff work in their subtree only: outside targets are 404, outside units 422", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
      expect(await names("", staff.token)).toEqual(["吴敏"]);
      const own = await post(person("郑华", { compoundId: w.happy }), staff.token);
      expect(own.status).toBe(201);
      const outside = await post(person("x", { compoundId: w.far }), staff.token);
      expectProblem(outside, 422, "unprocessable");
      expect(failingPaths(outside)).toEqual(["body.compoundId"]);
      const above = await post(person("x", { regionId: w.street.id }), staff.token);
      expect(failingPaths(above)).toEqual(["body.regionId"]);
      expectProblem(await h.request("GET", `${path}/${zhou}`, { token: staff.token }), 404, "not_found");
      expectProblem(
        await h.request("PATCH", `${path}/${zhou}`, { token: staff.token, body: { dedicated: true } }),
        404,
        "not_found",
      );
      expectProblem(await h.request("DELETE", `${path}/${zhou}`, { token: staff.token }), 404, "not_found");
    });
  });
});
