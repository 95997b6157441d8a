import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type AnyPolicy,
  AppError,
  type CultivateExcellenceConfig,
  createNominationSchema,
  createPolicyRegistry,
  cultivateExcellence,
  definePolicy,
  type ExcellenceEvidence,
  type Finding,
  gatherExcellenceEvidence,
  getPreset,
  judgeCandidate,
  nominationAllowedActions,
  nominationTransition,
  type PolicyCase,
  type PolicyView,
  parseMechanism,
  parsePeriod,
  rejectNominationSchema,
  wholeMonthsBetween,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const context = { mechanism: parseMechanism(getPreset("anhui-3338"), registry) };
const defaults: CultivateExcellenceConfig = cultivateExcellence.configSchema.parse({});
const y2024 = parsePeriod("2024");
/** The end of 2024-12-31 in Asia/Shanghai: the instant the year is judged at. */
const END_OF_YEAR = "2024-12-31T16:00:00.000Z";

const withCriteria = (
  criteria: Partial<CultivateExcellenceConfig["criteria"]>,
): CultivateExcellenceConfig => ({
  ...defaults,
  criteria: { ...defaults.criteria, ...criteria },
});

describe("nomination schema and transitions", () => {
  const ctr = "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

  it("accepts a contract, a level and a year; refuses each bad field by name", () => {
    expect(createNominationSchema.parse({ contractId: ctr, level: "municipal", year: 2024 })).toEqual({
      contractId: ctr,
      level: "municipal",
      year: 2024,
    });
    const bad = createNominationSchema.safeParse({
      contractId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      level: "national",
      year: 1999,
      note: "",
      extra: 1,
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join(".") || i.code).sort();
    expect(paths).toEqual(["contractId", "level", "note", "unrecognized_keys", "year"]);
    expect(
      createNominationSchema.safeParse({ contractId: ctr, level: "provincial", year: 2101 }).success,
    ).toBe(false);
    expect(
      createNominationSchema.safeParse({ contractId: ctr, level: "provincial", year: 2024.5 }).success,
    ).toBe(false);
    expect(rejectNominationSchema.safeParse({}).success).toBe(false);
  });

  it("moves a nomination once: withdrawn, awarded or rejected, then nothing", () => {
    expect(nominationAllowedActions("nominated")).toEqual(["withdraw", "award", "reject"]);
    expect(nominationTransition("nominated", "withdraw")).toBe("withdrawn");
    expect(nominationTransition("nominated", "award")).toBe("awarded");
    expect(nominationTransition("nominated", "reject")).toBe("rejected");
    for (const status of ["withdrawn", "awarded", "rejected"] as const) {
      expect(nominationAllowedActions(status)).toEqual([]);
      try {
        nominationTransition(status, "award");
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({
          code: "conflict",
          extensions: { currentStatus: status, allowedActions: [], reason: "nomination_not_awardable" },
        });
      }
    }
  });
});

describe("judgeCandidate", () => {
  /** A contract meeting every criterion, credit included (AA ≥ A). */
  const good: ExcellenceEvidence = {
    assessedOn: "2024-12-31",
    overdueCases: { overdue: 1, beyondLimit: 0, oldestOverdueDays: 3 },
    satisfaction: { rated: 20, satisfied: 19, rate: 0.95 },
    disclosures: { findings: 0, rules: [] },
    projectManager: { since: "2022-01-01", months: 35, changesInYear: 0 },
    credit: { grade: "AA" },
  };
  const statuses = (evidence: ExcellenceEvidence, config = defaults) =>
    Object.fromEntries(judgeCandidate(evidence, config).criteria.map((c) => [c.code, c.status]));

  it("passes a contract meeting every criterion, with figures and reasons", () => {
    const verdict = judgeCandidate(good, defaults);
    expect(verdict).toMatchObject({ eligible: true, pending: false });
    expect(verdict.criteria.map((c) => [c.code, c.status])).toEqual([
      ["overdueCases", "pass"],
      ["satisfaction", "pass"],
      ["disclosures", "pass"],
      ["projectManagerTenure", "pass"],
      ["creditGrade", "pass"],
    ]);
    expect(verdict.criteria[1]).toEqual({
      code: "satisfaction",
      label: { zh: "群众满意率", en: "Residents' satisfaction rate" },
      status: "pass",
      evidence: { rated: 20, satisfied: 19, rate: 0.95, minRate: 0.9 },
      reason: {
        zh: "满意率95.0%（19/20），不低于90.0%。",
        en: "Satisfaction 95.0% (19 of 20), at least 90.0%.",
      },
    });
    expect(verdict.criteria[3]?.evidence).toEqual({
      since: "2022-01-01",
      months: 35,
      changesInYear: 0,
      minMonths: 12,
    });
  });

  it("fails each criterion on its own figures", () => {
    const cases: [string, ExcellenceEvidence][] = [
      ["overdueCases", { ...good, overdueCases: { overdue: 2, beyondLimit: 1, oldestOverdueDays: 31 } }],
      ["satisfaction", { ...good, satisfaction: { rated: 10, satisfied: 8, rate: 0.8 } }],
      ["disclosures", { ...good, disclosures: { findings: 2, rules: ["disclosureMissing"] } }],
      [
        "projectManagerTenure",
        { ...good, projectManager: { since: "2024-02-15", months: 10, changesInYear: 1 } },
      ],
      ["creditGrade", { ...good, credit: { grade: "B" } }],
    ];
    for (const [code, evidence] of cases) {
      const verdict = judgeCandidate(evidence, defaults);
      expect(verdict, code).toMatchObject({ eligible: false, pending: false });
      expect(verdict.criteria.filter((c) => c.status !== "pass").map((c) => c.code)).toEqual([code]);
    }
    const overdue = judgeCandidate(cases[0]![1], defaults).criteria[0];
    expect(overdue?.reason).toEqual({
      zh: "2024-12-31有1件诉求逾期超过30天，最长逾期31天。",
      en: "1 case(s) overdue for more than 30 days on 2024-12-31; the oldest 31 days.",
    });
    // Exactly at the line passes: 0.9 ≥ 0.9, 12 ≥ 12 months, grade A ≥ A.
    expect(
      statuses({
        ...good,
        satisfaction: { rated: 10, satisfied: 9, rate: 0.9 },
        projectManager: { since: "2023-12-31", months: 12, changesInYear: 0 },
        credit: { grade: "A" },
      }),
    ).toMatchObject({ satisfaction: "pass", projectManagerTenure: "pass", creditGrade: "pass" });
  });

  it("holds a contract whose credit is not yet known as pending, never as a candidate", () => {
    const verdict = judgeCandidate({ ...good, credit: { grade: null } }, defaults);
    expect(verdict).toMatchObject({ eligible: false, pending: true });
    expect(verdict.criteria.at(-1)).toEqual({
      code: "creditGrade",
      label: { zh: "企业信用等级", en: "Company credit grade" },
      status: "notEvaluable",
      evidence: { grade: null, minGrade: "A" },
      reason: {
        zh: "企业信用档案尚未建立，信用等级暂无法评价。",
        en: "Company credit files do not exist yet: the credit grade cannot be judged.",
      },
    });
    // A failing criterion outweighs an unknown one: not eligible, not pending.
    expect(
      judgeCandidate(
        { ...good, credit: { grade: null }, satisfaction: { rated: 4, satisfied: 1, rate: 0.25 } },
        defaults,
      ),
    ).toMatchObject({ eligible: false, pending: false });
    // No rated case: the satisfaction rate is unknown, not a pass.
    expect(statuses({ ...good, satisfaction: { rated: 0, satisfied: 0, rate: null } })).toMatchObject({
      satisfaction: "notEvaluable",
    });
  });

  it("leaves out credit when minCreditGrade is null, and disclosures when not required", () => {
    const noCredit = judgeCandidate(
      { ...good, credit: { grade: null } },
      withCriteria({ minCreditGrade: null }),
    );
    expect(noCredit).toMatchObject({ eligible: true, pending: false });
    expect(noCredit.criteria.map((c) => c.code)).not.toContain("creditGrade");
    const noDisclosures = judgeCandidate(
      { ...good, disclosures: { findings: 5, rules: ["x"] } },
      withCriteria({ requireDisclosuresComplete: false }),
    );
    expect(noDisclosures.eligible).toBe(true);
    expect(noDisclosures.criteria.map((c) => c.code)).not.toContain("disclosures");
    // Limits follow the config.
    expect(statuses(good, withCriteria({ maxOverdueCaseAgeDays: 2 }))).toMatchObject({
      overdueCases: "pass",
    });
    expect(
      statuses(
        { ...good, overdueCases: { overdue: 1, beyondLimit: 1, oldestOverdueDays: 3 } },
        withCriteria({ maxOverdueCaseAgeDays: 2 }),
      ),
    ).toMatchObject({ overdueCases: "fail" });
    expect(statuses(good, withCriteria({ minProjectManagerMonths: 36 }))).toMatchObject({
      projectManagerTenure: "fail",
    });
    expect(statuses(good, withCriteria({ minCreditGrade: "AAA" }))).toMatchObject({ creditGrade: "fail" });
  });
});

describe("wholeMonthsBetween", () => {
  it("counts full months", () => {
    expect(wholeMonthsBetween("2024-02-15", "2024-12-31")).toBe(10);
    expect(wholeMonthsBetween("2024-02-15", "2025-02-14")).toBe(11);
    expect(wholeMonthsBetween("2024-02-15", "2025-02-15")).toBe(12);
    expect(wholeMonthsBetween("2025-01-01", "2024-12-31")).toBe(0);
  });
});

describe("gatherExcellenceEvidence", () => {
  let seq = 0;
  const kase = (overrides: Partial<PolicyCase>): PolicyCase => ({
    id: `case_${++seq}`,
    number: `MC-2024-${String(seq).padStart(6, "0")}`,
    category: "serviceQuality",
    kind: "complaint",
    compoundId: "a",
    gridId: null,
    communityId: "C1",
    guarantorUserId: null,
    guarantorName: null,
    status: "contacted",
    receivedAt: "2024-06-01T02:00:00.000Z",
    firstContactDueAt: "2024-06-01T04:00:00.000Z",
    contactedAt: "2024-06-01T03:00:00.000Z",
    resolutionDueAt: "2024-06-06T02:00:00.000Z",
    resolvedAt: null,
    rating: null,
    ratedAt: null,
    departments: [],
    guarantorActed: false,
    ...overrides,
  });
  /** Received a week before it was rated, resolved the day before. */
  const rated = (ratedAt: string, rating: PolicyCase["rating"]) => {
    const t = Date.parse(ratedAt);
    const at = (days: number, hours = 0) => new Date(t + days * 86_400_000 + hours * 3_600_000).toISOString();
    return kase({
      status: "rated",
      receivedAt: at(-7),
      firstContactDueAt: at(-7, 2),
      contactedAt: at(-7, 1),
      resolutionDueAt: at(-2),
      resolvedAt: at(-1),
      rating,
      ratedAt,
    });
  };
  /** Received at `receivedAt`, contacted an hour later, due to be resolved at `resolutionDueAt`. */
  const contacted = (receivedAt: string, resolutionDueAt: string, overrides: Partial<PolicyCase> = {}) => {
    const t = Date.parse(receivedAt);
    return kase({
      receivedAt,
      firstContactDueAt: new Date(t + 2 * 3_600_000).toISOString(),
      contactedAt: new Date(t + 3_600_000).toISOString(),
      resolutionDueAt,
      ...overrides,
    });
  };

  /** 皖美物业 (x) at 金域小区 (a) under k1 (2022-01-01 … 2025-12-31), judged at the end of 2024. */
  const view = (): PolicyView => {
    const county = countyView();
    return {
      ...county,
      asOf: "2024-12-31",
      asAt: END_OF_YEAR,
      contracts: county.contracts.map((k) =>
        k.id === "k1"
          ? { ...k, projectManagerChanges: 2, projectManagerChangedOn: ["2023-05-10", "2024-02-15"] }
          : k,
      ),
      cases: [
        // Overdue since 2024-11-10 10:00 (Shanghai): 51 days at the end of the year.
        contacted("2024-11-01T02:00:00.000Z", "2024-11-10T02:00:00.000Z"),
        // Overdue 6 days.
        contacted("2024-12-20T02:00:00.000Z", "2024-12-25T02:00:00.000Z"),
        // Never contacted: overdue since its first-contact deadline, a day and a half ago.
        kase({
          status: "received",
          receivedAt: "2024-12-30T00:00:00.000Z",
          firstContactDueAt: "2024-12-30T02:00:00.000Z",
          contactedAt: null,
          resolutionDueAt: "2025-01-04T00:00:00.000Z",
        }),
        // Whistled; the department never checked in: overdue since its check-in deadline.
        contacted("2024-12-28T00:00:00.000Z", "2025-01-05T00:00:00.000Z", {
          status: "whistled",
          departments: [
            {
              departmentId: "dep_urban",
              round: 1,
              notifiedAt: "2024-12-28T01:00:00.000Z",
              checkInDueAt: "2024-12-28T03:00:00.000Z",
              checkedInAt: null,
              completedAt: null,
            },
          ],
        }),
        // Resolved late, but resolved: not overdue. Rated in the year: 2 of 3 satisfied.
        rated("2024-06-06T02:00:00.000Z", "satisfied"),
        rated("2024-03-01T02:00:00.000Z", "basicallySatisfied"),
        rated("2024-05-01T02:00:00.000Z", "unsatisfied"),
        // Rated in 2023 (Shanghai: 2023-12-31 23:00): not this year's.
        rated("2023-12-31T15:00:00.000Z", "satisfied"),
        // Cancelled: not overdue.
        kase({ status: "cancelled" }),
        // Another compound, and a case before the contract began: not the contract's.
        contacted("2024-01-01T02:00:00.000Z", "2024-01-02T00:00:00.000Z", { compoundId: "b" }),
        contacted("2021-06-01T02:00:00.000Z", "2021-06-02T00:00:00.000Z"),
      ],
    };
  };

  /** A disclosure judge that finds one thing against each unit of each contract it is shown. */
  const seen: string[][] = [];
  const disclosurePolicy: AnyPolicy = definePolicy({
    id: "test.disclosures",
    title: { zh: "公示", en: "Disclosures" },
    description: { zh: "公示", en: "Disclosures" },
    configSchema: z.object({}),
    reads: { evaluate: ["disclosures"] },
    evaluate(_period, v) {
      seen.push(v.contracts.map((k) => k.id));
      return v.contracts.flatMap((k): Finding[] => {
        const finding = (
          type: "company" | "compound" | "committee",
          id: string,
          rule: string,
          responsible: string,
        ): Finding => ({
          subject: { type, id, name: id },
          policy: "test.disclosures",
          rule,
          severity: "minor",
          message: { zh: rule, en: rule },
          evidence: { compoundId: k.compoundId, responsible },
        });
        return [
          finding("company", k.companyId, "disclosureMissing", "company"),
          finding("compound", k.compoundId, "disclosureLate", "company"),
          finding("committee", `committee-of-${k.compoundId}`, "disclosureMissing", "committee"),
          // A committee item of a compound without a committee: not the company's.
          finding("compound", k.compoundId, "disclosureMissing", "committee"),
        ];
      });
    },
  });

  const k1 = () => view().contracts.find((k) => k.id === "k1")!;

  it("gathers overdue cases, satisfaction, disclosures and the project manager's tenure", () => {
    seen.length = 0;
    const evidence = gatherExcellenceEvidence({
      contract: k1(),
      view: view(),
      year: y2024,
      config: defaults,
      disclosures: { policy: disclosurePolicy, config: {}, context },
    });
    expect(evidence).toEqual({
      assessedOn: "2024-12-31",
      overdueCases: { overdue: 4, beyondLimit: 1, oldestOverdueDays: 51 },
      satisfaction: { rated: 3, satisfied: 2, rate: 2 / 3 },
      // The company's and the compound's, not the committee's.
      disclosures: { findings: 2, rules: ["disclosureLate", "disclosureMissing"] },
      projectManager: { since: "2024-02-15", months: 10, changesInYear: 1 },
      credit: { grade: null },
    });
    // The policy saw a view of this contract alone.
    expect(seen).toEqual([["k1"]]);
    expect(judgeCandidate(evidence, defaults).criteria.map((c) => [c.code, c.status])).toEqual([
      ["overdueCases", "fail"],
      ["satisfaction", "fail"],
      ["disclosures", "fail"],
      ["projectManagerTenure", "fail"],
      ["creditGrade", "notEvaluable"],
    ]);
  });

  it("judges a contract without changes from its start, and says when disclosures cannot be judged", () => {
    const v = view();
    const unchanged = { ...k1(), projectManagerChanges: 0, projectManagerChangedOn: [] };
    const notJudging = { ...disclosurePolicy, reads: { evaluate: [] } };
    const evidence = gatherExcellenceEvidence({
      contract: unchanged,
      view: v,
      year: y2024,
      config: defaults,
      disclosures: { policy: notJudging, config: {}, context },
      creditGrade: "AAA",
    });
    expect(evidence.projectManager).toEqual({ since: "2022-01-01", months: 35, changesInYear: 0 });
    expect(evidence.credit).toEqual({ grade: "AAA" });
    expect(evidence.disclosures).toEqual({
      unavailable: {
        zh: "信息公示制度尚未评价公示数据，公示是否齐全暂无法评价。",
        en: "The informationDisclosure policy does not judge disclosures yet: completeness cannot be judged.",
      },
    });
    const reason = { zh: "未启用", en: "Not enabled" };
    expect(
      gatherExcellenceEvidence({
        contract: unchanged,
        view: v,
        year: y2024,
        config: defaults,
        disclosures: { unavailable: reason },
      }).disclosures,
    ).toEqual({ unavailable: reason });
    // Changes whose days the view does not know: the tenure is not evaluable.
    const { projectManagerChangedOn: _, ...unknownDays } = k1();
    const unknown = gatherExcellenceEvidence({
      contract: unknownDays,
      view: v,
      year: y2024,
      config: defaults,
      disclosures: { unavailable: reason },
    });
    expect(
      judgeCandidate(unknown, defaults).criteria.find((c) => c.code === "projectManagerTenure")?.status,
    ).toBe("notEvaluable");
  });

  it("counts nothing without cases", () => {
    const evidence = gatherExcellenceEvidence({
      contract: k1(),
      view: { ...view(), cases: [] },
      year: y2024,
      config: defaults,
      disclosures: { policy: disclosurePolicy, config: {}, context },
    });
    expect(evidence.overdueCases).toEqual({ overdue: 0, beyondLimit: 0, oldestOverdueDays: null });
    expect(evidence.satisfaction).toEqual({ rated: 0, satisfied: 0, rate: null });
  });
});

describe("cultivateExcellence: project-manager changes within the period's year", () => {
  const judge = (period: string, changedOn: string[], changes = changedOn.length) => {
    const county = countyView();
    const v: PolicyView = {
      ...county,
      asOf: parsePeriod(period).end,
      // k1: 2022-01-01 … 2025-12-31 (皖美物业 at 金域小区); the other contracts left out.
      contracts: county.contracts
        .filter((k) => k.id === "k1")
        .map((k) => ({ ...k, projectManagerChanges: changes, projectManagerChangedOn: changedOn })),
    };
    return cultivateExcellence.evaluate!(parsePeriod(period), v, defaults, context);
  };

  it("finds more changes in the year than allowed, even when the contract's average is within bounds", () => {
    // By 2024-12-31 (1096 days served: 4 contract years of 365 days) 4 changes are allowed overall;
    // two of them within 2024 exceed 1 a year.
    expect(judge("2024", ["2024-03-01", "2024-09-01"])).toEqual([
      {
        subject: { type: "company", id: "x", name: "皖美物业" },
        policy: "cultivateExcellence",
        rule: "projectManagerUnstable",
        severity: "minor",
        message: {
          zh: "皖美物业在小区“金域小区”的项目经理2024年内更换2次，超过每年1次。",
          en: '皖美物业 changed the project manager of compound "金域小区" 2 times in 2024; at most 1 a year.',
        },
        evidence: {
          contractId: "k1",
          compoundId: "a",
          changes: 2,
          contractYears: 4,
          allowed: 4,
          year: 2024,
          changesInYear: 2,
        },
        regionId: "C1",
      },
    ]);
    // A month of that year counts the changes of the year up to its last day.
    expect(judge("2024-05", ["2024-03-01"])).toEqual([]);
    expect(judge("2024-10", ["2024-03-01", "2024-09-01"]).map((f) => f.evidence.changesInYear)).toEqual([2]);
    // One change a year is within bounds.
    expect(judge("2024", ["2022-06-01", "2023-06-01", "2024-06-01"])).toEqual([]);
  });

  it("still finds a contract changing more often than allowed over its years, once", () => {
    // By 2024-09-30: 3 contract years, 3 changes allowed, 4 made (none in 2024).
    const found = judge("2024-Q3", ["2022-02-01", "2022-05-01", "2023-01-01", "2023-06-01"]);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toEqual({
      contractId: "k1",
      compoundId: "a",
      changes: 4,
      contractYears: 3,
      allowed: 3,
      year: 2024,
      changesInYear: 0,
    });
    expect(found[0]?.message.zh).toBe("皖美物业在小区“金域小区”的项目经理3年内更换4次，超过每年1次。");
  });
});
