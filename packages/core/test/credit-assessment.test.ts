import { describe, expect, it } from "vitest";
import { type AssessedCard, assessmentConfigSchema, assessmentCreditRecords } from "../src/index.js";

const config = assessmentConfigSchema.parse({});
const annual = { kind: "annual", period: "2026" };
const card = (overrides: Partial<AssessedCard> = {}): AssessedCard => ({
  targetType: "company",
  targetId: "com_a",
  templateCode: "company-annual",
  rank: 1,
  total: 96,
  grade: "优秀",
  passed: true,
  vetoed: false,
  assessable: true,
  ...overrides,
});

describe("assessmentCreditRecords", () => {
  it("files a good record for the top companies and a bad one for failing or vetoed companies", () => {
    const records = assessmentCreditRecords(
      annual,
      [
        card(),
        card({ targetId: "com_b", rank: 4, total: 80, grade: "良好" }),
        card({ targetId: "com_c", rank: 5, total: 52, grade: "不合格", passed: false }),
        card({ targetId: "com_d", rank: 2, total: 90, vetoed: true }),
      ],
      config,
    );
    expect(records).toEqual([
      {
        companyId: "com_a",
        templateCode: "company-annual",
        kind: "good",
        category: "annualExcellent",
        points: 5,
        evidence: "2026年度考核第1名（96分，优秀）",
      },
      {
        companyId: "com_c",
        templateCode: "company-annual",
        kind: "bad",
        category: "assessmentFailed",
        points: 5,
        evidence: "2026年度考核不合格（52分）",
      },
      {
        companyId: "com_d",
        templateCode: "company-annual",
        kind: "bad",
        category: "assessmentFailed",
        points: 5,
        evidence: "2026年度考核一票否决（90分）",
      },
    ]);
  });

  it("includes ties at the last place counted, and writes an empty grade as nothing", () => {
    const records = assessmentCreditRecords(
      annual,
      [card({ rank: 3, grade: null, total: 88 }), card({ targetId: "com_b", rank: 3, total: 88 })],
      config,
    );
    expect(records.map((r) => [r.companyId, r.evidence])).toEqual([
      ["com_a", "2026年度考核第3名（88分，）"],
      ["com_b", "2026年度考核第3名（88分，优秀）"],
    ]);
  });

  it("files nothing for monthly assessments, with resultsToCredit off, or for townships", () => {
    const failing = card({ passed: false });
    expect(
      assessmentCreditRecords({ kind: "monthly", period: "2026-03" }, [card(), failing], config),
    ).toEqual([]);
    expect(assessmentCreditRecords(annual, [card(), failing], { ...config, resultsToCredit: false })).toEqual(
      [],
    );
    expect(assessmentCreditRecords(annual, [card({ targetType: "region" })], config)).toEqual([]);
  });

  it("leaves out unassessable cards and rules worth no points", () => {
    expect(
      assessmentCreditRecords(annual, [card({ assessable: false, passed: false, rank: null })], config),
    ).toEqual([]);
    const noPoints = assessmentConfigSchema.parse({
      results: { annualTopGood: { points: 0 }, failingBad: { points: 0 } },
    });
    expect(assessmentCreditRecords(annual, [card(), card({ passed: false })], noPoints)).toEqual([]);
    const noTop = assessmentConfigSchema.parse({ results: { annualTopGood: { count: 0 } } });
    expect(assessmentCreditRecords(annual, [card()], noTop)).toEqual([]);
  });
});
