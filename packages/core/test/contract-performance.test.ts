import { describe, expect, it } from "vitest";
import {
  contractObligationsSchema,
  contractPerformance,
  contractPerformanceConfigSchema,
  createInspectionSchema,
  createPolicyRegistry,
  evaluateAll,
  findingKey,
  getPreset,
  type Mechanism,
  obligationMet,
  type PolicyCase,
  type PolicyInspection,
  type PolicyView,
  parseMechanism,
  parsePeriod,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const anhui: Mechanism = parseMechanism(getPreset("anhui-3338"), registry);
const ctx = { mechanism: anhui };
const june = parsePeriod("2024-06");
const q2 = parsePeriod("2024-Q2");
const defaults = contractPerformanceConfigSchema.parse({});
/** The end of 2024-06-30 in Asia/Shanghai. */
const END_OF_JUNE = "2024-06-30T16:00:00.000Z";

let seq = 0;
const kase = (overrides: Partial<PolicyCase>): PolicyCase => ({
  id: `case_${++seq}`,
  number: `MC-2024-${String(seq).padStart(6, "0")}`,
  category: "facilityRepair",
  kind: "complaint",
  compoundId: "a",
  gridId: null,
  communityId: "C1",
  guarantorUserId: null,
  guarantorName: null,
  status: "resolved",
  receivedAt: "2024-06-10T02:00:00.000Z",
  firstContactDueAt: "2024-06-10T04:00:00.000Z",
  contactedAt: "2024-06-10T03:00:00.000Z",
  resolutionDueAt: "2024-06-15T02:00:00.000Z",
  resolvedAt: "2024-06-14T02:00:00.000Z",
  rating: null,
  ratedAt: null,
  departments: [],
  guarantorActed: false,
  ...overrides,
});

/**
 * Contract k1 (皖美物业 x at 金域小区 a, community C1) promises repairs answered within 24 hours
 * and cleaning twice a day; k2 (恒安物业 y at 桃园小区 c) promises 3 patrols a day.
 */
function view(extra: Partial<PolicyView> = {}): PolicyView {
  const base = countyView();
  return {
    ...base,
    asAt: END_OF_JUNE,
    contracts: base.contracts.map((k) =>
      k.id === "k1"
        ? {
            ...k,
            obligations: [
              { kind: "repairResponseHours", value: 24 },
              { kind: "cleaningFrequency", value: 2 },
            ],
          }
        : k.id === "k2"
          ? { ...k, obligations: [{ kind: "securityPatrols", value: 3 }] }
          : k,
    ),
    cases: [],
    inspections: [],
    ...extra,
  };
}

const judge = (v: PolicyView, period = june, config = defaults) =>
  contractPerformance.evaluate?.(period, v, config, ctx) ?? [];

describe("contract obligations: validation", () => {
  it("takes one of each kind with values in their unit's range", () => {
    expect(
      contractObligationsSchema.safeParse([
        { kind: "repairResponseHours", value: 0.5 },
        { kind: "cleaningFrequency", value: 2, note: "每日早晚各一次" },
      ]).success,
    ).toBe(true);
  });

  it("names the failing field: a fraction of a time, a typo-sized value, a kind twice, an unknown kind", () => {
    const paths = (input: unknown) =>
      contractObligationsSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(
      paths([
        { kind: "repairResponseHours", value: 24 },
        { kind: "cleaningFrequency", value: 1.5 },
      ]),
    ).toEqual(["1.value"]);
    expect(paths([{ kind: "securityPatrols", value: 49 }])).toEqual(["0.value"]);
    expect(paths([{ kind: "repairResponseHours", value: 0.25 }])).toEqual(["0.value"]);
    expect(paths([{ kind: "repairResponseHours", value: 0 }])).toEqual(["0.value"]);
    expect(
      paths([
        { kind: "cleaningFrequency", value: 2 },
        { kind: "cleaningFrequency", value: 3 },
      ]),
    ).toEqual(["1.kind"]);
    expect(paths([{ kind: "fountainCleaning", value: 1 }])).toEqual(["0.kind"]);
  });

  it("an inspection result needs the observed value or pass/fail", () => {
    const r = createInspectionSchema.safeParse({
      compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      inspectedAt: "2024-06-12T10:00:00+08:00",
      inspector: "王建国",
      results: [{ kind: "cleaningFrequency", observed: 1 }, { kind: "securityPatrols" }],
    });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["results.1.observed"]);
  });

  it("a frequency is met at or above the promise, a response time at or below it", () => {
    expect([obligationMet("cleaningFrequency", 2, 2), obligationMet("cleaningFrequency", 2, 1)]).toEqual([
      true,
      false,
    ]);
    expect([
      obligationMet("repairResponseHours", 24, 24),
      obligationMet("repairResponseHours", 24, 24.5),
    ]).toEqual([true, false]);
  });
});

