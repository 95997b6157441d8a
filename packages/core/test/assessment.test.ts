import { describe, expect, it } from "vitest";
import {
  type AssessmentTemplateInput,
  assessment,
  assessmentPresets,
  createPolicyRegistry,
  getPreset,
  gradeOf,
  type Mechanism,
  type PolicyAssessmentCard,
  parseMechanism,
  parsePeriod,
  parseTemplate,
  policyDefaults,
  rankTargets,
  scoreItem,
  scoreTarget,
  validateTemplate,
  vetoTriggered,
} from "../src/index.js";
import { emptyView } from "./policy-fixtures.js";

const t = (zh: string) => ({ zh, en: zh });

/** A template with one item of each rule and two vetoes. */
const template = (): AssessmentTemplateInput => ({
  name: t("测试细则"),
  targetKind: "company",
  items: [
    {
      id: "resp",
      title: t("响应率"),
      points: 40,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0.6, to: 1 },
    },
    {
      id: "disc",
      title: t("信息公示"),
      points: 30,
      source: { metric: "disclosures.compliance" },
      rule: { kind: "deduction", perFinding: 4, cap: 10 },
    },
    { id: "site", title: t("现场检查"), points: 30, source: { metric: "manual" }, rule: { kind: "manual" } },
  ],
  vetoes: [
    {
      id: "safety",
      title: t("安全事故"),
      source: { metric: "credit.bad", category: "majorSafetyIncident" },
      rule: { kind: "atLeast", count: 1 },
    },
    {
      id: "sat",
      title: t("满意率过低"),
      source: { metric: "cases.satisfactionRate" },
      rule: { kind: "below", threshold: 0.5 },
    },
  ],
});

describe("scoring rules", () => {
  const linear = { kind: "linear", from: 0.6, to: 1, ifNoData: "full" } as const;
  it("linear maps a rate between the thresholds, clamped; without data left out by default, or full or zero", () => {
    expect(scoreItem(linear, 40, 0.8)).toBe(20); // (0.8 − 0.6) / 0.4 × 40
    expect(scoreItem(linear, 40, 0.9)).toBe(30);
    expect(scoreItem(linear, 40, 0.5)).toBe(0);
    expect(scoreItem(linear, 40, 1)).toBe(40);
    expect(scoreItem(linear, 15, 2 / 3)).toBe(2.5); // (0.6667 − 0.6) / 0.4 × 15 = 2.5
    expect(scoreItem(linear, 40, null)).toBe(40);
    expect(scoreItem({ ...linear, ifNoData: "zero" }, 40, null)).toBe(0);
    expect(scoreItem({ ...linear, ifNoData: "exclude" }, 40, null)).toBeNull();
    const parsed = parseTemplate(template()).items[0]?.rule;
    expect(parsed).toMatchObject({ kind: "linear", ifNoData: "exclude" });
  });
  it("deduction takes perFinding × count off the points, at most the cap (default all points)", () => {
    const rule = { kind: "deduction", perFinding: 4, cap: 10 } as const;
    expect(scoreItem(rule, 30, 0)).toBe(30);
    expect(scoreItem(rule, 30, 2)).toBe(22);
    expect(scoreItem(rule, 30, 3)).toBe(20); // 12 capped at 10
    expect(scoreItem({ kind: "deduction", perFinding: 4 }, 10, 5)).toBe(0);
  });
  it("manual takes the entry within 0..points, 0 without one", () => {
    expect(scoreItem({ kind: "manual" }, 30, null, 25.5)).toBe(25.5);
    expect(scoreItem({ kind: "manual" }, 30, null, 99)).toBe(30);
    expect(scoreItem({ kind: "manual" }, 30, null)).toBe(0);
  });
  it("vetoes: atLeast on counts, below on rates; a null rate never vetoes", () => {
    expect(vetoTriggered({ kind: "atLeast", count: 1 }, 0)).toBe(false);
    expect(vetoTriggered({ kind: "atLeast", count: 1 }, 1)).toBe(true);
    expect(vetoTriggered({ kind: "atLeast", count: 2 }, 1)).toBe(false);
    expect(vetoTriggered({ kind: "below", threshold: 0.5 }, 0.49)).toBe(true);
    expect(vetoTriggered({ kind: "below", threshold: 0.5 }, 0.5)).toBe(false);
    expect(vetoTriggered({ kind: "below", threshold: 0.5 }, null)).toBe(false);
  });
  it("grades at each band edge; vetoed targets take the lowest band", () => {
    const bands = parseTemplate(template()).bands;
    expect(gradeOf(bands, 90)).toBe("优秀");
    expect(gradeOf(bands, 89.99)).toBe("良好");
    expect(gradeOf(bands, 80)).toBe("良好");
    expect(gradeOf(bands, 60)).toBe("合格");
    expect(gradeOf(bands, 59.99)).toBe("不合格");
    expect(gradeOf(bands, 95, true)).toBe("不合格");
  });
});

