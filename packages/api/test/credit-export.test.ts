import { penaltyExportColumns } from "@propgov/core";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../src/services/csv.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { createCompanyVia, validUscc } from "./registry-fixtures.js";

describe.each(testDrivers())("the 双公示 penalty export on %s", (driver) => {
  let h: Harness;
  let company = "";
  const path = "/v1/tenants/ours/credit/exports/penalties.csv";
  const authorityUscc = validUscc(90);

  const penalty = (overrides: Record<string, unknown>, details: Record<string, unknown> = {}) =>
    h.request("POST", `/v1/tenants/ours/credit/companies/${company}/records`, {
      token: h.ours.adminToken,
      body: {
        kind: "bad",
        category: "违规收费",
        points: 5,
        source: "administrativePenalty",
        evidence: "执法检查记录",
        effectiveOn: "2026-03-01",
        ...overrides,
        penalty: {
          decisionNumber: "蒙住建罚〔2026〕3号",
          authority: "蒙城县住房和城乡建设局",
          fine: 0,
          penaltyType: "警告",
          partyCategory: "legalPerson",
          violationType: "违反物业服务规范",
          publicUntil: "2026-09-30",
          ...details,
        },
      },
    });

  beforeAll(async () => {
    h = await createHarness(driver);
    company = await createCompanyVia(h, 1);
    // The row checked field by field: decided 2026-03-10, with a comma, quotes and a line break.
    const main = await penalty(
      { effectiveOn: "2026-03-12", expiresOn: "2027-03-11" },
      {
        decisionNumber: "蒙住建罚〔2026〕3号",
        authority: "蒙城县住房和城乡建设局",
        authorityUscc,
        fine: 0.5,
        decidedOn: "2026-03-10",
        penaltyType: "罚款",
        partyCategory: "individualBusiness",
        violationType: "违规收费",
        publicUntil: "2026-12-10",
        cause: "超标准收取停车费, 拒不整改",
        basis: "《物业管理条例》第四十条",
        content: '罚款人民币伍仟元，责令"限期整改"',
        note: "第一行\n第二行",
      },
    );
    expect(main.status).toBe(201);
    // A warning decided on effectiveOn (2026-03-31), with another legal representative.
    await penalty(
      { effectiveOn: "2026-03-31", category: "公示不全" },
      { decisionNumber: "蒙住建罚〔2026〕4号", legalRepresentative: "李强" },
    );
    // Outside the range, revoked, and not a penalty: all left out.
    await penalty({ effectiveOn: "2026-04-01" }, { decisionNumber: "蒙住建罚〔2026〕5号" });
    const revoked = await penalty({ effectiveOn: "2026-03-15" }, { decisionNumber: "蒙住建罚〔2026〕6号" });
    await h.request("POST", `/v1/tenants/ours/credit/records/${revoked.body.id}/revoke`, {
      token: h.ours.adminToken,
      body: { reason: "复议撤销" },
    });
    await h.request("POST", `/v1/tenants/ours/credit/companies/${company}/records`, {
      token: h.ours.adminToken,
      body: {
        kind: "bad",
        category: "巡查",
        points: 1,
        source: "manual",
        evidence: "x",
        effectiveOn: "2026-03-20",
      },
    });
  });
  afterAll(() => h?.destroy());

  it("writes UTF-8 with BOM and CRLF, the documented header, and each field of a row", async () => {
    const res = await h.request("GET", `${path}?from=2026-03-01&to=2026-03-31`, { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("penalties-2026-03-01-2026-03-31.csv");
    // The raw bytes: `h.request` decodes text and a decoder drops the BOM.
    const raw = await h.app.request(`http://localhost${path}?from=2026-03-01&to=2026-03-31`, {
      headers: { authorization: `Bearer ${h.ours.adminToken}` },
    });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const header =
      "CF_WSH,CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_FRDB,CF_CFLB,CF_WFXW,CF_SY,CF_YJ,CF_NR,CF_NR_FK,CF_JDRQ,CF_YXQ,CF_GSJZQ,CF_CFJG,CF_CFJGDM,CF_SJLY,CF_SJLYDM,BZ";
    expect(text.slice(1).startsWith(`${header}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    // Quoting: the comma, the doubled quotes, the line break inside a quoted field.
    expect(text).toContain(',"超标准收取停车费, 拒不整改",');
    expect(text).toContain(',"罚款人民币伍仟元，责令""限期整改""",');
    expect(text).toContain(',"第一行\n第二行"\r\n');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(penaltyExportColumns.map((c) => c.code));
    expect(rows).toHaveLength(3);
    const row = Object.fromEntries((rows[0] ?? []).map((code, i) => [code, rows[1]?.[i]]));
    expect(row).toEqual({
      CF_WSH: "蒙住建罚〔2026〕3号",
      CF_XDR_MC: "蒙城县第1物业服务有限公司",
      CF_XDR_LB: "个体工商户",
      CF_XDR_SHXYM: validUscc(1),
      CF_FRDB: "张伟",
      CF_CFLB: "罚款",
      CF_WFXW: "违规收费",
      CF_SY: "超标准收取停车费, 拒不整改",
      CF_YJ: "《物业管理条例》第四十条",
      CF_NR: '罚款人民币伍仟元，责令"限期整改"',
      CF_NR_FK: "0.5",
      CF_JDRQ: "2026-03-10",
      CF_YXQ: "2027-03-11",
      CF_GSJZQ: "2026-12-10",
      CF_CFJG: "蒙城县住房和城乡建设局",
      CF_CFJGDM: authorityUscc,
      CF_SJLY: "蒙城县物业管理信用平台",
      CF_SJLYDM: "341622",
      BZ: "第一行\n第二行",
    });
    // The warning: the penalty's own legal representative, its type as filed, cause from the category.
    const warning = Object.fromEntries((rows[0] ?? []).map((code, i) => [code, rows[2]?.[i]]));
    expect(warning).toMatchObject({
      CF_WSH: "蒙住建罚〔2026〕4号",
      CF_FRDB: "李强",
      CF_XDR_LB: "法人及非法人组织",
      CF_CFLB: "警告",
      CF_WFXW: "违反物业服务规范",
      CF_SY: "公示不全",
      CF_NR_FK: "0",
      CF_JDRQ: "2026-03-31",
      CF_YXQ: "2027-03-31",
      CF_GSJZQ: "2026-09-30",
      CF_CFJGDM: "",
      BZ: "",
    });
  });

  it("takes the data source from the tenant's credit config when set", async () => {
    await seedDepartments(h, h.ours, anhuiRoster);
    const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    expect(current.status).toBe(200);
    const document = current.body.document ?? current.body;
    const policies = { ...document.policies };
    policies.assessment = {
      ...(policies.assessment ?? { enabled: false }),
      config: {
        ...(policies.assessment?.config ?? {}),
        credit: { export: { dataSource: "蒙城县住房和城乡建设局", dataSourceCode: "11341622MB0000000X" } },
      },
    };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", {
      token: h.ours.adminToken,
      body: { ...document, policies },
    });
    if (put.status !== 200 && put.status !== 201) {
      // Without the update the check below would prove nothing.
      throw new Error(`mechanism update failed: ${put.status} ${JSON.stringify(put.body)}`);
    }
    const res = await h.request("GET", `${path}?from=2026-03-01&to=2026-03-10`, { token: h.ours.adminToken });
    const rows = parseCsv(res.body as string);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.slice(16, 18)).toEqual(["CF_SJLY", "CF_SJLYDM"]);
    expect(rows[1]?.slice(16, 18)).toEqual(["蒙城县住房和城乡建设局", "11341622MB0000000X"]);
  });

  it("is for county administrators, over a valid range", async () => {
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: company });
    expectProblem(
      await h.request("GET", `${path}?from=2026-03-01&to=2026-03-31`, { token: staff.token }),
      403,
      "forbidden",
    );
    expectProblem(await h.request("GET", `${path}?from=2026-03-01&to=2026-03-31`), 401, "unauthenticated");
    const missing = await h.request("GET", path, { token: h.ours.adminToken });
    expectProblem(missing, 400, "bad_request");
    expect(failingPaths(missing).sort()).toEqual(["query.from", "query.to"]);
    const backwards = await h.request("GET", `${path}?from=2026-04-01&to=2026-03-01`, {
      token: h.ours.adminToken,
    });
    expectProblem(backwards, 400, "bad_request");
    expect(failingPaths(backwards)).toEqual(["query.to"]);
    const empty = await h.request("GET", `${path}?from=2025-01-01&to=2025-12-31`, {
      token: h.ours.adminToken,
    });
    expect(parseCsv(empty.body as string)).toHaveLength(1);
  });
});
