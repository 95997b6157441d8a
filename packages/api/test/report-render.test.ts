import { describe, expect, it } from "vitest";
import { barChartSvg, changeChartSvg } from "../src/reports/charts.js";
import { csvField, renderReportCsv } from "../src/reports/csv.js";
import { readableFigures, ruleLabel, sourceLabel } from "../src/reports/figures.js";
import { escapeHtml, periodLabel, reportTitle } from "../src/reports/format.js";
import { renderReportHtml } from "../src/reports/html.js";
import type { ReportCard, ReportModel } from "../src/reports/model.js";
import { parseCsv } from "../src/services/csv.js";

const card = (
  over: Partial<ReportCard> & Pick<ReportCard, "targetId" | "targetName" | "total">,
): ReportCard => ({
  id: `scd_${over.targetId}`,
  targetType: "company",
  grade: "良好",
  rank: null,
  passed: true,
  vetoed: false,
  assessable: true,
  previousTotal: null,
  previousRank: null,
  items: [
    {
      id: "response",
      title: { zh: "诉求响应", en: "Case response" },
      points: 60,
      score: 54,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0.6, to: 0.95, ifNoData: "full" },
      figures: { value: 0.9, numerator: 36, denominator: 40 },
      manual: null,
    },
    {
      id: "inspection",
      title: { zh: "现场检查", en: "Inspection" },
      points: 40,
      score: 30,
      source: { metric: "manual" },
      rule: { kind: "manual" },
      figures: { value: null },
      manual: { score: 30, evidence: "11月5日现场检查记录", by: "王检查" },
    },
  ],
  vetoes: [],
  ...over,
});

const model = (over: Partial<ReportModel> = {}): ReportModel => ({
  tenant: { name: "蒙城县", slug: "mengcheng", timezone: "Asia/Shanghai" },
  assessment: {
    id: "asm_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    kind: "monthlyBulletin",
    period: "2026-10",
    revision: 1,
    status: "published",
    reason: null,
    computedAt: new Date("2026-11-01T01:00:00Z"),
    publishedAt: new Date("2026-11-02T02:30:00Z"),
  },
  revises: null,
  supersededBy: null,
  scope: "full",
  sections: [
    {
      templateId: "atp_1",
      code: "company",
      version: 1,
      name: { zh: "物业服务企业考核", en: "Property companies" },
      targetKind: "company",
      cards: [
        card({
          targetId: "cmp_a",
          targetName: "甲物业",
          total: 92.5,
          rank: 1,
          grade: "优秀",
          previousTotal: 88,
          previousRank: 2,
        }),
        card({
          targetId: "cmp_b",
          targetName: '乙物业, "北区"',
          total: 84,
          rank: 2,
          previousTotal: 90,
          previousRank: 1,
        }),
        card({
          targetId: "cmp_c",
          targetName: "<script>alert(1)</script>",
          total: 40,
          rank: 3,
          grade: "不合格",
          passed: false,
          vetoed: true,
          vetoes: [{ title: "发生重大安全事故", detail: "问题数：1" }],
        }),
      ],
    },
  ],
  policyNames: { gridResponsibility: "网格包保制度" },
  generatedAt: new Date("2026-11-27T03:00:00Z"),
  ...over,
});

const count = (text: string, needle: RegExp) => text.match(needle)?.length ?? 0;

describe("report titles and periods", () => {
  it("reads the kind, the period and the county", () => {
    expect(reportTitle(model())).toBe("蒙城县物业管理工作2026年10月通报");
    const q = model();
    q.assessment = { ...q.assessment, kind: "quarterly", period: "2026-Q3" };
    expect(reportTitle(q)).toBe("蒙城县物业管理工作2026年第三季度考核");
    const y = model();
    y.assessment = { ...y.assessment, kind: "annual", period: "2026", revision: 2 };
    expect(reportTitle(y)).toBe("蒙城县物业管理工作2026年度年终评比（第2次修订版）");
    expect(reportTitle(model(), "en")).toBe("蒙城县 property management monthly bulletin, October 2026");
    expect(periodLabel("2026-03")).toBe("2026年3月");
    expect(periodLabel("2026-13")).toBe("2026-13");
  });
});