describe("scoreTarget", () => {
  const doc = parseTemplate(template());
  it("adds the items, grades and passes by hand-computed figures", () => {
    const s = scoreTarget(
      doc,
      {
        resp: { value: 0.9, numerator: 9, denominator: 10 },
        disc: { value: 2 },
        safety: { value: 0 },
        sat: { value: 0.8 },
      },
      { site: { score: 25, evidence: "台账齐全" } },
    );
    // 30 (0.9 → 0.75 × 40) + 22 (30 − 2 × 4) + 25 = 77
    expect(s.items.map((i) => i.score)).toEqual([30, 22, 25]);
    expect(s.total).toBe(77);
    expect(s.grade).toBe("合格");
    expect(s.passed).toBe(true);
    expect(s.vetoed).toBe(false);
    expect(s.pendingManual).toEqual([]);
    expect(s.items[0]?.figures).toEqual({ value: 0.9, numerator: 9, denominator: 10 });
  });
  it("a veto fails the target whatever its score", () => {
    const s = scoreTarget(
      doc,
      { resp: { value: 1 }, disc: { value: 0 }, safety: { value: 1 }, sat: { value: 1 } },
      { site: { score: 30, evidence: "满分" } },
    );
    expect(s.total).toBe(100);
    expect(s.vetoed).toBe(true);
    expect(s.vetoes.find((v) => v.id === "safety")?.triggered).toBe(true);
    expect(s.passed).toBe(false);
    expect(s.grade).toBe("不合格");
  });
  it("a manual item without an entry scores 0 and is pending", () => {
    const s = scoreTarget(doc, {
      resp: { value: 1 },
      disc: { value: 0 },
      safety: { value: 0 },
      sat: { value: null },
    });
    expect(s.total).toBe(70);
    expect(s.pendingManual).toEqual(["site"]);
    expect(s.passed).toBe(true);
  });
  it("an item without data is left out and the rest scaled to the full points, saying why", () => {
    const s = scoreTarget(
      doc,
      { resp: { value: null, due: 0 }, disc: { value: 1 }, safety: { value: 0 }, sat: { value: null } },
      { site: { score: 24, evidence: "台账基本齐全" } },
    );
    // Scored: disc 26 (30 − 4) + site 24 = 50 of 60 points → 50 × 100 / 60 = 83.33.
    expect(s.items.map((i) => [i.id, i.scored, i.score])).toEqual([
      ["resp", false, 0],
      ["disc", true, 26],
      ["site", true, 24],
    ]);
    expect(s.items[0]?.notScored?.zh).toContain("本项不计分");
    expect(s.scoredPoints).toBe(60);
    expect(s.total).toBe(83.33);
    expect(s.grade).toBe("良好");
    expect(s.assessable).toBe(true);
    expect(s.passed).toBe(true);
  });
  it("a target with no data at all is not assessable: no grade, not passed, not ranked", () => {
    const noRates = { resp: { value: null }, disc: { value: 0 }, safety: { value: 0 }, sat: { value: null } };
    const s = scoreTarget(doc, noRates);
    expect(s).toMatchObject({ assessable: false, total: 0, grade: null, passed: false, vetoed: false });
    // A template that asks for the old behaviour gets it: full points without data, assessable.
    const old = parseTemplate({
      ...template(),
      items: template().items.map((i) =>
        i.rule.kind === "linear" ? { ...i, rule: { ...i.rule, ifNoData: "full" as const } } : i,
      ),
    });
    expect(scoreTarget(old, noRates)).toMatchObject({ assessable: true, total: 70, passed: true });
  });
  it("is reproducible", () => {
    const figures = { resp: { value: 0.77 }, disc: { value: 1 }, safety: { value: 0 }, sat: { value: 0.7 } };
    expect(scoreTarget(doc, figures)).toEqual(scoreTarget(doc, figures));
  });
});

describe("rankTargets", () => {
  it("ranks by total, ties share a rank and the next skips, vetoed last", () => {
    const ranks = rankTargets([
      { total: 80, vetoed: false },
      { total: 95, vetoed: false },
      { total: 80, vetoed: false },
      { total: 99, vetoed: true },
      { total: 70, vetoed: false },
    ]);
    expect(ranks).toEqual([2, 1, 2, 5, 4]);
  });
  it("leaves targets that are not assessable unranked, and ranks the rest without them", () => {
    const ranks = rankTargets([
      { total: 0, vetoed: false, assessable: false },
      { total: 80, vetoed: false, assessable: true },
      { total: 90, vetoed: false },
    ]);
    expect(ranks).toEqual([null, 2, 1]);
  });
});

