import { newId } from "@propgov/core";
import { auditEvents, regions, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedCompany, seedDepartment, seedScopeCompound } from "./registry-fixtures.js";

type Node = { id: string; name: string; kind: string; children: Node[] };

describe.each(testDrivers())("regions on %s", (driver) => {
  let h: Harness;
  const path = "/v1/tenants/ours/regions";
  const post = (body: unknown, token = h.ours.adminToken) => h.request("POST", path, { token, body });
  const patch = (id: string, body: unknown, token = h.ours.adminToken) =>
    h.request("PATCH", `${path}/${id}`, { token, body });

  // 城关街道 (street) with 东关社区; 立仓镇 (township) with 立仓社区.
  let street: string;
  let township: string;
  let dongguan: string;
  let licang: string;

  beforeAll(async () => {
    h = await createHarness(driver);
    street = (await post({ kind: "street", name: "城关街道", code: "341622001" })).body.id;
    township = (await post({ kind: "township", name: "立仓镇", code: "341622100" })).body.id;
    dongguan = (await post({ kind: "community", parentId: street, name: "东关社区", code: "341622001001" }))
      .body.id;
    licang = (await post({ kind: "community", parentId: township, name: "立仓社区" })).body.id;
  });
  afterAll(() => h?.destroy());

  const pathOf = async (id: string) => {
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, h.ours.id), eq(regions.id, id))),
    );
    return row?.path;
  };

  describe("happy", () => {
    it("creates regions with kind labels and paths from the top", async () => {
      const created = await post({
        kind: "community",
        parentId: street,
        name: "西关社区",
        code: "341622001002",
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        kind: "community",
        kindLabel: { zh: "社区", en: "Community" },
        parentId: street,
        name: "西关社区",
        code: "341622001002",
        archivedAt: null,
      });
      expect(created.body.id).toMatch(/^reg_/);
      expect(await pathOf(created.body.id)).toBe(`${street}/${created.body.id}/`);
      expect(await pathOf(street)).toBe(`${street}/`);
      const got = await h.request("GET", `${path}/${township}`, { token: h.ours.adminToken });
      expect(got.body).toMatchObject({ kind: "township", kindLabel: { zh: "乡镇" }, parentId: null });
    });

    it("lists with kind, parentId and q (name or code) filters", async () => {
      const names = async (query: string) =>
        (await h.request("GET", `${path}${query}`, { token: h.ours.adminToken })).body.items.map(
          (r: { name: string }) => r.name,
        );
      expect(await names("?kind=township")).toEqual(["立仓镇"]);
      expect(await names(`?parentId=${township}`)).toEqual(["立仓社区"]);
      expect(await names(`?q=${encodeURIComponent("东关")}`)).toEqual(["东关社区"]);
      expect(await names("?q=341622100")).toEqual(["立仓镇"]);
      expect(await names("?q=%25")).toEqual([]);
    });

    it("GET regions/tree nests the active tree", async () => {
      const res = await h.request("GET", `${path}/tree`, { token: h.ours.adminToken });
      expect(res.status).toBe(200);
      const tree = res.body as Node[];
      expect(tree.map((n) => n.name)).toEqual(["城关街道", "立仓镇"]);
      expect(tree[0]).toMatchObject({ id: street, kind: "street", code: "341622001" });
      expect(tree[0]?.children.map((n) => n.name)).toContain("东关社区");
      expect(tree[1]?.children.map((n) => [n.name, n.children])).toEqual([["立仓社区", []]]);
    });

    it("renames, recodes and audits; an archived region's code is free again", async () => {
      const c = (await post({ kind: "community", parentId: township, name: "临时社区", code: "TMP-1" })).body;
      const changed = await patch(c.id, { name: "新建社区", code: "TMP-2" });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ name: "新建社区", code: "TMP-2", parentId: township });
      const archived = await h.request("DELETE", `${path}/${c.id}`, { token: h.ours.adminToken });
      expect(archived.status).toBe(200);
      expect(archived.body.archivedAt).not.toBeNull();
      const list = await h.request("GET", path, { token: h.ours.adminToken });
      expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(c.id);
      const all = await h.request("GET", `${path}?includeArchived=true`, { token: h.ours.adminToken });
      expect(all.body.items.map((r: { id: string }) => r.id)).toContain(c.id);
      const tree = (await h.request("GET", `${path}/tree`, { token: h.ours.adminToken })).body as Node[];
      expect(JSON.stringify(tree)).not.toContain(c.id);
      expect(
        (await post({ kind: "community", parentId: township, name: "另一社区", code: "TMP-2" })).status,
      ).toBe(201);
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, c.id)).orderBy(auditEvents.id),
      );
      expect(events.map((e) => e.action)).toEqual(["region.create", "region.update", "region.archive"]);
      expect(events[1]?.before).toMatchObject({ name: "临时社区", code: "TMP-1" });
      expect(events[1]?.after).toMatchObject({ name: "新建社区", code: "TMP-2" });
    });

    it("moving a community rewrites the path of it and its whole subtree", async () => {
      const c = (await post({ kind: "community", parentId: street, name: "搬迁社区" })).body;
      // A deeper level than today's kinds allow, written directly, to prove the whole subtree moves.
      const deeper = newId("region");
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(regions).values({
          tenantId: h.ours.id,
          id: deeper,
          kind: "community",
          parentId: c.id,
          name: "下级",
          path: `${street}/${c.id}/${deeper}/`,
        }),
      );
      const moved = await patch(c.id, { parentId: township });
      expect(moved.status).toBe(200);
      expect(moved.body.parentId).toBe(township);
      expect(await pathOf(c.id)).toBe(`${township}/${c.id}/`);
      expect(await pathOf(deeper)).toBe(`${township}/${c.id}/${deeper}/`);
      expect(await pathOf(dongguan)).toBe(`${street}/${dongguan}/`);
      const under = await h.request("GET", `${path}?parentId=${township}`, { token: h.ours.adminToken });
      expect(under.body.items.map((r: { id: string }) => r.id)).toContain(c.id);
    });

    it("pages with a cursor", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
        const res = await h.request("GET", `${path}${query}`, { token: h.ours.adminToken });
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((r: { id: string }) => r.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor);
      const all = await h.request("GET", path, { token: h.ours.adminToken });
      expect(seen).toEqual(all.body.items.map((r: { id: string }) => r.id));
      expect(pages).toBeGreaterThan(2);
    });
  });

  describe("errors", () => {
    it("kind rules and unknown parents are 422 on body.parentId", async () => {
      for (const body of [
        { kind: "township", parentId: street, name: "错镇" },
        { kind: "street", parentId: township, name: "错街道" },
        { kind: "community", name: "无上级社区" },
        { kind: "community", parentId: dongguan, name: "社区下的社区" },
        { kind: "community", parentId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "无此上级" },
      ]) {
        const res = await post(body);
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res), JSON.stringify(body)).toEqual(["body.parentId"]);
      }
      expect(failingPaths(await patch(township, { parentId: street }))).toEqual(["body.parentId"]);
      expect(failingPaths(await patch(dongguan, { parentId: null }))).toEqual(["body.parentId"]);
      expect(failingPaths(await patch(dongguan, { parentId: licang }))).toEqual(["body.parentId"]);
    });

    it("bad fields are 422 naming each; a taken code is 409 on body.code", async () => {
      const bad = await post({ kind: "village", name: "", code: "a b", extra: 1 });
      expectProblem(bad, 422, "unprocessable");
      expect(failingPaths(bad).sort()).toEqual(["body", "body.code", "body.kind", "body.name"]);
      const dup = await post({ kind: "township", name: "重复", code: "341622001" });
      expectProblem(dup, 409, "conflict");
      expect(failingPaths(dup)).toEqual(["body.code"]);
      const dupPatch = await patch(licang, { code: "341622001001" });
      expectProblem(dupPatch, 409, "conflict");
      expect(failingPaths(dupPatch)).toEqual(["body.code"]);
    });

    it("archive is refused with 409 while children or compounds remain", async () => {
      expectProblem(
        await h.request("DELETE", `${path}/${street}`, { token: h.ours.adminToken }),
        409,
        "conflict",
      );
      const c = (await post({ kind: "community", parentId: township, name: "有小区的社区" })).body;
      const compound = await h.request("POST", "/v1/tenants/ours/compounds", {
        token: h.ours.adminToken,
        body: {
          name: "小区",
          address: "地址",
          communityId: c.id,
          buildings: 1,
          households: 10,
          serviceMode: "none",
        },
      });
      expect(compound.status).toBe(201);
      expectProblem(
        await h.request("DELETE", `${path}/${c.id}`, { token: h.ours.adminToken }),
        409,
        "conflict",
      );
    });

    it("bad ids and cursors are 400; unknown ids 404", async () => {
      expectProblem(
        await h.request("GET", `${path}/reg_nope`, { token: h.ours.adminToken }),
        400,
        "bad_request",
      );
      const cursor = await h.request("GET", `${path}?cursor=nonsense`, { token: h.ours.adminToken });
      expectProblem(cursor, 400, "bad_request");
      expect(failingPaths(cursor)).toEqual(["query.cursor"]);
      expectProblem(
        await h.request("GET", `${path}?kind=village`, { token: h.ours.adminToken }),
        400,
        "bad_request",
      );
      expectProblem(
        await h.request("GET", `${path}/reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
        404,
        "not_found",
      );
    });
  });

  describe("security", () => {
    it("no auth is 401; company and committee people have no region routes (403)", async () => {
      expectProblem(await h.request("GET", path), 401, "unauthenticated");
      expectProblem(await h.request("GET", `${path}/tree`), 401, "unauthenticated");
      expectProblem(
        await h.request("POST", path, { body: { kind: "township", name: "x" } }),
        401,
        "unauthenticated",
      );
      const company = await h.userWith(h.ours, ["companyStaff"], {
        companyId: await seedCompany(h),
      });
      const committee = await h.userWith(h.ours, ["committeeMember"], {
        compoundId: await seedScopeCompound(h, h.ours, { id: licang, path: `${township}/${licang}/` }),
      });
      for (const token of [company.token, committee.token]) {
        expectProblem(await h.request("GET", path, { token }), 403, "forbidden");
        expectProblem(await h.request("GET", `${path}/tree`, { token }), 403, "forbidden");
        expectProblem(await h.request("GET", `${path}/${street}`, { token }), 403, "forbidden");
        expectProblem(await post({ kind: "township", name: "x" }, token), 403, "forbidden");
      }
    });

    it("department officers read every region but change none", async () => {
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      const tree = await h.request("GET", `${path}/tree`, { token: officer.token });
      expect(tree.body.map((n: Node) => n.id)).toEqual([street, township]);
      expect((await h.request("GET", `${path}/${licang}`, { token: officer.token })).status).toBe(200);
      expectProblem(await post({ kind: "township", name: "x" }, officer.token), 403, "forbidden");
      expectProblem(await patch(licang, { name: "x" }, officer.token), 403, "forbidden");
      expectProblem(
        await h.request("DELETE", `${path}/${licang}`, { token: officer.token }),
        403,
        "forbidden",
      );
    });

    it("another tenant's regions are 404 and its lists are empty", async () => {
      expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
      expectProblem(
        await h.request("GET", `/v1/tenants/other/regions/${street}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("PATCH", `/v1/tenants/other/regions/${street}`, {
          token: h.other.adminToken,
          body: { name: "x" },
        }),
        404,
        "not_found",
      );
      const theirs = await h.request("GET", "/v1/tenants/other/regions/tree", { token: h.other.adminToken });
      expect(theirs.body).toEqual([]);
      const parent = await h.request("POST", "/v1/tenants/other/regions", {
        token: h.other.adminToken,
        body: { kind: "community", parentId: street, name: "越界" },
      });
      expect(failingPaths(parent)).toEqual(["body.parentId"]);
    });

    it("region staff read and change only under their own region", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: street });
      const t = staff.token;
      const tree = (await h.request("GET", `${path}/tree`, { token: t })).body as Node[];
      expect(tree.map((n) => n.id)).toEqual([street]);
      expect(tree[0]?.children.map((n) => n.id)).toContain(dongguan);
      const list = await h.request("GET", path, { token: t });
      const ids = list.body.items.map((r: { id: string }) => r.id);
      expect(ids).toContain(street);
      expect(ids).toContain(dongguan);
      expect(ids).not.toContain(township);
      expect(ids).not.toContain(licang);
      // Its own region reads; elsewhere is 404.
      expect((await h.request("GET", `${path}/${street}`, { token: t })).status).toBe(200);
      expectProblem(await h.request("GET", `${path}/${township}`, { token: t }), 404, "not_found");
      expectProblem(await h.request("GET", `${path}/${licang}`, { token: t }), 404, "not_found");
      expectProblem(await patch(licang, { name: "x" }, t), 404, "not_found");
      expectProblem(await h.request("DELETE", `${path}/${township}`, { token: t }), 404, "not_found");
      // Creating: not at the top, not elsewhere; under its own region it may.
      expectProblem(await post({ kind: "township", name: "新镇" }, t), 403, "forbidden");
      const elsewhere = await post({ kind: "community", parentId: township, name: "越界社区" }, t);
      expectProblem(elsewhere, 422, "unprocessable");
      expect(failingPaths(elsewhere)).toEqual(["body.parentId"]);
      const mine = await post({ kind: "community", parentId: street, name: "街道新社区" }, t);
      expect(mine.status).toBe(201);
      expect((await patch(mine.body.id, { name: "街道新社区二" }, t)).body.name).toBe("街道新社区二");
      // It cannot move its community out of its reach, nor change or archive its own region.
      const out = await patch(mine.body.id, { parentId: township }, t);
      expectProblem(out, 422, "unprocessable");
      expect(failingPaths(out)).toEqual(["body.parentId"]);
      expectProblem(await patch(street, { name: "改名" }, t), 403, "forbidden");
      expectProblem(await h.request("DELETE", `${path}/${street}`, { token: t }), 403, "forbidden");
      expect((await h.request("DELETE", `${path}/${mine.body.id}`, { token: t })).status).toBe(200);
    });
  });
});