describe("figures, rules and sources in Chinese", () => {
  it("reads a rate with its fraction, and the details of tasks and coverage", () => {
    const rate = { metric: "cases.responseRate" };
    expect(readableFigures({ value: 0.925, numerator: 37, denominator: 40 }, rate)).toEqual([
      "比率：92.5%（37/40）",
    ]);
    expect(readableFigures({ value: null, numerator: 0, denominator: 0 }, rate)).toEqual([
      "比率：本期无应计数据",
      "达标数：0",
      "应计数：0",
    ]);
    expect(
      readableFigures(
        { value: 0.5, due: 4, completedOnTime: 1, completedLate: 1, openOverdue: 0, openNotDue: 2 },
        { metric: "tasks.onTime" },
      ),
    ).toEqual(["比率：50%", "应完成任务：4", "按时完成：1", "逾期完成：1", "逾期未完成：0", "未到期：2"]);
    expect(
      readableFigures(
        { value: 1, numerator: 5, denominator: 5, on: "2026-10-31" },
        { metric: "coverage.service" },
      ),
    ).toEqual(["比率：100%（5/5）", "计量日：2026-10-31"]);
  });

  it("reads a count as a count, never as a percentage", () => {
    expect(
      readableFigures(
        {
          value: 1,
          byRule: { "informationDisclosure.feesNotPosted": 1 },
          subjects: ["compound:阳光花园", "company:甲物业"],
        },
        { metric: "disclosures.compliance" },
      ),
    ).toEqual([
      "问题数：1",
      "按规则：informationDisclosure.feesNotPosted 1项",
      "涉及：小区 阳光花园、企业 甲物业",
    ]);
    expect(
      readableFigures(
        {
          value: 2,
          on: "2026-10-31",
          records: [{ id: "crd_1", category: "违规收费", effectiveOn: "2026-03-01" }, { id: "crd_2" }],
        },
        { metric: "credit.bad" },
      ),
    ).toEqual(["不良记录数：2", "计量日：2026-10-31", "记录：违规收费（2026-03-01起）、crd_2"]);
    expect(
      readableFigures({ value: 0, byRule: {}, subjects: [] }, { metric: "findings", policy: "x" }),
    ).toEqual(["问题数：0"]);
    expect(readableFigures({ value: null, missing: true }, { metric: "findings" })).toEqual(["未取得数据"]);
    // Policies are named by their titles; their rules keep their ids.
    expect(
      readableFigures(
        { value: 2, byRule: { "gridResponsibility.compoundWithoutGrids": 2 } },
        { metric: "findings", policy: "gridResponsibility" },
        { gridResponsibility: "网格包保制度" },
      ),
    ).toEqual(["问题数：2", "按规则：网格包保制度·compoundWithoutGrids 2项"]);
    expect(readableFigures({ value: null }, { metric: "manual" })).toEqual([]);
    expect(readableFigures({ value: 3, mystery: "x" })).toEqual(["数值：3", "mystery：x"]);
  });

  it("writes rules and sources by name", () => {
    expect(ruleLabel({ kind: "linear", from: 0.6, to: 0.95, ifNoData: "full" })).toBe(
      "线性计分：60%及以下不得分，95%及以上得满分，其间按比例；无数据时得满分",
    );
    expect(ruleLabel({ kind: "deduction", perFinding: 5, cap: 20 })).toBe("每项扣5分，最多扣20分");
    expect(ruleLabel({ kind: "deduction", perFinding: 2 })).toBe("每项扣2分，扣完为止");
    expect(ruleLabel({ kind: "atLeast", count: 1 })).toBe("达到1项即否决");
    expect(ruleLabel({ kind: "below", threshold: 0.5 })).toBe("低于50%即否决");
    expect(ruleLabel(null)).toBeNull();
    expect(sourceLabel({ metric: "findings", policy: "safety", severity: "critical" })).toBe(
      "政策检查发现问题（政策 safety，严重程度 严重）",
    );
    expect(sourceLabel({ metric: "cases.satisfactionRate" }, "en")).toBe("satisfaction rate");
    expect(
      sourceLabel({ metric: "findings", policy: "gridResponsibility" }, "zh", {
        gridResponsibility: "网格包保制度",
      }),
    ).toBe("政策检查发现问题（政策 网格包保制度）");
  });
});