describe("validateTemplate", () => {
  it("names every cross-field error with its path", () => {
    const doc = template();
    doc.items[0] = { ...doc.items[0], rule: { kind: "linear", from: 0.9, to: 0.5 } } as never;
    doc.items[1] = { ...doc.items[1], id: "resp" } as never;
    doc.items.push({
      id: "cov",
      title: t("覆盖率"),
      points: 10,
      source: { metric: "coverage.service" },
      rule: { kind: "deduction", perFinding: 1 },
    });
    doc.items.push({
      id: "f",
      title: t("发现"),
      points: 10,
      source: { metric: "findings" },
      rule: { kind: "deduction", perFinding: 1 },
    });
    doc.vetoes?.push({
      id: "v",
      title: t("否决"),
      source: { metric: "tasks.onTime" },
      rule: { kind: "atLeast", count: 1 },
    });
    doc.passLine = 500;
    doc.bands = [
      { grade: "A", min: 60 },
      { grade: "B", min: 80 },
    ];
    const result = validateTemplate(doc);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "items.0.rule.from",
        "items.1.id",
        "items.3.source.metric",
        "items.3.rule.kind",
        "items.4.source.policy",
        "vetoes.2.rule.kind",
        "passLine",
        "bands.1.min",
      ]),
    );
  });
  it("names schema errors by path", () => {
    const doc = template() as Record<string, unknown>;
    (doc.items as Record<string, unknown>[])[2] = {
      id: "x",
      title: t("x"),
      points: -1,
      source: { metric: "nope" },
      rule: { kind: "linear", from: 2, to: 1 },
    };
    const result = validateTemplate(doc);
    const paths = result.ok ? [] : result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["items.2.points", "items.2.source.metric", "items.2.rule.from"]),
    );
  });
  it("fills in defaults: active, pass line 60, the four bands", () => {
    const doc = parseTemplate(template());
    expect(doc.active).toBe(true);
    expect(doc.passLine).toBe(60);
    expect(doc.bands.map((b) => b.grade)).toEqual(["优秀", "良好", "合格", "不合格"]);
  });
  it("the presets are valid and their points sum to 100", () => {
    for (const [preset, templates] of Object.entries(assessmentPresets)) {
      for (const [code, input] of Object.entries(templates)) {
        const doc = parseTemplate(input);
        expect(
          doc.items.reduce((a, i) => a + i.points, 0),
          `${preset}/${code}`,
        ).toBe(100);
      }
    }
    expect(Object.keys(assessmentPresets["anhui-3338"] ?? {})).toEqual([
      "company",
      "township",
      "townshipSecretary",
      "communitySecretary",
    ]);
    // The secretaries' 述职评议 is scored in the year-end only.
    expect(parseTemplate(assessmentPresets["anhui-3338"]?.townshipSecretary).kinds).toEqual(["annual"]);
    expect(parseTemplate(assessmentPresets["anhui-3338"]?.company).kinds).toEqual([
      "monthlyBulletin",
      "quarterly",
      "annual",
    ]);
    expect(assessmentPresets["compact-2level"]?.company).toBe(assessmentPresets["anhui-3338"]?.company);
  });
});

describe("assessment policy", () => {
  const card = (over: Partial<PolicyAssessmentCard>): PolicyAssessmentCard => ({
    assessmentId: "asm_1",
    kind: "quarterly",
    period: "2025-Q4",
    templateCode: "company",
    targetType: "company",
    targetId: "cmp_1",
    targetName: "安居物业",
    regionId: null,
    total: 70,
    passLine: 60,
    passed: true,
    vetoed: false,
    grade: "合格",
    rank: 1,
    ...over,
  });
  const mechanism = parseMechanism(getPreset("anhui-3338"), createPolicyRegistry()) as Mechanism;
  it("reports targets below the pass line (major) and vetoed ones (critical), subject the company or region", () => {
    const view = {
      ...emptyView(),
      assessmentCards: [
        card({}),
        card({
          targetId: "cmp_2",
          targetName: "宜居物业",
          total: 59.5,
          passed: false,
          grade: "不合格",
          rank: 2,
        }),
        card({ targetId: "cmp_3", targetName: "安心物业", total: 95, passed: false, vetoed: true, rank: 3 }),
        card({
          templateCode: "township",
          targetType: "township",
          targetId: "reg_1",
          targetName: "立仓镇",
          regionId: "reg_1",
          total: 40,
          passed: false,
        }),
      ],
    };
    const findings =
      assessment.evaluate?.(parsePeriod("2025-Q4"), view, policyDefaults(assessment) as never, {
        mechanism,
      }) ?? [];
    expect(findings.map((f) => [f.subject.type, f.subject.id, f.rule, f.severity])).toEqual([
      ["company", "cmp_2", "belowPassLine", "major"],
      ["company", "cmp_3", "assessmentVetoed", "critical"],
      ["region", "reg_1", "belowPassLine", "major"],
    ]);
    expect(findings[0]?.evidence).toMatchObject({ total: 59.5, passLine: 60, template: "company" });
    expect(findings[2]?.regionId).toBe("reg_1");
  });
});
