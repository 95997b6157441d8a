import { makeUscc, newId } from "@propgov/core";
import { auditEvents, companies, compounds, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, asc, count, eq, like, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, type Harness } from "./harness.js";
import { seed } from "./kpi-fixtures.js";
import { seedDepartment } from "./registry-fixtures.js";

const uscc = (n: number) => makeUscc("91", "341622", `MA2N${String(n).padStart(4, "0")}`);

const COMPOUND_HEADER_ZH = "名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数";

describe.each(testDrivers())("bulk import on %s", (driver) => {
  let h: Harness;
  let r: { S: string; C1: string; C2: string; T: string; C3: string; old: string };
  const compoundsPath = "/v1/tenants/ours/imports/compounds";
  const companiesPath = "/v1/tenants/ours/imports/companies";

  const post = (path: string, csv: string, token = h.ours.adminToken, headers: Record<string, string> = {}) =>
    h.request("POST", path, { token, rawBody: csv, headers: { "content-type": "text/csv", ...headers } });

  const compoundCount = async () => {
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ n: count() }).from(compounds).where(eq(compounds.tenantId, h.ours.id)),
    );
    return row?.n ?? 0;
  };
  const companyCount = async () => {
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ n: count() }).from(companies).where(eq(companies.tenantId, h.ours.id)),
    );
    return row?.n ?? 0;
  };
  const auditCount = async (action: string) => {
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ n: count() }).from(auditEvents).where(like(auditEvents.action, action)),
    );
    return row?.n ?? 0;
  };
  const compoundsNamed = (prefix: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(compounds)
        .where(and(eq(compounds.tenantId, h.ours.id), like(compounds.name, `${prefix}%`)))
        .orderBy(asc(compounds.id)),
    );

  /** Unexpected errors the app logged: only the simulated failure may produce one. */
  const unexpected: unknown[] = [];

  beforeAll(async () => {
    h = await createHarness(driver, { logger: { error: (error) => unexpected.push(error) } });
    // Two communities share the name 东关社区 (one under each township/street): by name it is ambiguous.
    r = await seed(h, h.ours.id, (s) => {
      const S = s.region("street", "城关街道", { code: "S01" });
      const C1 = s.region("community", "东关社区", { parent: S, code: "341622001001" });
      const C2 = s.region("community", "西关社区", { parent: S, code: "341622001002" });
      const T = s.region("township", "坛城镇", { code: "T01" });
      const C3 = s.region("community", "东关社区", { parent: T, code: "341622101001" });
      const old = s.region("community", "旧社区", { parent: T, code: "OLD", archived: true });
      return { S, C1, C2, T, C3, old };
    });
    await seed(h, h.other.id, (s) => {
      const street = s.region("street", "别处街道");
      s.region("community", "北关社区", { parent: street, code: "341621001001" });
    });
  });
  afterAll(() => h?.destroy());
  afterEach(() => {
    expect(unexpected).toEqual([]);
  });

  describe("compounds", () => {
    it("a good file with a BOM and Chinese headers: a dry run changes nothing, the commit writes every row", async () => {
      const csv = `\uFEFF${COMPOUND_HEADER_ZH},纬度,经度\r\n阳光小区,漆园路88号,西关社区,专业化物业服务,320,12,8,33.27,116.56\r\n和平小区,庄子大道16号,341622101001,自管,96,4,,,\r\n`;
      const before = await compoundCount();
      const dry = await post(compoundsPath, csv);
      expect(dry.status).toBe(200);
      expect(dry.body).toEqual({ rows: 2, valid: 2, errors: [], committed: false, created: [] });
      expect(await compoundCount()).toBe(before);

      const done = await post(`${compoundsPath}?commit=true`, csv);
      expect(done.status).toBe(201);
      expect(done.body).toMatchObject({ rows: 2, valid: 2, errors: [], committed: true });
      expect(done.body.created.map((c: { row: number }) => c.row)).toEqual([2, 3]);
      expect(await compoundCount()).toBe(before + 2);
      const [sunny, peace] = [...(await compoundsNamed("阳光小区")), ...(await compoundsNamed("和平小区"))];
      expect(sunny).toMatchObject({
        id: done.body.created[0].id,
        address: "漆园路88号",
        communityId: r.C2,
        serviceMode: "professional",
        households: 320,
        buildings: 12,
        residentPartyMembers: 8,
        lat: 33.27,
        lng: 116.56,
        archivedAt: null,
      });
      expect(peace).toMatchObject({
        communityId: r.C3,
        serviceMode: "selfManaged",
        residentPartyMembers: 0,
        lat: null,
        lng: null,
      });
      // One event for the import itself, besides one per compound.
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.action, "import.compounds")),
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: h.ours.adminId, after: { rows: 2, created: 2 } });
      const [event] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(eq(auditEvents.targetId, sunny?.id ?? "")),
      );
      expect(event?.action).toBe("compound.create");

      // The same file again: every compound is already registered.
      const again = await post(compoundsPath, csv);
      expect(again.body.valid).toBe(0);
      expect(again.body.errors[0]).toEqual({
        row: 2,
        field: "name",
        column: "名称",
        message: "A compound named '阳光小区' is already registered in 西关社区.",
      });
    });

    it("English headers, quoted fields with commas and line breaks, communities by code and by id", async () => {
      const csv = [
        "name,address,community,serviceMode,households,buildings,residentPartyMembers",
        `"幸福家园, 二期","庄子大道16号\n东门",341622001001,professional,"1,200",30,3`,
        `"说""好""的小区",漆园路1号,${r.C2},none,10,1,0`,
      ].join("\n");
      const res = await post(`${compoundsPath}?commit=true`, csv);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ rows: 2, valid: 2, errors: [] });
      const [happy] = await compoundsNamed("幸福家园");
      expect(happy).toMatchObject({
        name: "幸福家园, 二期",
        address: "庄子大道16号\n东门",
        communityId: r.C1,
        households: 1200,
        residentPartyMembers: 3,
      });
      const [quoted] = await compoundsNamed('说"好"的小区');
      expect(quoted).toMatchObject({ communityId: r.C2, serviceMode: "none" });
    });

    it("bad rows are reported with row, field, column and message; a commit then writes nothing", async () => {
      const csv = [
        `${COMPOUND_HEADER_ZH},纬度,经度`,
        "好小区,路1号,西关社区,无,10,1,0,,", // 2: fine
        "数字小区,路2号,西关社区,无,三百,1,0,,", // 3: households
        "同名小区,路3号,东关社区,无,10,1,0,,", // 4: ambiguous community name
        "方式小区,路4号,西关社区,物业公司,10,1,0,,", // 5: unknown service mode
        ",路5号,西关社区,自管,10,-1,2.5,,", // 6: name missing, buildings negative, fractional members
        "好小区,路6号,341622001002,自治管理,10,1,0,,", // 7: repeats row 2 (same community by code)
        "外地小区,路7号,不存在社区,无,10,1,0,,", // 8: no such community
        "坐标小区,路8号,西关社区,无,10,1,0,33.1,", // 9: latitude without longitude
        ",,,,,,,,", // 10: blank, skipped
        "旧小区,路9号,OLD,无,10,1,0,,", // 11: archived community
        "另一个好小区,路10号,西关社区,专业物业,10,1,0,,", // 12: fine
        "多余小区,路11号,西关社区,无,10,1,0,,,extra", // 13: more cells than columns
      ].join("\n");
      const expected = [
        { row: 3, field: "households", column: "户数", message: "Not a number: '三百'." },
        {
          row: 4,
          field: "community",
          column: "社区",
          message: "'东关社区' names 2 communities (under 城关街道, 坛城镇): give its code instead.",
        },
        {
          row: 5,
          field: "serviceMode",
          column: "物业服务方式",
          message:
            "Unknown service mode '物业公司': use professional, selfManaged, none or 专业化物业服务, 自管, 无物业服务.",
        },
        { row: 6, field: "name", column: "名称", message: "Required." },
        { row: 6, field: "buildings", column: "楼栋数", message: "Cannot be negative." },
        { row: 6, field: "residentPartyMembers", column: "居住党员数", message: "A whole number." },
        {
          row: 7,
          field: "name",
          column: "名称",
          message: "Repeats row 2: the same compound name in the same community.",
        },
        {
          row: 8,
          field: "community",
          column: "社区",
          message: "No active community named or coded '不存在社区' in your part of the county.",
        },
        { row: 9, field: "lng", column: "经度", message: "Give both latitude and longitude, or neither." },
        {
          row: 11,
          field: "community",
          column: "社区",
          message: "No active community named or coded 'OLD' in your part of the county.",
        },
        {
          row: 13,
          field: null,
          column: null,
          message: "The row has more cells than the header has columns.",
        },
      ];
      const before = await compoundCount();
      const dry = await post(compoundsPath, csv);
      expect(dry.status).toBe(200);
      expect(dry.body.errors).toEqual(expected);
      expect(dry.body).toMatchObject({ rows: 11, valid: 2, committed: false, created: [] });

      const importsBefore = await auditCount("import.%");
      const commit = await post(`${compoundsPath}?commit=true`, csv);
      const problem = expectProblem(commit, 422, "unprocessable");
      expect(problem.detail).toContain("9 of 11 rows have problems; nothing was imported");
      expect(commit.body.report).toEqual({
        rows: 11,
        valid: 2,
        errors: expected,
        committed: false,
        created: [],
      });
      expect(await compoundCount()).toBe(before);
      expect(await auditCount("import.%")).toBe(importsBefore);
    });

    it("a failure half-way through the commit rolls every row back", async () => {
      // A trigger (as the database owner) makes the third row's insert fail inside the transaction.
      await h.deps.db.db.execute(
        sql.raw(`create or replace function test_refuse_compound() returns trigger language plpgsql as $$
          begin
            if new.name = '故障小区' then raise exception 'simulated failure'; end if;
            return new;
          end $$`),
      );
      await h.deps.db.db.execute(
        sql.raw(
          "create trigger test_refuse_compound before insert on compounds for each row execute function test_refuse_compound()",
        ),
      );
      try {
        const csv = [
          COMPOUND_HEADER_ZH,
          "第一小区,路1号,西关社区,无,10,1,0",
          "第二小区,路2号,西关社区,无,10,1,0",
          "故障小区,路3号,西关社区,无,10,1,0",
          "第四小区,路4号,西关社区,无,10,1,0",
        ].join("\n");
        const dry = await post(compoundsPath, csv);
        expect(dry.body).toMatchObject({ rows: 4, valid: 4, errors: [] });
        const before = await compoundCount();
        const creates = await auditCount("compound.create");
        const res = await post(`${compoundsPath}?commit=true`, csv);
        expectProblem(res, 500, "internal");
        expect(JSON.stringify(res.body)).not.toContain("simulated");
        expect(unexpected.splice(0).map((e) => String((e as Error).cause ?? e))).toEqual([
          expect.stringContaining("simulated failure"),
        ]);
        expect(await compoundCount()).toBe(before);
        expect(await auditCount("compound.create")).toBe(creates);
        expect(await compoundsNamed("第一小区")).toEqual([]);
      } finally {
        await h.deps.db.db.execute(sql.raw("drop trigger test_refuse_compound on compounds"));
        await h.deps.db.db.execute(sql.raw("drop function test_refuse_compound()"));
      }
    });

    it("the header row: unknown, missing and repeated columns are file errors naming them", async () => {
      const unknown = await post(compoundsPath, `${COMPOUND_HEADER_ZH},楼号\n甲,路,西关社区,无,1,1,0,3\n`);
      const problem = expectProblem(unknown, 422, "unprocessable");
      expect(problem.detail).toContain("Unknown column '楼号'");
      expect(unknown.body.report.errors).toEqual([
        {
          row: 1,
          field: null,
          column: "楼号",
          message: expect.stringMatching(
            /^Unknown column '楼号'\. Known columns: name \/ 名称 \/ 小区名称; /,
          ),
        },
      ]);

      const missing = await post(compoundsPath, "名称,地址,社区,物业服务方式,户数\n甲,路,西关社区,无,1\n");
      expectProblem(missing, 422, "unprocessable");
      expect(missing.body.report.errors).toEqual([
        { row: 1, field: "buildings", column: null, message: "Missing column buildings (楼栋数)." },
      ]);

      const twice = await post(compoundsPath, `${COMPOUND_HEADER_ZH},name\n甲,路,西关社区,无,1,1,0,乙\n`);
      expect(twice.body.report.errors).toEqual([
        { row: 1, field: "name", column: "name", message: "Columns '名称' and 'name' both give name." },
      ]);

      // Headers match whatever their case and a required-marker star; blank trailing columns are ignored.
      const lenient = await post(
        compoundsPath,
        "*名称,Address,COMMUNITY,servicemode,户数,楼栋数,\n甲,路,西关社区,无,1,1,\n",
      );
      expect(lenient.status).toBe(200);
      expect(lenient.body).toMatchObject({ rows: 1, valid: 1 });
    });

    it("files that cannot be read: empty, header only, broken quotes, not UTF-8, too large, too many rows, not CSV", async () => {
      expectProblem(await post(compoundsPath, ""), 422, "unprocessable");
      const headerOnly = await post(compoundsPath, `${COMPOUND_HEADER_ZH}\n\n`);
      expectProblem(headerOnly, 422, "unprocessable");
      expect(headerOnly.body.report.errors[0].message).toBe("No data rows below the header.");
      const broken = await post(compoundsPath, `${COMPOUND_HEADER_ZH}\n甲,"路,西关社区,无,1,1,0\n`);
      expectProblem(broken, 422, "unprocessable");
      expect(broken.body.report.errors[0]).toMatchObject({ row: 2, field: null });

      // 名称 in GBK, as Excel's plain "CSV" saves it on a Chinese Windows.
      const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x61, 0x0a]);
      const res = await h.app.request("http://localhost/v1/tenants/ours/imports/compounds", {
        method: "POST",
        headers: { authorization: `Bearer ${h.ours.adminToken}`, "content-type": "text/csv" },
        body: gbk,
      });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { detail: string }).detail).toContain("not UTF-8");
      const declaredGbk = await post(compoundsPath, "a\n", h.ours.adminToken, {
        "content-type": "text/csv; charset=gbk",
      });
      expectProblem(declaredGbk, 422, "unprocessable");

      const large = await post(compoundsPath, `${COMPOUND_HEADER_ZH}\n${"x".repeat(10 * 1024 * 1024)}\n`);
      expectProblem(large, 413, "payload_too_large");
      const many = await post(
        compoundsPath,
        `${COMPOUND_HEADER_ZH}\n${"甲,路,西关社区,无,1,1,0\n".repeat(10_001)}`,
      );
      expect(expectProblem(many, 422, "unprocessable").detail).toContain("More than 10000 data rows");
      const json = await h.request("POST", compoundsPath, { token: h.ours.adminToken, body: { name: "甲" } });
      expectProblem(json, 400, "bad_request");
      const badQuery = await post(`${compoundsPath}?commit=yes`, `${COMPOUND_HEADER_ZH}\n`);
      expectProblem(badQuery, 400, "bad_request");
    });

    it("region staff import into their own subtree only; elsewhere is a row error", async () => {
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: r.S });
      const csv = [
        COMPOUND_HEADER_ZH,
        "街道小区,路1号,341622001001,无,10,1,0", // in their street
        "镇上小区,路2号,341622101001,无,10,1,0", // in the township: outside
        "同名小区,路3号,东关社区,无,10,1,0", // only one 东关社区 is theirs: not ambiguous to them
      ].join("\n");
      const dry = await post(compoundsPath, csv, staff.token);
      expect(dry.status).toBe(200);
      expect(dry.body.errors).toEqual([
        {
          row: 3,
          field: "community",
          column: "社区",
          message: "No active community named or coded '341622101001' in your part of the county.",
        },
      ]);
      const before = await compoundCount();
      expectProblem(await post(`${compoundsPath}?commit=true`, csv, staff.token), 422, "unprocessable");
      expect(await compoundCount()).toBe(before);
      const ok = await post(
        `${compoundsPath}?commit=true`,
        [COMPOUND_HEADER_ZH, "街道小区,路1号,341622001001,无,10,1,0"].join("\n"),
        staff.token,
      );
      expect(ok.status).toBe(201);
      expect(await compoundCount()).toBe(before + 1);
    });

    it("security: 401 without auth, 403 for roles that do not write, 404 for another tenant", async () => {
      const csv = `${COMPOUND_HEADER_ZH}\n甲,路,西关社区,无,1,1,0\n`;
      expectProblem(
        await h.request("POST", compoundsPath, { rawBody: csv, headers: { "content-type": "text/csv" } }),
        401,
        "unauthenticated",
      );
      // Written straight into the table: the companies' tests below count their own audit events.
      const staffCompany = newId("company");
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(companies).values({
          tenantId: h.ours.id,
          id: staffCompany,
          name: "员工所在物业",
          uscc: uscc(90),
          legalRepresentative: "陈十一",
          phone: "13912345678",
        }),
      );
      const officer = await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: await seedDepartment(h),
      });
      expectProblem(await post(compoundsPath, csv, officer.token), 403, "forbidden");
      const company = await h.userWith(h.ours, ["companyStaff"], {
        companyId: staffCompany,
      });
      expectProblem(await post(compoundsPath, csv, company.token), 403, "forbidden");
      expectProblem(await post(compoundsPath, csv, h.other.adminToken), 404, "not_found");
      // Another county's communities are unknown here, and ours there.
      const theirs = await post("/v1/tenants/other/imports/compounds", csv, h.other.adminToken);
      expect(theirs.body.errors[0]).toMatchObject({ row: 2, field: "community" });
    });
  });

  describe("companies", () => {
    const HEADER_ZH = "企业名称,统一社会信用代码,法定代表人,联系电话,是否本地,党员数";

    it("a good file: dry run, then commit; rows appear in the register", async () => {
      const csv = `\uFEFF${HEADER_ZH}\n城关物业,${uscc(1)},王建国,0558-7123456,是,5\n外地物业,${uscc(2).toLowerCase()},李明,13812345678,否,\n`;
      const before = await companyCount();
      const dry = await post(companiesPath, csv);
      expect(dry.status).toBe(200);
      expect(dry.body).toEqual({ rows: 2, valid: 2, errors: [], committed: false, created: [] });
      expect(await companyCount()).toBe(before);
      const done = await post(`${companiesPath}?commit=true`, csv);
      expect(done.status).toBe(201);
      expect(done.body.created).toHaveLength(2);
      const list = await h.request("GET", "/v1/tenants/ours/companies", { token: h.ours.adminToken });
      if (list.status === 200) {
        expect(list.body.items.map((c: { uscc: string }) => c.uscc)).toEqual(
          expect.arrayContaining([uscc(1), uscc(2)]),
        );
      }
      const rows = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(companies).where(eq(companies.tenantId, h.ours.id)).orderBy(asc(companies.id)),
      );
      expect(rows.slice(-2)).toMatchObject([
        {
          name: "城关物业",
          uscc: uscc(1),
          legalRepresentative: "王建国",
          phone: "0558-7123456",
          local: true,
          partyMembers: 5,
        },
        { name: "外地物业", uscc: uscc(2), local: false, partyMembers: 0 },
      ]);
      expect(await auditCount("import.companies")).toBe(1);
      expect(await auditCount("company.create")).toBe(2);
    });

    it("English headers; bad rows with exact problems; a failed commit changes nothing", async () => {
      const bad = `${uscc(3).slice(0, 17)}${uscc(3).endsWith("0") ? "1" : "0"}`;
      const csv = [
        "name,uscc,legalRepresentative,phone,local,partyMembers",
        `好物业,${uscc(4)},赵六,13912345678,true,2`, // 2: fine
        `错码物业,${bad},钱七,13912345678,false,0`, // 3: check character
        `电话物业,${uscc(5)},孙八,1234567,yes,0`, // 4: phone
        `本地物业,${uscc(6)},周九,13912345678,也许,0`, // 5: local
        `重复物业,${uscc(4)},吴十,13912345678,no,0`, // 6: repeats row 2
        `已有物业,${uscc(1)},郑一,13912345678,1,0`, // 7: registered already
        `,,,,,`, // 8: blank
        `空缺物业,,,13912345678,0,`, // 9: missing uscc and representative
      ].join("\r\n");
      const expected = [
        {
          row: 3,
          field: "uscc",
          column: "uscc",
          message: "The 18th (check) character does not match the first 17.",
        },
        {
          row: 4,
          field: "phone",
          column: "phone",
          message:
            "Not a phone number: use a mobile (13812345678) or a landline with area code (0558-7123456).",
        },
        {
          row: 5,
          field: "local",
          column: "local",
          message: "Not yes or no: '也许'. Use 是 or 否 (or true / false).",
        },
        {
          row: 6,
          field: "uscc",
          column: "uscc",
          message: "Repeats row 2: the same unified social credit code.",
        },
        {
          row: 7,
          field: "uscc",
          column: "uscc",
          message: "Already registered to the active company '城关物业'.",
        },
        { row: 9, field: "uscc", column: "uscc", message: "Required." },
        { row: 9, field: "legalRepresentative", column: "legalRepresentative", message: "Required." },
      ];
      const dry = await post(companiesPath, csv);
      expect(dry.status).toBe(200);
      expect(dry.body.errors).toEqual(expected);
      expect(dry.body).toMatchObject({ rows: 7, valid: 1 });
      const before = await companyCount();
      const commit = await post(`${companiesPath}?commit=true`, csv);
      expectProblem(commit, 422, "unprocessable");
      expect(commit.body.report.errors).toEqual(expected);
      expect(await companyCount()).toBe(before);
    });

    it("security: region staff and other roles cannot import companies; another tenant is 404", async () => {
      const csv = `${HEADER_ZH}\n甲物业,${uscc(9)},王,13812345678,是,0\n`;
      expectProblem(
        await h.request("POST", companiesPath, { rawBody: csv, headers: { "content-type": "text/csv" } }),
        401,
        "unauthenticated",
      );
      const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: r.S });
      expectProblem(await post(companiesPath, csv, staff.token), 403, "forbidden");
      expectProblem(await post(companiesPath, csv, h.other.adminToken), 404, "not_found");
    });
  });
});