describe("contractPerformance", () => {
  it("no finding when the obligations are met", () => {
    const v = view({
      cases: [
        // Answered after exactly 24 hours: on time.
        kase({ receivedAt: "2024-06-03T01:00:00.000Z", contactedAt: "2024-06-04T01:00:00.000Z" }),
        // Two cleaning complaints in June: below the 3 a month.
        kase({ category: "environmentSanitation" }),
        kase({ category: "environmentSanitation" }),
      ],
      inspections: [
        {
          id: "isp_1",
          contractId: "k1",
          compoundId: "a",
          companyId: "x",
          inspectedAt: "2024-06-12T02:00:00.000Z",
          inspector: "王建国",
          results: [{ kind: "cleaningFrequency", promised: 2, observed: 2, passed: true }],
        },
      ],
    });
    expect(judge(v)).toEqual([]);
  });

  it("a repair case answered after more than the promised hours is a breach of the company", () => {
    const v = view({
      cases: [
        // 06-03 09:00 → 06-04 11:00 (UTC+8): 26 hours, late.
        kase({
          number: "MC-2024-000101",
          receivedAt: "2024-06-03T01:00:00.000Z",
          contactedAt: "2024-06-04T03:00:00.000Z",
        }),
        // Received 06-29 08:00 (UTC+8), never answered: at the end of June 40 hours, late.
        kase({
          number: "MC-2024-000102",
          receivedAt: "2024-06-29T00:00:00.000Z",
          contactedAt: null,
          status: "received",
        }),
        // On time (1 hour).
        kase({ number: "MC-2024-000103" }),
        // Late but cancelled: not substantiated, does not count.
        kase({ number: "MC-2024-000104", status: "cancelled", contactedAt: null }),
        // Late but in 桃园小区 (another compound, another contract).
        kase({ number: "MC-2024-000105", compoundId: "c", communityId: "C2", contactedAt: null }),
        // Late but a fee complaint: its category bears on no obligation.
        kase({ number: "MC-2024-000106", category: "feeDispute", contactedAt: null }),
        // Late but received in May: outside the period.
        kase({ number: "MC-2024-000107", receivedAt: "2024-05-30T01:00:00.000Z", contactedAt: null }),
      ],
    });
    const found = judge(v);
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({
      policy: "contractPerformance",
      rule: "responseLate",
      severity: "minor",
      subject: { type: "company", id: "x", name: "皖美物业" },
      regionId: "C1",
      key: "k1/repairResponseHours",
    });
    expect(f?.evidence).toMatchObject({
      contractId: "k1",
      obligation: "repairResponseHours",
      obligationName: "报修响应时限",
      promise: "24小时内",
      casesChecked: 3,
      late: [
        { number: "MC-2024-000101", hours: 26, status: "响应超时" },
        { number: "MC-2024-000102", hours: 40, status: "超时未响应" },
      ],
    });
    expect(f?.message.zh).toBe(
      "物业服务企业“皖美物业”在小区“金域小区”未履行合同约定的报修响应时限（24小时内响应）：本期3件相关诉求中2件首次响应超时（MC-2024-000101，26小时；MC-2024-000102，40小时）。",
    );
  });

  it("a month with as many complaints as the limit breaches a frequency; fewer does not", () => {
    const clean = (day: string) =>
      kase({ category: "environmentSanitation", receivedAt: `2024-${day}T02:00:00.000Z` });
    const v = view({
      cases: [clean("04-02"), clean("04-09"), clean("05-01"), clean("05-02"), clean("05-20"), clean("05-31")],
    });
    // Q2: April has 2 (below 3), May 4 (at or above 3), June none.
    const found = judge(v, q2);
    expect(found.map((f) => [f.rule, f.key])).toEqual([["complaintsOverLimit", "k1/cleaningFrequency"]]);
    expect(found[0]?.evidence).toMatchObject({
      threshold: 3,
      months: [{ month: "2024-05", count: 4 }],
    });
    expect(found[0]?.message.zh).toContain("2024-05收到相关投诉4件，达到每月3件的违约线");
    // A county that tolerates 5 a month: no breach.
    expect(judge(v, q2, contractPerformanceConfigSchema.parse({ complaintsPerMonth: 5 }))).toEqual([]);
  });

  it("an inspection that found an obligation not met is a major finding", () => {
    const inspection = (id: string, at: string, results: PolicyInspection["results"]): PolicyInspection => ({
      id,
      contractId: "k2",
      compoundId: "c",
      companyId: "y",
      inspectedAt: at,
      inspector: "李检查",
      results,
    });
    const v = view({
      inspections: [
        inspection("isp_1", "2024-06-05T02:00:00.000Z", [
          { kind: "securityPatrols", promised: 3, observed: 1, passed: false },
        ]),
        inspection("isp_2", "2024-06-20T02:00:00.000Z", [
          { kind: "securityPatrols", promised: 3, observed: null, passed: false },
        ]),
        inspection("isp_3", "2024-06-25T02:00:00.000Z", [
          { kind: "securityPatrols", promised: 3, observed: 3, passed: true },
        ]),
      ],
    });
    const found = judge(v);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "inspectionFailed",
      severity: "major",
      subject: { type: "company", id: "y", name: "恒安物业" },
      regionId: "C2",
      key: "k2/securityPatrols",
      evidence: {
        promise: "每日不少于3次",
        failed: [
          { inspectionId: "isp_1", inspectedOn: "2024-06-05", observed: 1 },
          { inspectionId: "isp_2", inspectedOn: "2024-06-20", observed: null },
        ],
      },
    });
    expect(found[0]?.message.zh).toBe(
      "物业服务企业“恒安物业”在小区“桃园小区”的秩序维护巡逻次数未达合同约定（每日不少于3次）：2024-06-05检查实测1；2024-06-20检查不合格。",
    );
  });

  it("judges only the days the contract was in force", () => {
    const base = view();
    const v = view({
      contracts: base.contracts.map((k) => (k.id === "k1" ? { ...k, endsOn: "2024-06-05" } : k)),
      cases: [kase({ receivedAt: "2024-06-10T01:00:00.000Z", contactedAt: null })],
    });
    expect(judge(v)).toEqual([]);
  });

  it("runs as an enabled policy of the anhui-3338 preset, with a key stable across runs", () => {
    const v = view({ cases: [kase({ contactedAt: null })] });
    const keys = () =>
      evaluateAll(anhui, v, june, registry)
        .filter((f) => f.policy === "contractPerformance")
        .map(findingKey);
    expect(keys()).toEqual(["contractPerformance/responseLate/company/x/k1/repairResponseHours"]);
    expect(keys()).toEqual(keys());
  });
});
