import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seed } from "./kpi-fixtures.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { companyBody, validUscc } from "./registry-fixtures.js";

/**
 * 招大引强、培育本地企业: the companies' attributes, the three local-enterprise KPIs and the `local`
 * filter of the credit ranking and the excellence candidates. The clock is pinned to
 * 2026-06-15 10:00 in Asia/Shanghai, so "this year" is 2026.
 *
 * The world (contracts on 2026-06-15):
 *   T1 城关街道 › C1: P1 ← L1 (local, 2025–2027); P2 ← X1 (2026–2028);
 *                     P3 ← L2 (local, ended 2026-05-31) and X2 (from 2026-06-01)
 *   T2 立仓镇 › C2:   P4 ← L3 (local, from 2026-06-15, the day itself) and X3; P5: no contract
 * Credit (base 80): L1 80 → AA; L2 80 − 5 = 75 → A; L3 80 + 10 = 90 → AAA; X1–X3 80 → AA.
 * Brands (default: rank ≤ 100 or 一级资质): X1 rank 50 (entered 2026), X2 grade1 (entered 2019),
 * L3 rank 80 (entered 2025); X3 rank 300 with grade2 is none. L4 (local) is archived.
 */
describe.each(testDrivers())("local enterprises on %s", (driver) => {
  let h: Harness;
  const w = {
    T1: "",
    T2: "",
    P1: "",
    P2: "",
    P3: "",
    P4: "",
    P5: "",
    L1: "",
    L2: "",
    L3: "",
    L4: "",
    X1: "",
    X2: "",
    X3: "",
    k: {} as Record<string, string>,
  };
  const admin = () => ({ token: h.ours.adminToken });
  const kpis = (query = "") => h.request("GET", `/v1/tenants/ours/kpis/local-enterprises${query}`, admin());
  const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-06-15T02:00:00.000Z" });
    Object.assign(
      w,
      await seed(h, h.ours.id, (s) => {
        const T1 = s.region("township", "城关街道", { code: "001" });
        const C1 = s.region("community", "北关社区", { parent: T1 });
        const T2 = s.region("township", "立仓镇", { code: "002" });
        const C2 = s.region("community", "立仓社区", { parent: T2 });
        const P1 = s.compound(C1, "P1小区");
        const P2 = s.compound(C1, "P2小区");
        const P3 = s.compound(C1, "P3小区");
        const P4 = s.compound(C2, "P4小区");
        const P5 = s.compound(C2, "P5小区");
        const L1 = s.company("L1物业", validUscc(101));
        const L2 = s.company("L2物业", validUscc(102));
        const L3 = s.company("L3物业", validUscc(103), { brandRank: 80, enteredCountyYear: 2025 });
        const L4 = s.company("L4物业", validUscc(104), {
          archived: true,
          brandRank: 1,
          enteredCountyYear: 2026,
        });
        const X1 = s.company("X1物业", validUscc(105), {
          local: false,
          brandRank: 50,
          enteredCountyYear: 2026,
        });
        const X2 = s.company("X2物业", validUscc(106), {
          local: false,
          qualification: "grade1",
          enteredCountyYear: 2019,
        });
        const X3 = s.company("X3物业", validUscc(107), {
          local: false,
          brandRank: 300,
          qualification: "grade2",
          enteredCountyYear: 2026,
        });
        const k = {
          L1P1: s.contract(L1, P1, "2025-01-01", "2027-12-31"),
          X1P2: s.contract(X1, P2, "2026-01-01", "2028-12-31"),
          L2P3: s.contract(L2, P3, "2024-06-01", "2026-05-31"),
          X2P3: s.contract(X2, P3, "2026-06-01", "2029-05-31"),
          L3P4: s.contract(L3, P4, "2026-06-15", "2027-06-14"),
          X3P4: s.contract(X3, P4, "2025-01-01", "2026-12-31"),
        };
        return { T1, T2, P1, P2, P3, P4, P5, L1, L2, L3, L4, X1, X2, X3, k };
      }),
    );
    const record = async (companyId: string, kind: "good" | "bad", points: number) => {
      const res = await h.request("POST", `/v1/tenants/ours/credit/companies/${companyId}/records`, {
        ...admin(),
        body: {
          kind,
          category: kind === "good" ? "年度优秀" : "公示不全",
          points,
          source: "manual",
          evidence: "测试",
          effectiveOn: "2026-01-01",
          expiresOn: "2026-12-31",
        },
      });
      expect(res.status).toBe(201);
    };
    await record(w.L2, "bad", 5);
    await record(w.L3, "good", 10);
  });
  afterAll(() => h?.destroy());

  describe("company attributes", () => {
    const path = "/v1/tenants/ours/companies";

    it("are registered, read and changed, with null for what is not known", async () => {
      const created = await h.request("POST", path, {
        ...admin(),
        body: companyBody(1, {
          registeredCapital: 1234.5,
          qualification: "grade1",
          brandRank: 7,
          projectsManaged: 210,
          enteredCountyYear: 2026,
        }),
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        registeredCapital: 1234.5,
        qualification: "grade1",
        brandRank: 7,
        projectsManaged: 210,
        enteredCountyYear: 2026,
      });
      const plain = await h.request("POST", path, { ...admin(), body: companyBody(2) });
      expect(plain.body).toMatchObject({
        registeredCapital: null,
        qualification: null,
        brandRank: null,
        projectsManaged: null,
        enteredCountyYear: null,
      });
      const changed = await h.request("PATCH", `${path}/${created.body.id}`, {
        ...admin(),
        body: { brandRank: null, registeredCapital: 0, enteredCountyYear: 1949 },
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        brandRank: null,
        registeredCapital: 0,
        qualification: "grade1",
        enteredCountyYear: 1949,
      });
      const read = await h.request("GET", `${path}/${created.body.id}`, admin());
      expect(read.body.enteredCountyYear).toBe(1949);
    });

    it("refuse bad values with 422 naming the field; the entry year is judged by the county's clock", async () => {
      const bad = async (body: Record<string, unknown>, expected: string[]) => {
        const res = await h.request("POST", path, { ...admin(), body: companyBody(3, body) });
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual(expected);
      };
      await bad({ registeredCapital: -0.01 }, ["body.registeredCapital"]);
      await bad({ brandRank: 0 }, ["body.brandRank"]);
      await bad({ qualification: "gold" }, ["body.qualification"]);
      await bad({ projectsManaged: 1.5 }, ["body.projectsManaged"]);
      await bad({ enteredCountyYear: 1948 }, ["body.enteredCountyYear"]);
      // 2026-06-15 in Asia/Shanghai: 2027 lies in the future.
      await bad({ enteredCountyYear: 2027 }, ["body.enteredCountyYear"]);
      const plain = await h.request("POST", path, { ...admin(), body: companyBody(4) });
      const patch = await h.request("PATCH", `${path}/${plain.body.id}`, {
        ...admin(),
        body: { enteredCountyYear: 2027 },
      });
      expectProblem(patch, 422, "unprocessable");
      expect(failingPaths(patch)).toEqual(["body.enteredCountyYear"]);
    });

    it("come in from the CSV import by their Chinese headers, each bad cell a row error", async () => {
      const header =
        "企业名称,统一社会信用代码,法定代表人,联系电话,是否本地,注册资本（万元）,资质等级,品牌排名,在管项目数,进入本县市场年份";
      const csv = [
        header,
        `导入甲物业,${validUscc(201)},王,13812345678,否,5000,一级,12,300,2026`,
        `导入乙物业,${validUscc(202)},李,13812345678,是,-1,金牌,0,2,2027`,
      ].join("\n");
      const dry = await h.request("POST", "/v1/tenants/ours/imports/companies", {
        ...admin(),
        rawBody: csv,
        headers: { "content-type": "text/csv" },
      });
      expect(dry.status).toBe(200);
      expect(dry.body.valid).toBe(1);
      const fields = dry.body.errors
        .filter((e: { row: number }) => e.row === 3)
        .map((e: { field: string }) => e.field)
        .sort();
      expect(fields).toEqual(["brandRank", "enteredCountyYear", "qualification", "registeredCapital"]);
      const ok = `${header}\n导入甲物业,${validUscc(201)},王,13812345678,否,5000,一级,12,300,2026\n`;
      const done = await h.request("POST", "/v1/tenants/ours/imports/companies?commit=true", {
        ...admin(),
        rawBody: ok,
        headers: { "content-type": "text/csv" },
      });
      expect(done.status).toBe(201);
      const read = await h.request("GET", `/v1/tenants/ours/companies/${done.body.created[0].id}`, admin());
      expect(read.body).toMatchObject({
        local: false,
        registeredCapital: 5000,
        qualification: "grade1",
        brandRank: 12,
        projectsManaged: 300,
        enteredCountyYear: 2026,
      });
      // Archive what this block added, so the KPI figures below see the seeded world only.
      const list = await h.request("GET", "/v1/tenants/ours/companies?limit=100", admin());
      const seeded = new Set([w.L1, w.L2, w.L3, w.X1, w.X2, w.X3]);
      for (const c of list.body.items as { id: string }[]) {
        if (!seeded.has(c.id))
          expect((await h.request("DELETE", `/v1/tenants/ours/companies/${c.id}`, admin())).status).toBe(200);
      }
    });
  });

  describe("KPIs", () => {
    it("county: 2 of 4 served compounds by local companies, 2 of 3 local companies at AA+, 1 of 3 brands entered in 2026", async () => {
      const res = await kpis();
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        on: "2026-06-15",
        year: 2026,
        regionId: null,
        settings: { brandMaxRank: 100, brandQualifications: ["grade1"], minCreditGrade: "AA" },
        localServedCompounds: { numerator: 2, denominator: 4, rate: 0.5 },
        localWellRated: { numerator: 2, denominator: 3 },
        brandEnteredThisYear: { numerator: 1, denominator: 3 },
      });
      const f = res.body;
      // P3's local contract ended on 2026-05-31; P4's started on the day itself; P5 has none.
      expect(ids(f.localServedCompounds.counted)).toEqual([w.P1, w.P4].sort());
      expect(ids(f.localServedCompounds.notCounted)).toEqual([w.P2, w.P3].sort());
      const p4 = f.localServedCompounds.counted.find((c: { id: string }) => c.id === w.P4);
      expect(ids(p4.companies)).toEqual([w.L3, w.X3].sort());
      expect(f.localWellRated.rate).toBeCloseTo(2 / 3, 10);
      expect(f.localWellRated.counted).toEqual(
        expect.arrayContaining([
          { id: w.L1, name: "L1物业", grade: "AA" },
          { id: w.L3, name: "L3物业", grade: "AAA" },
        ]),
      );
      expect(f.localWellRated.notCounted).toEqual([{ id: w.L2, name: "L2物业", grade: "A" }]);
      expect(f.brandEnteredThisYear.counted).toEqual([
        { id: w.X1, name: "X1物业", brandRank: 50, qualification: null, enteredCountyYear: 2026 },
      ]);
      expect(ids(f.brandEnteredThisYear.notCounted)).toEqual([w.L3, w.X2].sort());
    });

    it("a region's compound share counts its own compounds; another day is another year", async () => {
      const t1 = await kpis(`?regionId=${w.T1}`);
      expect(t1.body.regionId).toBe(w.T1);
      expect(t1.body.localServedCompounds).toMatchObject({ numerator: 1, denominator: 3 });
      const t2 = await kpis(`?regionId=${w.T2}`);
      expect(t2.body.localServedCompounds).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
      // 2026-05-31: L2's contract at P3 runs to that day (X2's starts on 06-01); L3's at P4 has
      // not started, so P4 is served by X3 only.
      const before = await kpis("?on=2026-05-31");
      expect(ids(before.body.localServedCompounds.counted)).toEqual([w.P1, w.P3].sort());
      expect(before.body.localServedCompounds).toMatchObject({ numerator: 2, denominator: 4 });
      // 2025: L3 entered the county that year.
      const lastYear = await kpis("?on=2025-12-31");
      expect(lastYear.body.year).toBe(2025);
      expect(ids(lastYear.body.brandEnteredThisYear.counted)).toEqual([w.L3]);
      // No record in force before 2026: every local company has the base 80 (AA).
      expect(lastYear.body.localWellRated).toMatchObject({ numerator: 3, denominator: 3, rate: 1 });
    });

    it("follow the mechanism's localEnterprises setting", async () => {
      await seedDepartments(h, h.ours, anhuiRoster);
      const doc = (await h.request("GET", "/v1/tenants/ours/mechanism", admin())).body.document;
      const entry = doc.policies.cultivateExcellence ?? { enabled: true, config: {} };
      entry.config = {
        ...(entry.config ?? {}),
        localEnterprises: { brandMaxRank: 60, brandQualifications: [], minCreditGrade: "AAA" },
      };
      doc.policies.cultivateExcellence = entry;
      const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { ...admin(), body: doc });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const res = await kpis();
      // AAA only: L3. Brands by rank ≤ 60 only: X1 (L3 is 80th, X2's 一级资质 no longer counts).
      expect(res.body.localWellRated).toMatchObject({ numerator: 1, denominator: 3 });
      expect(ids(res.body.localWellRated.counted)).toEqual([w.L3]);
      expect(res.body.brandEnteredThisYear).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
      const bad = await h.request("PUT", "/v1/tenants/ours/mechanism", {
        ...admin(),
        body: {
          ...doc,
          policies: {
            ...doc.policies,
            cultivateExcellence: { ...entry, config: { localEnterprises: { minCreditGrade: "AAAA" } } },
          },
        },
      });
      expect(bad.status).toBe(422);
    });

    it("bad input is 400 naming the parameter; security", async () => {
      const bad = await kpis("?on=2026-13-01");
      expectProblem(bad, 400, "bad_request");
      expect(failingPaths(bad)).toEqual(["query.on"]);
      expectProblem(
        await h.request("GET", "/v1/tenants/ours/kpis/local-enterprises"),
        401,
        "unauthenticated",
      );
      const company = await h.userWith(h.ours, ["companyStaff"], { companyId: w.L1 });
      expectProblem(
        await h.request("GET", "/v1/tenants/ours/kpis/local-enterprises", { token: company.token }),
        403,
        "forbidden",
      );
      const other = await h.request("GET", "/v1/tenants/ours/kpis/local-enterprises", {
        token: h.other.adminToken,
      });
      expectProblem(other, 404, "not_found");
    });
  });

  describe("the local filter", () => {
    it("narrows the credit ranking to local companies or the others", async () => {
      const local = await h.request(
        "GET",
        "/v1/tenants/ours/credit/companies?on=2026-06-15&local=true",
        admin(),
      );
      expect(local.status).toBe(200);
      expect(
        local.body.items.map((s: { company: { id: string }; score: number }) => [s.company.id, s.score]),
      ).toEqual([
        [w.L3, 90],
        [w.L1, 80],
        [w.L2, 75],
      ]);
      const others = await h.request("GET", "/v1/tenants/ours/credit/companies?local=false", admin());
      expect(ids(others.body.items.map((s: { company: { id: string } }) => s.company))).toEqual(
        [w.X1, w.X2, w.X3].sort(),
      );
      const bad = await h.request("GET", "/v1/tenants/ours/credit/companies?local=yes", admin());
      expectProblem(bad, 400, "bad_request");
      expect(failingPaths(bad)).toEqual(["query.local"]);
    });

    it("narrows the excellence candidates to local companies' contracts or the others'", async () => {
      const contractsOf = (body: {
        candidates: { contract: { id: string } }[];
        pending: { contract: { id: string } }[];
        notEligible: { contract: { id: string } }[];
      }) => [...body.candidates, ...body.pending, ...body.notEligible].map((e) => e.contract.id).sort();
      const all = await h.request("GET", "/v1/tenants/ours/excellence/candidates?year=2026", admin());
      expect(all.status).toBe(200);
      expect(contractsOf(all.body)).toHaveLength(6);
      const local = await h.request(
        "GET",
        "/v1/tenants/ours/excellence/candidates?year=2026&local=true",
        admin(),
      );
      expect(contractsOf(local.body)).toEqual([w.k.L1P1, w.k.L2P3, w.k.L3P4].sort());
      const others = await h.request(
        "GET",
        "/v1/tenants/ours/excellence/candidates?year=2026&local=false",
        admin(),
      );
      expect(contractsOf(others.body)).toEqual([w.k.X1P2, w.k.X2P3, w.k.X3P4].sort());
      const bad = await h.request("GET", "/v1/tenants/ours/excellence/candidates?year=2026&local=1", admin());
      expectProblem(bad, 400, "bad_request");
      expect(failingPaths(bad)).toEqual(["query.local"]);
    });
  });
});
