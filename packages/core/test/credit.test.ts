import { describe, expect, it } from "vitest";
import {
  assessmentConfigSchema,
  type CreditRecordFacts,
  createCreditRecordSchema,
  creditConfigSchema,
  creditGrade,
  creditScore,
  csvField,
  defaultCreditConfig,
  defaultExpiresOn,
  eligibility,
  gradeAtLeast,
  inForce,
  type PenaltyExportRow,
  penaltyExportColumns,
  renderPenaltyCsv,
} from "../src/index.js";

const config = defaultCreditConfig();
const record = (overrides: Partial<CreditRecordFacts> = {}): CreditRecordFacts => ({
  kind: "bad",
  category: "违规收费",
  points: 5,
  effectiveOn: "2026-03-01",
  expiresOn: "2027-03-01",
  revokedOn: null,
  ...overrides,
});

describe("credit config", () => {
  it("defaults to base 80, the issue's bands, 12 months and the bidding/award rules", () => {
    expect(config).toMatchObject({
      base: 80,
      bands: { AAA: 85, AA: 80, A: 70, B: 60 },
      cRequiresBadRecords: true,
      validityMonths: 12,
      eligibility: {
        bidding: { excludedGrades: ["C"], blacklistCategories: ["blacklist"] },
        award: { minGrade: "A", jointIncentives: { grade: "AAA" } },
      },
      export: { dataSource: null, dataSourceCode: null },
    });
    expect(config.eligibility.award.jointIncentives.incentives.map((i) => i.zh)).toEqual([
      "评优评先优先",
      "招投标加分",
      "减少检查频次",
    ]);
  });

  it("lives in the assessment policy's config, and rejects bands out of order", () => {
    expect(assessmentConfigSchema.parse({}).credit).toEqual(config);
    expect(assessmentConfigSchema.parse({ credit: { base: 100 } }).credit.base).toBe(100);
    const bad = creditConfigSchema.safeParse({ bands: { AAA: 70, AA: 80 } });
    expect(bad.success).toBe(false);
    expect(creditConfigSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });

  it("defaults expiresOn to validityMonths after effectiveOn, clamping to the month's end", () => {
    expect(defaultExpiresOn("2026-03-01", config)).toBe("2027-03-01");
    expect(defaultExpiresOn("2024-02-29", config)).toBe("2025-02-28");
    expect(defaultExpiresOn("2026-01-31", { validityMonths: 1 })).toBe("2026-02-28");
    expect(defaultExpiresOn("2026-11-15", { validityMonths: 3 })).toBe("2027-02-15");
  });
});

describe("grades at each band edge", () => {
  const cases: [number, boolean, string][] = [
    [85, false, "AAA"],
    [84.99, false, "AA"],
    [80, false, "AA"],
    [79.99, false, "A"],
    [70, false, "A"],
    [69.99, false, "B"],
    [60, true, "B"],
    [59.99, true, "C"],
    // Below 60 without a bad record in force: B (documented choice).
    [59.99, false, "B"],
    [0, false, "B"],
  ];
  for (const [score, bad, grade] of cases) {
    it(`${score}${bad ? " with bad records" : ""} → ${grade}`, () => {
      expect(creditGrade(score, bad, config)).toBe(grade);
    });
  }

  it("grades C without bad records when the tenant says so", () => {
    expect(creditGrade(59, false, { ...config, cRequiresBadRecords: false })).toBe("C");
  });

  it("orders grades", () => {
    expect(gradeAtLeast("AA", "A")).toBe(true);
    expect(gradeAtLeast("B", "A")).toBe(false);
    expect(gradeAtLeast("A", "A")).toBe(true);
  });
});

describe("creditScore on a date", () => {
  it("counts a record from effectiveOn to expiresOn inclusive, and not once revoked", () => {
    const r = record();
    expect(inForce(r, "2026-02-28")).toBe(false);
    expect(inForce(r, "2026-03-01")).toBe(true);
    expect(inForce(r, "2027-03-01")).toBe(true);
    expect(inForce(r, "2027-03-02")).toBe(false);
    const revoked = record({ revokedOn: "2026-06-01" });
    expect(inForce(revoked, "2026-05-31")).toBe(true);
    expect(inForce(revoked, "2026-06-01")).toBe(false);
  });

  it("is base + good − bad among the records in force, graded by the bands", () => {
    const records = [
      record({ kind: "good", points: 10, category: "年度优秀" }),
      record({ kind: "bad", points: 5.01 }),
      record({ kind: "bad", points: 100, effectiveOn: "2025-01-01", expiresOn: "2025-12-31" }),
    ];
    const on = creditScore(records, "2026-06-30", config);
    expect(on).toMatchObject({ base: 80, good: 10, bad: 5.01, score: 84.99, grade: "AA" });
    expect(on.inForce).toHaveLength(2);
    // Exactly 85 with the bad record 5 points: AAA.
    expect(
      creditScore([record({ kind: "good", points: 10 }), record({ points: 5 })], "2026-06-30", config),
    ).toMatchObject({ score: 85, grade: "AAA" });
    // The old record alone, on a day it was in force: 80 − 100 → C.
    expect(creditScore(records, "2025-06-30", config)).toMatchObject({ score: -20, grade: "C" });
    // Before anything: base.
    expect(creditScore(records, "2024-01-01", config)).toMatchObject({ score: 80, grade: "AA", inForce: [] });
  });

  it("avoids floating-point noise", () => {
    const records = [0.1, 0.2].map((points) => record({ kind: "good", points }));
    expect(creditScore(records, "2026-06-30", config).score).toBe(80.3);
  });
});

describe("eligibility", () => {
  it("excludes grade C from bidding, with a reason in both languages", () => {
    const verdict = eligibility("bidding", "C", [record()], config);
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons).toEqual([
      {
        code: "gradeExcluded",
        zh: "信用等级为 C，不得参加招投标。",
        en: "Credit grade C is excluded from bidding.",
      },
    ]);
    expect(verdict.incentives).toEqual([]);
  });

  it("excludes a blacklisted company whatever its grade, once per category", () => {
    const verdict = eligibility(
      "bidding",
      "AA",
      [
        record({ category: "blacklist" }),
        record({ category: "blacklist" }),
        record({ kind: "good", category: "x" }),
      ],
      config,
    );
    expect(verdict.allowed).toBe(false);
    expect(verdict.reasons.map((r) => r.code)).toEqual(["blacklisted"]);
    // A good record of that category does not blacklist.
    expect(
      eligibility("bidding", "AA", [record({ kind: "good", category: "blacklist" })], config).allowed,
    ).toBe(true);
  });

  it("requires the award's minimum grade, and gives AAA the joint incentives", () => {
    expect(eligibility("award", "B", [], config)).toMatchObject({
      allowed: false,
      reasons: [{ code: "gradeBelowMinimum" }],
    });
    expect(eligibility("award", "A", [], config)).toEqual({ allowed: true, reasons: [], incentives: [] });
    const aaa = eligibility("award", "AAA", [], config);
    expect(aaa.allowed).toBe(true);
    expect(aaa.incentives).toEqual(config.eligibility.award.jointIncentives.incentives);
    expect(eligibility("bidding", "AAA", [], config).incentives).toHaveLength(3);
    // Blacklisted AAA: not allowed, no incentives.
    expect(eligibility("award", "AAA", [record({ category: "blacklist" })], config)).toMatchObject({
      allowed: false,
      incentives: [],
    });
  });

  it("follows the tenant's config", () => {
    const strict = creditConfigSchema.parse({
      eligibility: { bidding: { excludedGrades: ["B", "C"] }, award: { minGrade: "AA" } },
    });
    expect(eligibility("bidding", "B", [], strict).allowed).toBe(false);
    expect(eligibility("award", "A", [], strict).allowed).toBe(false);
  });
});

