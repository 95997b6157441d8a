import { dateInZone, makeUscc, newId } from "@propgov/core";
import { auditEvents, committees, companies, contracts, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedDepartment } from "./registry-fixtures.js";

describe.each(testDrivers())("compounds on %s", (driver) => {
  let h: Harness;
  const path = "/v1/tenants/ours/compounds";
  const post = (body: unknown, token = h.ours.adminToken) => h.request("POST", path, { token, body });
  const patch = (id: string, body: unknown, token = h.ours.adminToken) =>
    h.request("PATCH", `${path}/${id}`, { token, body });
  const get = (id: string, token = h.ours.adminToken) => h.request("GET", `${path}/${id}`, { token });
  const names = async (query: string, token = h.ours.adminToken) =>
    ((await h.request("GET", `${path}${query}`, { token })).body.items as { name: string }[]).map(
      (c) => c.name,
    );

  // 城关街道 (street) with 东关社区; 立仓镇 (township) with 立仓社区.
  let street: string;
  let township: string;
  let dongguan: string;
  let licang: string;
  let guarantor: { id: string; token: string };
  let sunshine: string; // 阳光花园 in 东关社区
  let riverside: string; // 滨河小区 in 立仓社区

  const compound = (name: string, communityId: string, extra: Record<string, unknown> = {}) => ({
    name,
    address: `蒙城县${name}路1号`,
    communityId,
    buildings: 4,
    households: 200,
    serviceMode: "professional",
    ...extra,
  });

  const region = async (body: unknown) =>
    (await h.request("POST", "/v1/tenants/ours/regions", { token: h.ours.adminToken, body })).body
      .id as string;

  /** A committee written directly (the committees API is another resource), in term or not. */
  const addCommittee = (compoundId: string, formedOn: string, termEndsOn: string, archived = false) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.insert(committees).values({
        tenantId: h.ours.id,
        id: newId("committee"),
        compoundId,
        formedOn,
        termEndsOn,
        members: [{ name: "王主任", role: "chair", isPartyMember: true }],
        ...(archived ? { archivedAt: new Date() } : {}),
      }),
    );

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-09-15T02:00:00.000Z" });
    street = await region({ kind: "street", name: "城关街道", code: "341622001" });
    township = await region({ kind: "township", name: "立仓镇", code: "341622100" });
    dongguan = await region({ kind: "community", parentId: street, name: "东关社区" });
    licang = await region({ kind: "community", parentId: township, name: "立仓社区" });
    guarantor = await h.userWith(h.ours, ["regionStaff"], { regionId: dongguan });
    sunshine = (await post(compound("阳光花园", dongguan))).body.id;
    riverside = (await post(compound("滨河小区", licang, { serviceMode: "selfManaged" }))).body.id;
  });
  afterAll(() => h?.destroy());

  describe("happy", () => {
    it("creates a compound with grids and shows labels, community and guarantors", async () => {
      const res = await post(
        compound("幸福家园", dongguan, {
          location: { lat: 33.2651, lng: 116.5646 },
          residentPartyMembers: 5,
          grids: [
            { name: "1号网格", guarantor: { userId: guarantor.id } },
            { name: "2号网格", guarantor: { name: "李娜", phone: "138 1234 5678" } },
            { name: "3号网格" },
          ],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: "幸福家园",
        communityId: dongguan,
        communityName: "东关社区",
        buildings: 4,
        households: 200,
        location: { lat: 33.2651, lng: 116.5646 },
        serviceMode: "professional",
        serviceModeLabel: { zh: "专业化物业服务", en: "Professional property service" },
        residentPartyMembers: 5,
        hasCommittee: false,
        archivedAt: null,
      });
      expect(res.body.id).toMatch(/^cpd_/);
      expect(res.body.grids).toEqual([
        {
          id: expect.stringMatching(/^grd_/),
          name: "1号网格",
          guarantor: { userId: guarantor.id, name: expect.any(String), phone: null },
        },
        {
          id: expect.stringMatching(/^grd_/),
          name: "2号网格",
          guarantor: { userId: null, name: "李娜", phone: "13812345678" },
        },
        { id: expect.stringMatching(/^grd_/), name: "3号网格", guarantor: null },
      ]);
      expect(res.body.grids[0].guarantor.name).toMatch(/^user\d+$/);
      expect((await get(res.body.id)).body).toEqual(res.body);
      const bare = (await get(sunshine)).body;
      expect(bare).toMatchObject({ location: null, residentPartyMembers: 0, grids: [] });
    });

    it("filters by regionId (any ancestor), communityId, serviceMode and q on name or address", async () => {
      expect(await names(`?regionId=${street}`)).toEqual(["阳光花园", "幸福家园"]);
      expect(await names(`?regionId=${dongguan}`)).toEqual(["阳光花园", "幸福家园"]);
      expect(await names(`?regionId=${township}`)).toEqual(["滨河小区"]);
      expect(await names("?regionId=reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0")).toEqual([]);
      expect(await names(`?communityId=${licang}`)).toEqual(["滨河小区"]);
      expect(await names("?serviceMode=selfManaged")).toEqual(["滨河小区"]);
      expect(await names(`?q=${encodeURIComponent("阳光")}`)).toEqual(["阳光花园"]);
      expect(await names(`?q=${encodeURIComponent("滨河小区路")}`)).toEqual(["滨河小区"]);
      expect(await names("?q=%25")).toEqual([]);
    });

    it("hasCommittee: a committee in term today in the tenant's zone, not expired, future or archived ones", async () => {
      const expired = (await post(compound("过期业委会小区", licang))).body.id;
      const archived = (await post(compound("撤销业委会小区", licang))).body.id;
      const future = (await post(compound("未来业委会小区", licang))).body.id;
      // Move the app's clock to the next 20:00 UTC: it is then 04:00 of the next day in Asia/Shanghai,
      // so "today" differs between UTC and the tenant's zone.
      const real = h.deps.now().getTime();
      const target = new Date(real);
      target.setUTCHours(20, 0, 0, 0);
      if (target.getTime() <= real) target.setUTCDate(target.getUTCDate() + 1);
      const offset = target.getTime() - real;
      const utcToday = target.toISOString().slice(0, 10);
      const plusDays = (day: string, n: number) =>
        new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const today = plusDays(utcToday, 1);
      expect(dateInZone(target, "Asia/Shanghai")).toBe(today);
      await addCommittee(sunshine, today, plusDays(today, 5 * 365));
      await addCommittee(expired, plusDays(today, -5 * 365), utcToday);
      await addCommittee(archived, plusDays(today, -365), plusDays(today, 4 * 365), true);
      await addCommittee(future, plusDays(today, 1), plusDays(today, 5 * 365));
      h.advance(offset);
      try {
        expect(await names("?hasCommittee=true")).toEqual(["阳光花园"]);
        const without = await names("?hasCommittee=false");
        for (const name of ["滨河小区", "过期业委会小区", "撤销业委会小区", "未来业委会小区"]) {
          expect(without).toContain(name);
        }
        expect(without).not.toContain("阳光花园");
        expect((await get(sunshine)).body.hasCommittee).toBe(true);
        expect((await get(expired)).body.hasCommittee).toBe(false);
        // A day later the future committee is in term too.
        h.advance(86_400_000);
        expect(await names("?hasCommittee=true")).toEqual(["阳光花园", "未来业委会小区"]);
        h.advance(-86_400_000);
      } finally {
        h.advance(-offset);
      }
      for (const id of [expired, archived, future]) {
        await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
      }
    });

    it("PATCH grids replaces the set: known ids stay, new ones are added, missing ones go", async () => {
      const created = await post(
        compound("网格小区", dongguan, {
          grids: [
            { name: "A", guarantor: { userId: guarantor.id } },
            { name: "B", guarantor: { name: "赵六", phone: "13900001111" } },
          ],
        }),
      );
      const [a, b] = created.body.grids as { id: string }[];
      const changed = await patch(created.body.id, {
        households: 300,
        location: { lat: 33.27, lng: 116.57 },
        grids: [
          { name: "C", guarantor: { name: "钱七", phone: "0558-7123456" } },
          { id: a?.id, name: "A1", guarantor: { name: "孙八", phone: "13700002222" } },
        ],
      });
      expect(changed.status).toBe(200);
      expect(changed.body.households).toBe(300);
      expect(changed.body.name).toBe("网格小区");
      expect(changed.body.location).toEqual({ lat: 33.27, lng: 116.57 });
      expect(changed.body.grids).toEqual([
        {
          id: expect.stringMatching(/^grd_/),
          name: "C",
          guarantor: { userId: null, name: "钱七", phone: "0558-7123456" },
        },
        { id: a?.id, name: "A1", guarantor: { userId: null, name: "孙八", phone: "13700002222" } },
      ]);
      expect(changed.body.grids.map((g: { id: string }) => g.id)).not.toContain(b?.id);
      // Without `grids` the grids stay; `location: null` clears the location; [] empties the grids.
      const same = await patch(created.body.id, { location: null });
      expect(same.body.location).toBeNull();
      expect(same.body.grids).toEqual(changed.body.grids);
      expect((await patch(created.body.id, { grids: [] })).body.grids).toEqual([]);
    });

    it("archives (soft delete) with before and after in the audit trail", async () => {
      const { id } = (await post(compound("拆迁小区", licang))).body;
      await patch(id, { serviceMode: "none" });
      const archived = await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
      expect(archived.status).toBe(200);
      expect(archived.body.archivedAt).not.toBeNull();
      expect(await names("")).not.toContain("拆迁小区");
      expect(await names("?includeArchived=true")).toContain("拆迁小区");
      expect((await get(id)).body.archivedAt).not.toBeNull();
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
      );
      expect(events.map((e) => e.action)).toEqual(["compound.create", "compound.update", "compound.archive"]);
      expect(events[1]?.before).toMatchObject({ serviceMode: "professional" });
      expect(events[1]?.after).toMatchObject({ serviceMode: "none" });
      expect(events[0]?.actorId).toBe(h.ours.adminId);
    });

    it("moving a community moves its compounds into the new parent's reach", async () => {
      const village = await region({ kind: "community", parentId: street, name: "移交社区" });
      await post(compound("移交小区", village));
      const townshipStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: township });
      const streetStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: street });
      expect(await names("", townshipStaff.token)).not.toContain("移交小区");
      expect(await names("", streetStaff.token)).toContain("移交小区");
      const moved = await h.request("PATCH", `/v1/tenants/ours/regions/${village}`, {
        token: h.ours.adminToken,
        body: { parentId: township },
      });
      expect(moved.status).toBe(200);
      expect(await names("", townshipStaff.token)).toContain("移交小区");
      expect(await names("", streetStaff.token)).not.toContain("移交小区");
      expect(await names(`?regionId=${township}`)).toContain("移交小区");
      expect(await names(`?regionId=${street}`)).not.toContain("移交小区");
    });

    it("pages with a cursor", async () => {
      for (const n of [1, 2, 3, 4]) await post(compound(`分页小区${n}`, licang));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
        const res = await h.request("GET", `${path}${query}`, { token: h.ours.adminToken });
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      const all = await h.request("GET", path, { token: h.ours.adminToken });
      expect(seen).toEqual(all.body.items.map((c: { id: string }) => c.id));
      expect(pages).toBeGreaterThanOrEqual(4);
    });
  });

  describe("errors", () => {
    it("bad fields are 422 naming each", async () => {
      const bad = await post({
        name: "",
        address: "x",
        communityId: dongguan,
        buildings: -1,
        households: 1.5,
        serviceMode: "luxury",
        location: { lat: 0, lng: 116 },
        grids: [
          { name: "A", guarantor: { userId: guarantor.id, name: "x" } },
          { name: "B", guarantor: { name: "y" } },
        ],
      });
      expectProblem(bad, 422, "unprocessable");
      expect(failingPaths(bad).sort()).toEqual([
        "body.buildings",
        "body.grids.0.guarantor",
        "body.grids.1.guarantor.phone",
        "body.households",
        "body.location.lat",
        "body.name",
        "body.serviceMode",
      ]);
      const repeated = await post(compound("重名网格", dongguan, { grids: [{ name: "A" }, { name: "A" }] }));
      expect(failingPaths(repeated)).toEqual(["body.grids"]);
      const badPhone = await post(
        compound("坏电话", dongguan, { grids: [{ name: "A", guarantor: { name: "x", phone: "123" } }] }),
      );
      expect(failingPaths(badPhone)).toEqual(["body.grids.0.guarantor.phone"]);
    });

    it("the community must be an active community: else 422 on body.communityId", async () => {
      const gone = await region({ kind: "community", parentId: township, name: "撤销社区" });
      await h.request("DELETE", `/v1/tenants/ours/regions/${gone}`, { token: h.ours.adminToken });
      for (const communityId of [street, gone, "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"]) {
        const res = await post(compound("无社区小区", communityId));
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res), communityId).toEqual(["body.communityId"]);
      }
      const moved = await patch(sunshine, { communityId: township });
      expect(failingPaths(moved)).toEqual(["body.communityId"]);
    });

    it("guarantors must be active users of the tenant; grid ids must be this compound's", async () => {
      const disabled = await h.userWith(h.ours, ["regionStaff"], { regionId: dongguan });
      await h.request("PATCH", `/v1/tenants/ours/users/${disabled.id}`, {
        token: h.ours.adminToken,
        body: { disabled: true },
      });
      const res = await post(
        compound("担保小区", dongguan, {
          grids: [
            { name: "A", guarantor: { userId: guarantor.id } },
            { name: "B", guarantor: { userId: disabled.id } },
            { name: "C", guarantor: { userId: h.other.adminId } },
            { name: "D", guarantor: { userId: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" } },
          ],
        }),
      );
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual([
        "body.grids.1.guarantor.userId",
        "body.grids.2.guarantor.userId",
        "body.grids.3.guarantor.userId",
      ]);
      const other = (await post(compound("别的小区", dongguan, { grids: [{ name: "X" }] }))).body;
      const foreign = await patch(sunshine, { grids: [{ id: other.grids[0].id, name: "X" }] });
      expectProblem(foreign, 422, "unprocessable");
      expect(failingPaths(foreign)).toEqual(["body.grids.0.id"]);
      const fresh = await post(
        compound("新小区", dongguan, { grids: [{ id: other.grids[0].id, name: "X" }] }),
      );
      expect(failingPaths(fresh)).toEqual(["body.grids.0.id"]);
      // Nothing of the refused requests was written.
      expect(await names(`?q=${encodeURIComponent("担保")}`)).toEqual([]);
      expect((await get(other.id)).body.grids).toHaveLength(1);
    });

    it("bad ids, filters and cursors are 400; unknown ids 404", async () => {
      expectProblem(await get("cpd_nope"), 400, "bad_request");
      const filter = await h.request("GET", `${path}?hasCommittee=yes&serviceMode=x`, {
        token: h.ours.adminToken,
      });
      expectProblem(filter, 400, "bad_request");
      expect(failingPaths(filter).sort()).toEqual(["query.hasCommittee", "query.serviceMode"]);
      expectProblem(
        await h.request("GET", `${path}?cursor=zzz`, { token: h.ours.adminToken }),
        400,
        "bad_request",
      );
      expectProblem(await get("cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"), 404, "not_found");
      expectProblem(await patch("cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", { name: "x" }), 404, "not_found");
    });
  });

  describe("security", () => {
    it("no auth is 401; another tenant's compounds are 404", async () => {
      expectProblem(await h.request("GET", path), 401, "unauthenticated");
      expectProblem(await h.request("POST", path, { body: compound("x", dongguan) }), 401, "unauthenticated");
      expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
      expectProblem(
        await h.request("GET", `/v1/tenants/other/compounds/${sunshine}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("DELETE", `/v1/tenants/other/compounds/${sunshine}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      const theirs = await h.request("GET", "/v1/tenants/other/compounds", { token: h.other.adminToken });
      expect(theirs.body.items).toEqual([]);
      const cross = await h.request("POST", "/v1/tenants/other/compounds", {
        token: h.other.adminToken,
        body: compound("越界", dongguan),
      });
      expect(failingPaths(cross)).toEqual(["body.communityId"]);
    });

    it("region staff see and change only compounds under their region", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: street });
      const t = staff.token;
      const mine = await names("", t);
      expect(mine).toContain("阳光花园");
      expect(mine).not.toContain("滨河小区");
      expect((await get(sunshine, t)).status).toBe(200);
      expectProblem(await get(riverside, t), 404, "not_found");
      expectProblem(await patch(riverside, { name: "x" }, t), 404, "not_found");
      expectProblem(await h.request("DELETE", `${path}/${riverside}`, { token: t }), 404, "not_found");
      const elsewhere = await post(compound("越界小区", licang), t);
      expectProblem(elsewhere, 422, "unprocessable");
      expect(failingPaths(elsewhere)).toEqual(["body.communityId"]);
      const away = await patch(sunshine, { communityId: licang }, t);
      expect(failingPaths(away)).toEqual(["body.communityId"]);
      const created = await post(compound("街道小区", dongguan), t);
      expect(created.status).toBe(201);
      expect((await patch(created.body.id, { households: 99 }, t)).body.households).toBe(99);
      expect((await h.request("DELETE", `${path}/${created.body.id}`, { token: t })).status).toBe(200);
    });

    it("company staff read the compounds their company serves; committee members their own; neither writes", async () => {
      const companyId = newId("company");
      await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
        await tx.insert(companies).values({
          tenantId: h.ours.id,
          id: companyId,
          name: "蒙城物业",
          uscc: makeUscc("91", "341622", "MA2N0001"),
          legalRepresentative: "周九",
          phone: "13800000000",
        });
        await tx.insert(contracts).values({
          tenantId: h.ours.id,
          id: newId("contract"),
          companyId,
          compoundId: riverside,
          startsOn: "2026-01-01",
          endsOn: "2028-12-31",
          feeStandard: "0.80",
          projectManagerName: "吴十",
          projectManagerPhone: "13800000001",
        });
      });
      const company = await h.userWith(h.ours, ["companyStaff"], { companyId });
      expect(await names("", company.token)).toEqual(["滨河小区"]);
      expect((await get(riverside, company.token)).status).toBe(200);
      expectProblem(await get(sunshine, company.token), 404, "not_found");

      const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: sunshine });
      expect(await names("", member.token)).toEqual(["阳光花园"]);
      expectProblem(await get(riverside, member.token), 404, "not_found");

      for (const token of [company.token, member.token]) {
        expectProblem(await post(compound("x", licang), token), 403, "forbidden");
        expectProblem(await patch(riverside, { name: "x" }, token), 403, "forbidden");
        expectProblem(await h.request("DELETE", `${path}/${sunshine}`, { token }), 403, "forbidden");
      }
    });

    it("department officers read every compound but change none", async () => {
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      const all = await names("", officer.token);
      expect(all).toContain("阳光花园");
      expect(all).toContain("滨河小区");
      expectProblem(await post(compound("x", licang), officer.token), 403, "forbidden");
      expectProblem(await patch(riverside, { name: "x" }, officer.token), 403, "forbidden");
    });
  });
});
