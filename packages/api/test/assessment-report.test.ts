import { newId, type ScoredVeto } from "@propgov/core";
import {
  assessmentScorecards,
  assessments,
  assessmentTemplates,
  type StoredScoredItem,
  withTenant,
} from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../src/services/csv.js";
import { createHarness, expectProblem, failingPaths, type Harness, type SeededTenant } from "./harness.js";
import { createCompanyVia, seedRegion } from "./registry-fixtures.js";

type CardSeed = {
  templateId: string;
  targetType: "company" | "township" | "community";
  targetId: string;
  targetName: string;
  total: number;
  rank: number | null;
  grade?: string | null;
  passed?: boolean;
  vetoed?: boolean;
  previousTotal?: number | null;
  previousRank?: number | null;
  items?: Record<string, unknown>[];
  vetoes?: ScoredVeto[];
};

const items = (response: number, inspection: number) => [
  {
    itemId: "response",
    title: { zh: "诉求响应", en: "Case response" },
    points: 60,
    score: response,
    source: { metric: "cases.responseRate" },
    rule: { kind: "linear", from: 0.6, to: 0.95, ifNoData: "full" },
    figures: { value: response / 60, numerator: response, denominator: 60 },
  },
  {
    itemId: "inspection",
    title: { zh: "现场检查", en: "Inspection" },
    points: 40,
    score: inspection,
    source: { metric: "manual" },
    rule: { kind: "manual" },
    figures: { value: null },
    manual: { score: inspection, evidence: "现场检查记录", by: "王检查" },
  },
];

async function seedTemplate(
  h: Harness,
  tenant: SeededTenant,
  code: string,
  targetKind: "company" | "township",
  zh: string,
) {
  const id = newId("assessmentTemplate");
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(assessmentTemplates).values({
      tenantId: tenant.id,
      id,
      code,
      version: 1,
      targetKind,
      document: { name: { zh, en: code }, targetKind, items: [] },
    }),
  );
  return { templateId: id, code, version: 1 };
}

/**
 * An assessment written straight into the tables: inserted as a draft with its scorecards, then
 * moved to `status` (the trigger freezes the scorecards of a published one).
 */
async function seedAssessment(
  h: Harness,
  tenant: SeededTenant,
  a: {
    kind?: "monthlyBulletin" | "quarterly" | "annual";
    period: string;
    revision?: number;
    revisesId?: string;
    reason?: string;
    status: "draft" | "published";
    templates: { templateId: string; code: string; version: number }[];
    cards: CardSeed[];
  },
) {
  const id = newId("assessment");
  const now = new Date("2026-11-02T02:30:00Z");
  await withTenant(h.deps.db.db, tenant.id, async (tx) => {
    await tx.insert(assessments).values({
      tenantId: tenant.id,
      id,
      kind: a.kind ?? "monthlyBulletin",
      period: a.period,
      revision: a.revision ?? 1,
      revisesId: a.revisesId ?? null,
      reason: a.reason ?? null,
      status: "draft",
      templates: a.templates,
      computedAt: now,
    });
    if (a.cards.length) {
      await tx.insert(assessmentScorecards).values(
        a.cards.map((c) => ({
          tenantId: tenant.id,
          id: newId("scorecard"),
          assessmentId: id,
          templateId: c.templateId,
          targetType: c.targetType,
          targetId: c.targetId,
          targetName: c.targetName,
          total: c.total,
          grade: c.grade ?? null,
          rank: c.rank,
          passed: c.passed ?? true,
          vetoed: c.vetoed ?? false,
          // Items in a shape core never writes (`itemId`, no `scored`): the report reads any stored card.
          items: (c.items ?? []) as StoredScoredItem[],
          vetoes: c.vetoes ?? [],
          previousTotal: c.previousTotal ?? null,
          previousRank: c.previousRank ?? null,
        })),
      );
    }
    if (a.status === "published") {
      await tx
        .update(assessments)
        .set({ status: "published", publishedAt: now })
        .where(and(eq(assessments.tenantId, tenant.id), eq(assessments.id, id)));
    }
  });
  return id;
}