describe("charts", () => {
  const rows = [
    { id: "a", label: "甲", value: 90, previous: 80 },
    { id: "b", label: "<b>乙</b>", value: 50, previous: null },
  ];
  it("draws one bar per target, scaled to the maximum, with accessible titles", () => {
    const svg = barChartSvg(rows, { id: "c1", title: "总分", description: "甲 90；乙 50", max: 100 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c1-title c1-desc"');
    expect(svg).toContain('<title id="c1-title">总分</title>');
    expect(count(svg, /class="bar"/g)).toBe(2);
    const widths = [
      ...svg.matchAll(/class="bar" data-target="(\w)" x="\d+" y="[\d.]+" width="([\d.]+)"/g),
    ].map((m) => [m[1], Number(m[2])]);
    expect(widths).toEqual([
      ["a", 378],
      ["b", 210],
    ]);
    expect(svg).toContain("&lt;b&gt;乙&lt;/b&gt;");
    expect(svg).not.toContain("<b>");
  });
  it("the change chart shows previous and current bars and the change", () => {
    const svg = changeChartSvg(rows, { id: "c2", title: "对比", description: "…", max: 100 });
    expect(count(svg, /class="bar-current"/g)).toBe(2);
    expect(count(svg, /class="bar-previous"/g)).toBe(1);
    expect(svg).toContain("↑ 10");
    expect(svg).toContain(">新<");
  });
  it("never draws outside the plot or from bad values", () => {
    const svg = barChartSvg(
      [
        { id: "x", label: "负", value: -5 },
        { id: "y", label: "超", value: 500 },
      ],
      { id: "c3", title: "t", description: "d", max: 100 },
    );
    expect([...svg.matchAll(/class="bar"[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([
      0, 420,
    ]);
  });
});

describe("the HTML page", () => {
  it("is a Chinese, printable, self-contained page", () => {
    const html = renderReportHtml(model());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("<title>蒙城县物业管理工作2026年10月通报</title>");
    expect(html).toContain("<h1>蒙城县物业管理工作2026年10月通报</h1>");
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("期间：2026年10月");
    expect(html).toContain("发布时间：2026-11-02 10:30");
    // Nothing fetched from anywhere, nothing run.
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).not.toContain("草稿</div>");
  });

  it("ranks in order, with change, grade and outcome", () => {
    const html = renderReportHtml(model());
    const ranking = html.slice(html.indexOf('<table class="ranking">'), html.indexOf("</table>"));
    const rows = [...ranking.matchAll(/<tr data-target="([^"]+)">(.*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(["cmp_a", "cmp_b", "cmp_c"]);
    const cells = (i: number) =>
      [...(rows[i]?.[2] ?? "").matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ""));
    expect(cells(0)).toEqual(["1", "甲物业", "92.5", "优秀", "88", "↑ 4.5", "↑ 1", "✓ 合格"]);
    expect(cells(1)).toEqual(["2", "乙物业, &quot;北区&quot;", "84", "良好", "90", "↓ 6", "↓ 1", "✓ 合格"]);
    expect(cells(2)).toEqual([
      "3",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "40",
      "不合格",
      "—",
      "—",
      "—",
      "✗ 一票否决",
    ]);
  });

  it("escapes every value from data", () => {
    const html = renderReportHtml(model());
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("details each target's items with the figures they came from, and vetoes", () => {
    const html = renderReportHtml(model());
    expect(count(html, /<section class="card"/g)).toBe(3);
    expect(html).toContain("诉求响应");
    expect(html).toContain("<li>比率：90%（36/40）</li>");
    expect(html).toContain("诉求响应率 · 线性计分：60%及以下不得分");
    // A manual item without an inspector's entry says it waits.
    const pending = model();
    const first = pending.sections[0]?.cards[0]?.items[1];
    if (!first) throw new Error("fixture");
    first.manual = null;
    first.score = 0;
    expect(renderReportHtml(pending)).toContain('<td class="num">0<br>（待评）</td>');
    expect(html).not.toContain("（待评）");
    expect(html).toContain("人工评分，依据：11月5日现场检查记录；评分人：王检查");
    expect(html).toContain("一票否决：发生重大安全事故（问题数：1）");
  });

  it("draws the charts with one bar per target", () => {
    const html = renderReportHtml(model());
    expect(count(html, /<svg /g)).toBe(2);
    expect(count(html, /class="bar"/g)).toBe(3);
    expect(count(html, /class="bar-current"/g)).toBe(3);
    expect(count(html, /class="bar-previous"/g)).toBe(2);
    expect(html).toContain("<title>甲物业：92.5 分</title>");
  });

  it("a draft carries the watermark; a superseded one links to the current revision", () => {
    const draft = model();
    draft.assessment = { ...draft.assessment, status: "draft", publishedAt: null };
    const html = renderReportHtml(draft);
    expect(html).toContain('<div class="watermark" aria-hidden="true">草稿</div>');
    expect(html).toContain("计算时间：2026-11-01 09:00");
    const old = model({
      supersededBy: { id: "asm_2", revision: 2, href: "/v1/tenants/mengcheng/assessments/asm_2/report" },
    });
    old.assessment = { ...old.assessment, status: "superseded" };
    const oldHtml = renderReportHtml(old);
    expect(oldHtml).toContain(
      '本版已被第2版修订取代，请以<a href="/v1/tenants/mengcheng/assessments/asm_2/report">现行版本</a>为准',
    );
    expect(oldHtml).not.toContain('watermark"');
    const revision = model({ revises: { id: "asm_1", revision: 1 } });
    revision.assessment = { ...revision.assessment, revision: 2, reason: "更正<数据>" };
    expect(renderReportHtml(revision)).toContain("本版为第2版，修订第1版，修订原因：更正&lt;数据&gt;。");
  });

  it("says when there is nothing to show, and when the reader sees only their own unit", () => {
    const html = renderReportHtml(model({ sections: [], scope: "own" }));
    expect(html).toContain("本期没有考核结果。");
    expect(html).toContain("本报告仅列出本单位的考核结果。");
    expect(html).not.toContain("<svg");
  });
});

describe("sections", () => {
  it("a template without targets says so, and figures are numbered through the page", () => {
    const m = model();
    const full = m.sections[0];
    if (!full) throw new Error("fixture");
    m.sections = [
      {
        ...full,
        templateId: "atp_0",
        code: "township",
        name: { zh: "乡镇考核", en: "Townships" },
        cards: [],
      },
      full,
    ];
    const html = renderReportHtml(m);
    expect(html).toContain("<h2>一、乡镇考核</h2><p>本细则本期没有考核对象。</p>");
    expect(html).toContain("<h2>二、物业服务企业考核</h2>");
    expect(html).toContain("<figcaption>图1　物业服务企业考核各对象总分</figcaption>");
    expect(html).toContain("<figcaption>图2　物业服务企业考核本期与上期得分对比（灰色为上期）</figcaption>");
    expect(html).not.toContain("图3");
    expect(html).toContain("甲物业 本期 92.5 分，上期 88 分，↑ 4.5；");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 本期 40 分，上期无成绩</desc>");
  });
});

describe("the CSV", () => {
  it("has a BOM, CRLF line ends, Chinese headers and one row per target per item", () => {
    const csv = renderReportCsv(model());
    expect(csv.startsWith("\uFEFF考核,期间,考核细则,名次,考核对象,总分,等级,考核项目,分值,得分\r\n")).toBe(
      true,
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + 3 * 2);
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
      "54",
    ]);
    expect(rows.map((r) => r[4])).toEqual([
      "考核对象",
      "甲物业",
      "甲物业",
      '乙物业, "北区"',
      '乙物业, "北区"',
      "<script>alert(1)</script>",
      "<script>alert(1)</script>",
    ]);
    expect(csv).toContain(',"乙物业, ""北区""",');
  });

  it("in English on request", () => {
    const rows = parseCsv(renderReportCsv(model(), "en"));
    expect(rows[0]).toEqual([
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
    expect(rows[2]?.slice(2)).toEqual([
      "Property companies",
      "1",
      "甲物业",
      "92.5",
      "优秀",
      "Inspection",
      "40",
      "30",
    ]);
  });

  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-2.5)).toBe("-2.5");
    expect(csvField(1 / 3)).toBe("0.33");
    expect(csvField(null)).toBe("");
  });

  it("a target without items still has a row; unranked and unscored cells stay empty", () => {
    const m = model();
    const section = m.sections[0];
    if (!section) throw new Error("fixture");
    section.cards = [
      card({ targetId: "cmp_z", targetName: "丙物业", total: 0, rank: null, grade: null, items: [] }),
    ];
    const rows = parseCsv(renderReportCsv(m));
    expect(rows[1]).toEqual([
      "蒙城县物业管理工作2026年10月通报",
      "2026-10",
      "物业服务企业考核",
      "",
      "丙物业",
      "0",
      "",
      "",
      "",
      "",
    ]);
  });
});
