import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedDepartment, seedWorld, type World } from "./registry-fixtures.js";

describe.each(testDrivers())("guarantors on %s", (driver) => {
  let h: Harness;
  let w: World;
  const compounds = "/v1/tenants/ours/compounds";
  const put = (url: string, body: unknown, token = h.ours.adminToken) =>
    h.request("PUT", url, { token, body });
  const del = (url: string, token = h.ours.adminToken) => h.request("DELETE", url, { token });
  const events = (targetId: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, targetId), like(auditEvents.action, "%.guarantor.%")))
        .orderBy(auditEvents.id),
    );

  // 城南社区 (under 城关街道) holds 网格小区 with grids A and B; 立仓小区 lies in 立仓镇.
  let cadre: { id: string; token: string };
  let gridded: string;
  let gridA: string;
  let gridB: string;

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    cadre = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    const created = await h.request("POST", compounds, {
      token: h.ours.adminToken,
      body: {
        name: "网格小区",
        address: "网格路1号",
        communityId: w.community.id,
        buildings: 2,
        households: 100,
        serviceMode: "professional",
        grids: [{ name: "A" }, { name: "B", guarantor: { name: "赵六", phone: "13900001111" } }],
      },
    });
    gridded = created.body.id;
    [gridA, gridB] = created.body.grids.map((g: { id: string }) => g.id);
  });
  afterAll(() => h?.destroy());

  describe("happy", () => {
    it("a compound starts without a guarantor", async () => {
      const res = await h.request("GET", `${compounds}/${w.sunshine}`, { token: h.ours.adminToken });
      expect(res.body.guarantor).toBeNull();
    });

    it("sets, replaces and clears the guarantor of a compound, audited before and after", async () => {
      const url = `${compounds}/${w.sunshine}/guarantor`;
      const byUser = await put(url, { userId: cadre.id });
      expect(byUser.status).toBe(200);
      expect(byUser.body.id).toBe(w.sunshine);
      expect(byUser.body.guarantor).toEqual({
        userId: cadre.id,
        name: expect.stringMatching(/^user\d+$/),
        phone: null,
      });
      const shown = await h.request("GET", `${compounds}/${w.sunshine}`, { token: h.ours.adminToken });
      expect(shown.body.guarantor).toEqual(byUser.body.guarantor);
      const listed = await h.request("GET", `${compounds}?q=${encodeURIComponent("阳光")}`, {
        token: h.ours.adminToken,
      });
      expect(listed.body.items[0].guarantor).toEqual(byUser.body.guarantor);

      const byPerson = await put(url, { name: "李娜", phone: "138 1234 5678" });
      expect(byPerson.body.guarantor).toEqual({ userId: null, name: "李娜", phone: "13812345678" });
      // The same guarantor again changes nothing and writes no event.
      expect((await put(url, { name: "李娜", phone: "13812345678" })).body.guarantor).toEqual(
        byPerson.body.guarantor,
      );

      const cleared = await del(url);
      expect(cleared.status).toBe(200);
      expect(cleared.body.guarantor).toBeNull();
      expect((await del(url)).body.guarantor).toBeNull();

      const trail = await events(w.sunshine);
      expect(trail.map((e) => e.action)).toEqual([
        "compound.guarantor.set",
        "compound.guarantor.set",
        "compound.guarantor.clear",
      ]);
      expect(trail.every((e) => e.targetType === "compound" && e.actorId === h.ours.adminId)).toBe(true);
      expect(trail[0]?.before).toEqual({ guarantor: null });
      expect(trail[0]?.after).toMatchObject({ guarantor: { userId: cadre.id, phone: null } });
      expect(trail[1]?.before).toMatchObject({ guarantor: { userId: cadre.id } });
      expect(trail[1]?.after).toEqual({ guarantor: { userId: null, name: "李娜", phone: "13812345678" } });
      expect(trail[2]?.before).toEqual({ guarantor: { userId: null, name: "李娜", phone: "13812345678" } });
      expect(trail[2]?.after).toEqual({ guarantor: null });
    });

    it("sets, replaces and clears the guarantor of one grid, leaving the others alone", async () => {
      const url = `${compounds}/${gridded}/grids/${gridA}/guarantor`;
      const set = await put(url, { userId: cadre.id });
      expect(set.status).toBe(200);
      expect(set.body.grids).toEqual([
        { id: gridA, name: "A", guarantor: { userId: cadre.id, name: expect.any(String), phone: null } },
        { id: gridB, name: "B", guarantor: { userId: null, name: "赵六", phone: "13900001111" } },
      ]);
      expect(set.body.guarantor).toBeNull();
      const replaced = await put(url, { name: "钱七", phone: "0558-7123456" });
      expect(replaced.body.grids[0].guarantor).toEqual({ userId: null, name: "钱七", phone: "0558-7123456" });
      const cleared = await del(`${compounds}/${gridded}/grids/${gridB}/guarantor`);
      expect(cleared.body.grids.map((g: { guarantor: unknown }) => g.guarantor)).toEqual([
        { userId: null, name: "钱七", phone: "0558-7123456" },
        null,
      ]);
      const trailA = await events(gridA);
      expect(trailA.map((e) => e.action)).toEqual(["grid.guarantor.set", "grid.guarantor.set"]);
      expect(trailA[0]?.targetType).toBe("grid");
      expect(trailA[0]?.before).toEqual({ compoundId: gridded, guarantor: null });
      expect(trailA[1]?.after).toEqual({
        compoundId: gridded,
        guarantor: { userId: null, name: "钱七", phone: "0558-7123456" },
      });
      const trailB = await events(gridB);
      expect(trailB.map((e) => e.action)).toEqual(["grid.guarantor.clear"]);
      expect(trailB[0]?.before).toEqual({
        compoundId: gridded,
        guarantor: { userId: null, name: "赵六", phone: "13900001111" },
      });
      expect(trailB[0]?.after).toEqual({ compoundId: gridded, guarantor: null });
    });
  });

  describe("error", () => {
    it("a guarantor is a user or a named person with a phone: 422 naming the field", async () => {
      const url = `${compounds}/${w.happy}/guarantor`;
      const both = await put(url, { userId: cadre.id, name: "李娜", phone: "13812345678" });
      expectProblem(both, 422, "unprocessable");
      expect(failingPaths(both)).toEqual(["body"]);
      const noPhone = await put(url, { name: "李娜" });
      expectProblem(noPhone, 422, "unprocessable");
      expect(failingPaths(noPhone)).toEqual(["body.phone"]);
      const badPhone = await put(`${compounds}/${gridded}/grids/${gridA}/guarantor`, {
        name: "李娜",
        phone: "123",
      });
      expectProblem(badPhone, 422, "unprocessable");
      expect(failingPaths(badPhone)).toEqual(["body.phone"]);
      const empty = await put(url, {});
      expect(failingPaths(empty).sort()).toEqual(["body.name", "body.phone"]);
      const unknownUser = await put(url, { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" });
      expectProblem(unknownUser, 422, "unprocessable");
      expect(failingPaths(unknownUser)).toEqual(["body.userId"]);
      const otherTenantUser = await put(url, { userId: h.other.adminId });
      expect(failingPaths(otherTenantUser)).toEqual(["body.userId"]);
      const disabled = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
      await h.request("PATCH", `/v1/tenants/ours/users/${disabled.id}`, {
        token: h.ours.adminToken,
        body: { disabled: true },
      });
      const off = await put(`${compounds}/${gridded}/grids/${gridA}/guarantor`, { userId: disabled.id });
      expectProblem(off, 422, "unprocessable");
      expect(failingPaths(off)).toEqual(["body.userId"]);
      expect(
        (await h.request("GET", `${compounds}/${w.happy}`, { token: h.ours.adminToken })).body.guarantor,
      ).toBeNull();
    });

    it("unknown compounds and grids are 404, malformed ids 400, archived compounds 409", async () => {
      const person = { name: "李娜", phone: "13812345678" };
      expectProblem(
        await put(`${compounds}/cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0/guarantor`, person),
        404,
        "not_found",
      );
      expectProblem(
        await put(`${compounds}/${gridded}/grids/grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0/guarantor`, person),
        404,
        "not_found",
      );
      // A grid of another compound is not a grid of this one.
      expectProblem(
        await put(`${compounds}/${w.sunshine}/grids/${gridA}/guarantor`, person),
        404,
        "not_found",
      );
      expectProblem(await put(`${compounds}/${gridded}/grids/nope/guarantor`, person), 400, "bad_request");
      expectProblem(await del(`${compounds}/cpd_nope/guarantor`), 400, "bad_request");
      expectProblem(await put(`${compounds}/${w.archived}/guarantor`, person), 409, "conflict");
      expectProblem(await del(`${compounds}/${w.archived}/guarantor`), 409, "conflict");
    });
  });

  describe("security", () => {
    it("no auth is 401; only county administrators and region staff assign guarantors", async () => {
      const person = { name: "李娜", phone: "13812345678" };
      expectProblem(await put(`${compounds}/${w.happy}/guarantor`, person, ""), 401, "unauthenticated");
      expectProblem(await del(`${compounds}/${w.happy}/guarantor`, ""), 401, "unauthenticated");
      for (const [role, scope] of [
        ["departmentOfficer", { departmentId: await seedDepartment(h) }],
        ["committeeMember", { compoundId: w.happy }],
      ] as const) {
        const user = await h.userWith(h.ours, [role], scope);
        expectProblem(await put(`${compounds}/${w.happy}/guarantor`, person, user.token), 403, "forbidden");
        expectProblem(
          await del(`${compounds}/${gridded}/grids/${gridA}/guarantor`, user.token),
          403,
          "forbidden",
        );
      }
    });

    it("another tenant's compounds are 404", async () => {
      const person = { name: "李娜", phone: "13812345678" };
      expectProblem(
        await put(`/v1/tenants/other/compounds/${w.happy}/guarantor`, person, h.other.adminToken),
        404,
        "not_found",
      );
      expectProblem(
        await put(`/v1/tenants/ours/compounds/${w.happy}/guarantor`, person, h.other.adminToken),
        404,
        "not_found",
      );
      expectProblem(
        await del(`/v1/tenants/other/compounds/${gridded}/grids/${gridA}/guarantor`, h.other.adminToken),
        404,
        "not_found",
      );
    });

    it("region staff assign in their subtree only: compounds outside are 404", async () => {
      const person = { name: "孙八", phone: "13700002222" };
      const inside = await put(`${compounds}/${w.happy}/guarantor`, person, cadre.token);
      expect(inside.status).toBe(200);
      expect(inside.body.guarantor).toEqual({ userId: null, name: "孙八", phone: "13700002222" });
      expect(
        (await put(`${compounds}/${gridded}/grids/${gridB}/guarantor`, person, cadre.token)).status,
      ).toBe(200);
      expectProblem(await put(`${compounds}/${w.far}/guarantor`, person, cadre.token), 404, "not_found");
      expectProblem(await del(`${compounds}/${w.far}/guarantor`, cadre.token), 404, "not_found");
      const [audited] = await events(w.happy);
      expect(audited?.actorId).toBe(cadre.id);
    });
  });
});