async function supersede(h: Harness, tenant: SeededTenant, id: string) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx
      .update(assessments)
      .set({ status: "superseded" })
      .where(and(eq(assessments.tenantId, tenant.id), eq(assessments.id, id))),
  );
}

const SCRIPT_NAME = "<script>alert('x')</script>物业";

describe.each(testDrivers())("assessment reports on %s", (driver) => {
  let h: Harness;
  let companies: string[];
  let street: { id: string };
  let published: string;
  let draft: string;
  let oldRevision: string;
  let newRevision: string;
  let theirs: string;

  beforeAll(async () => {
    h = await createHarness(driver);
    companies = [await createCompanyVia(h, 1), await createCompanyVia(h, 2), await createCompanyVia(h, 3)];
    street = await seedRegion(h, h.ours, "street", "城关街道");
    const township = await seedRegion(h, h.ours, "township", "立仓镇");
    const companyTemplate = await seedTemplate(h, h.ours, "rpt-company", "company", "物业服务企业考核");
    const townshipTemplate = await seedTemplate(
      h,
      h.ours,
      "rpt-township",
      "township",
      "乡镇街道物业管理考核",
    );
    const [a, b, c] = companies as [string, string, string];
    published = await seedAssessment(h, h.ours, {
      period: "2026-10",
      status: "published",
      templates: [companyTemplate, townshipTemplate],
      cards: [
        // Inserted out of order: the report sorts by rank.
        {
          ...companyTemplate,
          targetType: "company",
          targetId: c,
          targetName: SCRIPT_NAME,
          total: 40,
          rank: 3,
          grade: "不合格",
          passed: false,
          vetoed: true,
          items: items(30, 10),
          vetoes: [
            {
              id: "accident",
              title: { zh: "发生重大安全事故", en: "Major accident" },
              source: { metric: "findings", policy: "gridResponsibility", severity: "critical" },
              rule: { kind: "atLeast", count: 1 },
              triggered: true,
              figures: {
                value: 1,
                byRule: { "gridResponsibility.compoundWithoutGuarantor": 1 },
                subjects: ["compound:阳光花园"],
              },
            },
            {
              id: "badCredit",
              title: { zh: "存在不良信用记录", en: "Bad credit" },
              source: { metric: "credit.bad" },
              rule: { kind: "atLeast", count: 1 },
              triggered: false,
              figures: { value: 0, records: [] },
            },
          ],
        },
        {
          ...companyTemplate,
          targetType: "company",
          targetId: a,
          targetName: "甲物业",
          total: 92.5,
          rank: 1,
          grade: "优秀",
          previousTotal: 88,
          previousRank: 2,
          items: items(54.5, 38),
        },
        {
          ...companyTemplate,
          targetType: "company",
          targetId: b,
          targetName: '乙物业, "北区"',
          total: 84,
          rank: 2,
          grade: "良好",
          previousTotal: 90,
          previousRank: 1,
          items: items(50, 34),
        },
        {
          ...townshipTemplate,
          targetType: "township",
          targetId: street.id,
          targetName: "城关街道",
          total: 95,
          rank: 1,
          grade: "优秀",
          items: items(57, 38),
        },
        {
          ...townshipTemplate,
          targetType: "township",
          targetId: township.id,
          targetName: "立仓镇",
          total: 70,
          rank: 2,
          grade: "合格",
          items: items(40, 30),
        },
      ],
    });
    draft = await seedAssessment(h, h.ours, {
      period: "2026-11",
      status: "draft",
      templates: [companyTemplate],
      cards: [
        {
          ...companyTemplate,
          targetType: "company",
          targetId: a,
          targetName: "甲物业",
          total: 80,
          rank: 1,
          items: items(50, 30),
        },
      ],
    });
    oldRevision = await seedAssessment(h, h.ours, {
      kind: "quarterly",
      period: "2026-Q3",
      status: "published",
      templates: [companyTemplate],
      cards: [
        {
          ...companyTemplate,
          targetType: "company",
          targetId: a,
          targetName: "甲物业",
          total: 70,
          rank: 1,
          items: items(40, 30),
        },
      ],
    });
    newRevision = await seedAssessment(h, h.ours, {
      kind: "quarterly",
      period: "2026-Q3",
      revision: 2,
      revisesId: oldRevision,
      reason: "更正现场检查得分",
      status: "published",
      templates: [companyTemplate],
      cards: [
        {
          ...companyTemplate,
          targetType: "company",
          targetId: a,
          targetName: "甲物业",
          total: 75,
          rank: 1,
          items: items(40, 35),
        },
      ],
    });
    await supersede(h, h.ours, oldRevision);
    const otherTemplate = await seedTemplate(h, h.other, "rpt-company", "company", "企业考核");
    theirs = await seedAssessment(h, h.other, {
      period: "2026-10",
      status: "published",
      templates: [otherTemplate],
      cards: [
        {
          ...otherTemplate,
          targetType: "company",
          targetId: "cmp_x",
          targetName: "涡阳物业",
          total: 90,
          rank: 1,
        },
      ],
    });
  });
  afterAll(() => h?.destroy());

  const report = (id: string, query = "", tenant = "ours") =>
    `/v1/tenants/${tenant}/assessments/${id}/report${query}`;
  const rankingOf = (html: string, index: number) => {
    const tables = html.split('<table class="ranking">').slice(1);
    const table = tables[index]?.slice(0, tables[index]?.indexOf("</table>")) ?? "";
    return [...table.matchAll(/<tr data-target="([^"]+)">/g)].map((m) => m[1]);
  };
  const chartBars = (html: string) => {
    const svgs = [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
    return svgs.map((svg) => [...svg.matchAll(/class="bar" data-target="([^"]+)"/g)].map((m) => m[1]));
  };

  it("the county reads the published bulletin as a printable Chinese page", async () => {
    const res = await h.request("GET", report(published), { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = res.body as string;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<h1>蒙城县物业管理工作2026年10月通报</h1>");
    expect(html).toContain("期间：2026年10月");
    expect(html).toContain("状态：已发布");
    expect(html).toContain("@page { size: A4");
    expect(html).not.toContain("草稿</div>");
    // Ranking per template, in rank order.
    const [a, b, c] = companies;
    expect(rankingOf(html, 0)).toEqual([a, b, c]);
    expect(rankingOf(html, 1)).toEqual([street.id, expect.stringMatching(/^reg_/)]);
    expect(html).toContain("一、物业服务企业考核");
    expect(html).toContain("二、乡镇街道物业管理考核");
    expect(html).toMatch(
      /<td class="num"><span class="up">↑ 4.5<\/span><\/td><td class="rank"><span class="up">↑ 1<\/span>/,
    );
    expect(html).toContain("✗ 一票否决");
    // Only the veto that triggered, with its rule and figures in words.
    expect(html).toContain(
      "一票否决：发生重大安全事故（达到1项即否决；问题数：1；按规则：网格包保制度·compoundWithoutGuarantor 1项；涉及：小区 阳光花园）",
    );
    expect(html).not.toContain("存在不良信用记录");
    // The name from user data is escaped everywhere.
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;物业");
    // One bar per target in each template's totals chart, in ranking order.
    expect(chartBars(html)).toEqual([[a, b, c], [], [street.id, expect.stringMatching(/^reg_/)], []]);
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-0-totals-title chart-0-totals-desc"/);
    // Each target's items with their figures.
    expect(html).toContain("<li>比率：90.8%（54.5/60）</li>");
    expect(html).toContain("诉求响应率 · 线性计分：60%及以下不得分，95%及以上得满分");
    expect(html).toContain("人工评分，依据：现场检查记录；评分人：王检查");
  });

  it("a draft shows the watermark to the county and does not exist for anyone else", async () => {
    const res = await h.request("GET", report(draft), { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<div class="watermark" aria-hidden="true">草稿</div>');
    expect(res.body).toContain("状态：草稿");
    const regional = await h.userWith(h.ours, ["regionStaff"], { regionId: street.id });
    expectProblem(await h.request("GET", report(draft), { token: regional.token }), 404, "not_found");
    const company = await h.userWith(h.ours, ["companyStaff"], { companyId: companies[0] as string });
    expectProblem(await h.request("GET", report(draft), { token: company.token }), 404, "not_found");
  });

  it("a superseded revision links to the current one, which gives its reason", async () => {
    const old = await h.request("GET", report(oldRevision), { token: h.ours.adminToken });
    expect(old.status).toBe(200);
    expect(old.body).toContain("<h1>蒙城县物业管理工作2026年第三季度考核</h1>");
    expect(old.body).toContain(
      `本版已被第2版修订取代，请以<a href="/v1/tenants/ours/assessments/${newRevision}/report">现行版本</a>为准`,
    );
    const current = await h.request("GET", report(newRevision), { token: h.ours.adminToken });
    expect(current.body).toContain("<h1>蒙城县物业管理工作2026年第三季度考核（第2次修订版）</h1>");
    expect(current.body).toContain("本版为第2版，修订第1版，修订原因：更正现场检查得分。");
    expect(current.body).not.toContain("已被第");
  });

  it("as CSV: BOM, CRLF, Chinese headers, one row per target per item, quoted", async () => {
    const res = await h.request("GET", report(published, "?format=csv"), { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="assessment-2026-10.csv"');
    // The body's bytes: a text decoder would drop the byte order mark.
    const bytes = new Uint8Array(
      await (
        await h.app.request(`http://localhost${report(published, "?format=csv")}`, {
          headers: { authorization: `Bearer ${h.ours.adminToken}` },
        })
      ).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(csv).toBe(`\uFEFF${res.body}`);
    expect(csv.startsWith("\uFEFF考核,期间,考核细则,名次,考核对象,总分,等级,考核项目,分值,得分\r\n")).toBe(
      true,
    );
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    expect(csv).toContain(',"乙物业, ""北区""",');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + 5 * 2);
    expect(rows[1]).toEqual([
      "蒙城县物业管理工作2026年10月通报",
      "2026-10",
      "物业服务企业考核",
      "1",
      "甲物业",
      "92.5",
      "优秀",
      "诉求响应",
      "60",
      "54.5",
    ]);
    expect(rows.slice(1).map((r) => `${r[2]}|${r[3]}|${r[4]}|${r[7]}`)).toEqual([
      "物业服务企业考核|1|甲物业|诉求响应",
      "物业服务企业考核|1|甲物业|现场检查",
      '物业服务企业考核|2|乙物业, "北区"|诉求响应',
      '物业服务企业考核|2|乙物业, "北区"|现场检查',
      `物业服务企业考核|3|${SCRIPT_NAME}|诉求响应`,
      `物业服务企业考核|3|${SCRIPT_NAME}|现场检查`,
      "乡镇街道物业管理考核|1|城关街道|诉求响应",
      "乡镇街道物业管理考核|1|城关街道|现场检查",
      "乡镇街道物业管理考核|2|立仓镇|诉求响应",
      "乡镇街道物业管理考核|2|立仓镇|现场检查",
    ]);
    const en = await h.request("GET", report(published, "?format=csv&lang=en"), { token: h.ours.adminToken });
    const enRows = parseCsv(en.body as string);
    expect(enRows[0]).toEqual([
      "Assessment",
      "Period",
      "Template",
      "Rank",
      "Target",
      "Total",
      "Grade",
      "Item",
      "Points",
      "Score",
    ]);
    expect(enRows[2]).toEqual([
      "蒙城县 property management monthly bulletin, October 2026",
      "2026-10",
      "rpt-company",
      "1",
      "甲物业",
      "92.5",
      "优秀",
      "Inspection",
      "40",
      "38",
    ]);
  });

  it("company staff see only their own company's card", async () => {
    const [a, b] = companies as [string, string];
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: b });
    const res = await h.request("GET", report(published), { token: staff.token });
    expect(res.status).toBe(200);
    const html = res.body as string;
    expect(rankingOf(html, 0)).toEqual([b]);
    expect(rankingOf(html, 1)).toEqual([]);
    expect(chartBars(html)).toEqual([[b], []]);
    expect(html).toContain("乙物业, &quot;北区&quot;");
    expect(html).not.toContain("甲物业");
    expect(html).not.toContain("城关街道");
    expect(html).not.toContain(a);
    expect(html).toContain("本报告仅列出本单位的考核结果。");
    const csv = parseCsv(
      (await h.request("GET", report(published, "?format=csv"), { token: staff.token })).body as string,
    );
    expect(csv.slice(1).map((r) => r[4])).toEqual(['乙物业, "北区"', '乙物业, "北区"']);
  });

  it("region staff and department officers read the whole county bulletin", async () => {
    const regional = await h.userWith(h.ours, ["regionStaff"], { regionId: street.id });
    const res = await h.request("GET", report(published), { token: regional.token });
    expect(res.status).toBe(200);
    expect(rankingOf(res.body as string, 0)).toEqual(companies);
    expect(rankingOf(res.body as string, 1)).toHaveLength(2);
    expect(res.body).not.toContain("本报告仅列出本单位");
    const department = await h.request("POST", "/v1/tenants/ours/departments", {
      token: h.ours.adminToken,
      body: { code: "housing", name: { zh: "住建", en: "Housing" }, kind: "core" },
    });
    const officer = await h.userWith(h.ours, ["departmentOfficer"], { departmentId: department.body.id });
    const read = await h.request("GET", report(published, "?format=csv"), { token: officer.token });
    expect(parseCsv(read.body as string)).toHaveLength(11);
  });

  it("an unknown id or another tenant's assessment is 404; no sign-in is 401", async () => {
    expectProblem(
      await h.request("GET", report(newId("assessment")), { token: h.ours.adminToken }),
      404,
      "not_found",
    );
    expectProblem(await h.request("GET", report(theirs), { token: h.ours.adminToken }), 404, "not_found");
    expectProblem(await h.request("GET", report(published), { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", report(published, "", "other"), { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const mine = await h.request("GET", report(theirs, "", "other"), { token: h.other.adminToken });
    expect(mine.status).toBe(200);
    expect(mine.body).toContain("<h1>涡阳县物业管理工作2026年10月通报</h1>");
    expectProblem(await h.request("GET", report(published)), 401, "unauthenticated");
  });

  it("is in the OpenAPI document with both media types", async () => {
    const doc = await h.request("GET", "/openapi.json");
    const op = doc.body.paths["/v1/tenants/{tenant}/assessments/{id}/report"]?.get;
    expect(op.operationId).toBe("getAssessmentReport");
    expect(op.tags).toEqual(["assessments"]);
    expect(Object.keys(op.responses["200"].content)).toEqual(["text/html", "text/csv"]);
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(["tenant", "id", "format", "lang"]);
  });

  it("a bad format or id is 400 naming the field", async () => {
    const format = await h.request("GET", report(published, "?format=pdf"), { token: h.ours.adminToken });
    expectProblem(format, 400, "bad_request");
    expect(failingPaths(format)).toEqual(["query.format"]);
    const lang = await h.request("GET", report(published, "?format=csv&lang=fr"), {
      token: h.ours.adminToken,
    });
    expect(failingPaths(lang)).toEqual(["query.lang"]);
    const id = await h.request("GET", report("cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"), { token: h.ours.adminToken });
    expectProblem(id, 400, "bad_request");
    expect(failingPaths(id)).toEqual(["param.id"]);
  });
});