describe("record input", () => {
  it("names the failing fields", () => {
    const res = createCreditRecordSchema.safeParse({
      kind: "ugly",
      category: "",
      points: -1,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-02-30",
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(
      ["category", "effectiveOn", "kind", "points"].sort(),
    );
  });
});

describe("the 双公示 penalty export", () => {
  it("documents nineteen columns in the layout's order, in Chinese and English", () => {
    expect(penaltyExportColumns.map((c) => c.code)).toEqual([
      "CF_WSH",
      "CF_XDR_MC",
      "CF_XDR_LB",
      "CF_XDR_SHXYM",
      "CF_FRDB",
      "CF_CFLB",
      "CF_WFXW",
      "CF_SY",
      "CF_YJ",
      "CF_NR",
      "CF_NR_FK",
      "CF_JDRQ",
      "CF_YXQ",
      "CF_GSJZQ",
      "CF_CFJG",
      "CF_CFJGDM",
      "CF_SJLY",
      "CF_SJLYDM",
      "BZ",
    ]);
    for (const c of penaltyExportColumns) {
      expect(c.zh.length, c.code).toBeGreaterThan(0);
      expect(c.en.length, c.code).toBeGreaterThan(0);
      expect(c.from.length, c.code).toBeGreaterThan(0);
    }
  });

  it("quotes fields with commas, quotes and line breaks; writes numbers plainly", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(0.5)).toBe("0.5");
    expect(csvField(0.1 + 0.2)).toBe("0.3");
  });

  it("starts with a BOM and ends every line with CRLF", () => {
    const row = Object.fromEntries(
      penaltyExportColumns.map((c) => [c.code, c.code.toLowerCase()]),
    ) as PenaltyExportRow;
    const csv = renderPenaltyCsv([row]);
    expect(csv.startsWith("\uFEFFCF_WSH,CF_XDR_MC,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toHaveLength(3);
    expect(renderPenaltyCsv([])).toBe(`\uFEFF${penaltyExportColumns.map((c) => c.code).join(",")}\r\n`);
  });
});
