import { makeUscc } from "@propgov/core";
import { committees, contracts, partyOrgs, regions, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { count, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, type Harness } from "./harness.js";
import { seed } from "./kpi-fixtures.js";

const uscc = (n: number) => makeUscc("91", "341622", `MA2N${String(n).padStart(4, "0")}`);

describe.each(testDrivers())(
  "registry imports (regions, contracts, committees, party orgs) on %s",
  (driver) => {
    let h: Harness;
    let w: { S: string; C1: string; A: string; B: string; co: string; committee: string };
    const unexpected: unknown[] = [];

    const post = (kind: string, csv: string, commit = false, token = h.ours.adminToken) =>
      h.request("POST", `/v1/tenants/ours/imports/${kind}${commit ? "?commit=true" : ""}`, {
        token,
        rawBody: csv,
        headers: { "content-type": "text/csv" },
      });
    const countOf = async (
      table: typeof regions | typeof contracts | typeof committees | typeof partyOrgs,
    ) => {
      const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select({ n: count() }).from(table).where(eq(table.tenantId, h.ours.id)),
      );
      return row?.n ?? 0;
    };
    /** Dry run, then commit, of a file with one bad row: the error names row and column, nothing is written. */
    const expectRefused = async (
      kind: string,
      table: Parameters<typeof countOf>[0],
      csv: string,
      error: { row: number; column: string; field: string; message: RegExp },
    ) => {
      const before = await countOf(table);
      const dry = await post(kind, csv);
      expect(dry.status).toBe(200);
      expect(dry.body.committed).toBe(false);
      expect(dry.body.errors).toEqual([
        {
          row: error.row,
          column: error.column,
          field: error.field,
          message: expect.stringMatching(error.message),
        },
      ]);
      const commit = await post(kind, csv, true);
      const problem = expectProblem(commit, 422, "unprocessable");
      expect(problem.detail).toContain(`row ${error.row} ${error.column}`);
      expect(await countOf(table)).toBe(before);
    };

    beforeAll(async () => {
      h = await createHarness(driver, {
        startAt: "2026-04-14T02:00:00.000Z",
        logger: { error: (e) => unexpected.push(e) },
      });
      w = await seed(h, h.ours.id, (s) => {
        const S = s.region("street", "城关街道", { code: "S01" });
        const C1 = s.region("community", "东关社区", { parent: S, code: "C01" });
        const A = s.compound(C1, "阳光小区");
        const B = s.compound(C1, "和平小区");
        const co = s.company("城关物业", uscc(1));
        const committee = s.committee(B, "2025-01-01", "2029-12-31");
        return { S, C1, A, B, co, committee };
      });
      await seed(h, h.other.id, (s) => {
        s.region("street", "别处街道", { code: "X01" });
      });
    });
    afterAll(() => h?.destroy());
    afterEach(() => expect(unexpected).toEqual([]));

    describe("regions", () => {
      it("a tree whose children come before their parent: dry run, then commit with parents resolved by code", async () => {
        const csv =
          "名称,类型,代码,上级代码\n南关社区,社区,T01-001,T01\n坛城镇,乡镇,T01,\n西关社区,community,C02,S01\n";
        const before = await countOf(regions);
        const dry = await post("regions", csv);
        expect(dry.body).toMatchObject({ rows: 3, valid: 3, errors: [], committed: false });
        expect(await countOf(regions)).toBe(before);
        const done = await post("regions", csv, true);
        expect(done.status).toBe(201);
        expect(done.body.created.map((c: { row: number }) => c.row)).toEqual([2, 3, 4]);
        const tree = await h.request("GET", "/v1/tenants/ours/regions?limit=200", {
          token: h.ours.adminToken,
        });
        const byName = new Map(tree.body.items.map((r: { name: string }) => [r.name, r]));
        const town = byName.get("坛城镇") as { id: string };
        expect(byName.get("南关社区")).toMatchObject({ kind: "community", parentId: town.id });
        expect(byName.get("西关社区")).toMatchObject({ parentId: w.S });
      });

      it("a bad row (a community without a parent) names row and column; nothing is written", async () => {
        await expectRefused(
          "regions",
          regions,
          "名称,类型,代码,上级代码\n北关社区,社区,C09,S01\n孤儿社区,社区,C10,\n",
          {
            row: 3,
            column: "上级代码",
            field: "parent",
            message: /community sits under a township or a street/,
          },
        );
      });

      it("unknown parent code, taken code and a code repeated in the file are row errors", async () => {
        const dry = await post(
          "regions",
          "name,kind,code,parent\n甲社区,community,C20,NOPE\n乙社区,community,C01,S01\n丙街道,street,Z1,\n丁街道,street,Z1,\n",
        );
        expect(dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
          [2, "parent"],
          [3, "code"],
          [5, "code"],
        ]);
      });

      it("county administrators only", async () => {
        const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.S });
        expectProblem(
          await post("regions", "名称,类型\n某街道,街道\n", false, staff.token),
          403,
          "forbidden",
        );
      });
    });

    describe("contracts", () => {
      const header = "物业企业,小区,开始日期,结束日期,收费标准,项目经理,项目经理电话";
      it("a bad row (an unknown compound) names row and column; nothing is written", async () => {
        await expectRefused(
          "contracts",
          contracts,
          `${header}\n${uscc(1)},阳光小区,2026-01-01,2027-12-31,0.85,李明,13912345678\n城关物业,无名小区,2026-01-01,2027-12-31,0.85,李明,13912345678\n`,
          { row: 3, column: "小区", field: "compound", message: /No active compound/ },
        );
      });

      it("commits good rows (USCC or name, YYYY/M/D dates); overlapping the file's own row is an error", async () => {
        const overlap = await post(
          "contracts",
          `${header}\n${uscc(1)},阳光小区,2026/1/1,2027/12/31,0.85,李明,13912345678\n城关物业,阳光小区,2027-06-01,2028-12-31,0.9,李明,13912345678\n`,
        );
        expect(overlap.body.errors).toEqual([
          expect.objectContaining({ row: 3, field: "startsOn", message: expect.stringMatching(/row 2/) }),
        ]);
        const done = await post(
          "contracts",
          `${header}\n${uscc(1)},阳光小区,2026/1/1,2027/12/31,0.85,李明,13912345678\n城关物业,和平小区,2026-03-01,2028-02-29,1.2,王刚,0558-7123456\n`,
          true,
        );
        expect(done.status).toBe(201);
        expect(done.body.created).toHaveLength(2);
        const list = await h.request("GET", "/v1/tenants/ours/contracts?limit=200", {
          token: h.ours.adminToken,
        });
        const ofA = list.body.items.filter((c: { compoundId: string }) => c.compoundId === w.A);
        expect(ofA).toEqual([
          expect.objectContaining({ startsOn: "2026-01-01", endsOn: "2027-12-31", companyId: w.co }),
        ]);
        // The same file again overlaps the registered contracts.
        const again = await post(
          "contracts",
          `${header}\n${uscc(1)},阳光小区,2026/1/1,2027/12/31,0.85,李明,13912345678\n`,
        );
        expect(again.body.errors[0]).toMatchObject({ row: 2, field: "startsOn" });
      });
    });

    describe("committees", () => {
      const header = "小区,成立日期,任期届满,主任,副主任,委员,党员";
      it("a bad row (a party member who is not a member) names row and column; nothing is written", async () => {
        await expectRefused(
          "committees",
          committees,
          `${header}\n阳光小区,2025-06-01,2030-05-31,王芳,李强,赵敏、孙丽,王芳\n阳光小区,2031-06-01,2036-05-31,王芳,,,周杰\n`,
          { row: 3, column: "党员", field: "partyMembers", message: /周杰/ },
        );
      });

      it("commits a committee with its members and who is a party member", async () => {
        const done = await post(
          "committees",
          `${header}\n阳光小区,2025-06-01,2030-05-31,王芳,李强,赵敏、孙丽,王芳、赵敏\n`,
          true,
        );
        expect(done.status).toBe(201);
        const got = await h.request("GET", `/v1/tenants/ours/committees/${done.body.created[0].id}`, {
          token: h.ours.adminToken,
        });
        expect(got.body.members).toEqual([
          { name: "王芳", role: "chair", isPartyMember: true },
          { name: "李强", role: "viceChair", isPartyMember: false },
          { name: "赵敏", role: "member", isPartyMember: true },
          { name: "孙丽", role: "member", isPartyMember: false },
        ]);
        // 和平小区 already has a committee in term.
        const clash = await post("committees", `${header}\n和平小区,2026-01-01,2031-01-01,张三,,,\n`);
        expect(clash.body.errors[0]).toMatchObject({ row: 2, field: "formedOn", column: "成立日期" });
      });
    });

    describe("party organisations", () => {
      const header = "类型,名称,所属单位,党员数,成立日期";
      it("a bad row (not a number) names row and column; nothing is written", async () => {
        await expectRefused(
          "party-orgs",
          partyOrgs,
          `${header}\n社区党组织,东关社区党委,C01,30,2020-01-01\n小区(网格)党支部,阳光小区党支部,阳光小区,十二,\n`,
          { row: 3, column: "党员数", field: "memberCount", message: /Not a number/ },
        );
      });

      it("commits each kind, the unit read by the kind", async () => {
        const csv = `${header}\n社区党组织,东关社区党委,C01,30,2020-01-01\n小区(网格)党支部,阳光小区党支部,阳光小区,12,\n物业企业党支部,,${uscc(1)},3,\n业委会党支部,,和平小区,3,2025/2/1\n`;
        const done = await post("party-orgs", csv, true);
        expect(done.status).toBe(201);
        const list = await h.request("GET", "/v1/tenants/ours/party-orgs?limit=200", {
          token: h.ours.adminToken,
        });
        const attached = list.body.items.map((p: Record<string, unknown>) => [
          p.kind,
          p.regionId ?? p.compoundId ?? p.companyId ?? p.committeeId,
        ]);
        expect(attached).toEqual(
          expect.arrayContaining([
            ["communityCommittee", w.C1],
            ["compoundBranch", w.A],
            ["companyBranch", w.co],
            ["committeeBranch", w.committee],
          ]),
        );
      });

      it("a unit of another county is not found", async () => {
        const dry = await post("party-orgs", `${header}\n社区党组织,,X01,3,\n`);
        expect(dry.body.errors[0]).toMatchObject({ row: 2, field: "unit", column: "所属单位" });
      });
    });
  },
);
