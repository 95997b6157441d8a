import { describe, expect, it } from "vitest";
import {
  caseRates,
  complaintHandling,
  createPolicyRegistry,
  type Finding,
  getPreset,
  gridResponsibility,
  type Mechanism,
  type PolicyCase,
  type PolicyView,
  parseMechanism,
  parsePeriod,
  periodWindow,
  shiftMonths,
  startOfDayIn,
  viewInstant,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const anhui: Mechanism = parseMechanism(getPreset("anhui-3338"), registry);
const ctx = { mechanism: anhui };
const june = parsePeriod("2024-06");
/** The end of 2024-06-30 in Asia/Shanghai: the instant a June evaluation judges at. */
const END_OF_JUNE = "2024-06-30T16:00:00.000Z";

let seq = 0;
/** A case handled well: contacted and resolved on time in mid-June, no guarantor. */
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

/** In 桃园小区 (community C2), whose guarantor 王建国 is a named person without an account. */
const inC2 = (overrides: Partial<PolicyCase>) =>
  kase({ compoundId: "c", communityId: "C2", guarantorName: "王建国", guarantorActed: true, ...overrides });

/**
 * June 2024 in the county of policy-fixtures, judged at the end of June 30 (Asia/Shanghai):
 *
 * C1 东城社区
 *   k1 金域小区 grid g1 (guarantor user usr_2, 李网格): received 06-30 10:00, first contact due 12:00,
 *      not contacted, guarantor did nothing → first contact 12 h late; guarantor did not act
 *   k2 幸福小区 (no guarantor): contacted on time, whistled to 公安 on 06-28 (check-in due 2 h
 *      later, never came): check-in 60 h late; resolution due 06-20 00:00Z → 256 h late
 *   k3 cancelled with every deadline missed → nothing
 *   k4 金域小区 g1: not contacted, due 06-30 04:00Z, but the guarantor acted (a note) → late
 *      first contact, no guarantor finding
 * C2 西园社区 (桃园小区)
 *   c1–c3 on time, rated satisfied, satisfied, basically satisfied
 *   c4 contacted 2 h late (someone did: the named guarantor counts as having acted), basically satisfied
 *   c5 contacted 2 h late, rated unsatisfied
 *   c6 not contacted, due 06-30 15:00Z (23:00 local), nobody acted → 1 h late; guarantor did not act
 *   c7 first contact due 06-30 17:00Z = 07-01 01:00 local: July's, and not due at the instant judged
 *   c8 first contact due 05-31 16:30Z = 06-01 00:30 local: June's, met
 *   c9 rated 05-31 15:59Z = 23:59 local: May's
 */
function juneView(): PolicyView {
  seq = 0;
  const cases: PolicyCase[] = [
    kase({
      gridId: "g1",
      guarantorUserId: "usr_2",
      guarantorName: "李网格",
      status: "received",
      receivedAt: "2024-06-30T02:00:00.000Z",
      firstContactDueAt: "2024-06-30T04:00:00.000Z",
      contactedAt: null,
      resolutionDueAt: "2024-07-05T02:00:00.000Z",
      resolvedAt: null,
    }),
    kase({
      compoundId: "b",
      status: "whistled",
      resolutionDueAt: "2024-06-20T00:00:00.000Z",
      resolvedAt: null,
      departments: [
        {
          departmentId: "dep_police",
          round: 1,
          notifiedAt: "2024-06-28T02:00:00.000Z",
          checkInDueAt: "2024-06-28T04:00:00.000Z",
          checkedInAt: null,
          completedAt: null,
        },
      ],
    }),
    kase({
      gridId: "g1",
      guarantorUserId: "usr_2",
      status: "cancelled",
      contactedAt: null,
      resolvedAt: null,
      departments: [
        {
          departmentId: "dep_urban",
          round: 1,
          notifiedAt: "2024-06-10T02:00:00.000Z",
          checkInDueAt: "2024-06-10T04:00:00.000Z",
          checkedInAt: null,
          completedAt: null,
        },
      ],
    }),
    kase({
      gridId: "g1",
      guarantorUserId: "usr_2",
      guarantorName: "李网格",
      guarantorActed: true,
      status: "received",
      receivedAt: "2024-06-30T02:00:00.000Z",
      firstContactDueAt: "2024-06-30T04:00:00.000Z",
      contactedAt: null,
      resolutionDueAt: "2024-07-05T02:00:00.000Z",
      resolvedAt: null,
    }),
    inC2({ status: "rated", rating: "satisfied", ratedAt: "2024-06-16T02:00:00.000Z" }),
    inC2({ status: "rated", rating: "satisfied", ratedAt: "2024-06-16T02:00:00.000Z" }),
    inC2({ status: "rated", rating: "basicallySatisfied", ratedAt: "2024-06-16T02:00:00.000Z" }),
    inC2({
      contactedAt: "2024-06-10T06:00:00.000Z",
      status: "rated",
      rating: "basicallySatisfied",
      ratedAt: "2024-06-16T02:00:00.000Z",
    }),
    inC2({
      contactedAt: "2024-06-10T06:00:00.000Z",
      status: "rated",
      rating: "unsatisfied",
      ratedAt: "2024-06-16T02:00:00.000Z",
    }),
    inC2({
      status: "received",
      guarantorActed: false,
      receivedAt: "2024-06-30T13:00:00.000Z",
      firstContactDueAt: "2024-06-30T15:00:00.000Z",
      contactedAt: null,
      resolutionDueAt: "2024-07-05T13:00:00.000Z",
      resolvedAt: null,
    }),
    inC2({
      status: "received",
      guarantorActed: false,
      receivedAt: "2024-06-30T15:00:00.000Z",
      firstContactDueAt: "2024-06-30T17:00:00.000Z",
      contactedAt: null,
      resolutionDueAt: "2024-07-05T15:00:00.000Z",
      resolvedAt: null,
    }),
    inC2({
      receivedAt: "2024-05-31T14:30:00.000Z",
      firstContactDueAt: "2024-05-31T16:30:00.000Z",
      contactedAt: "2024-05-31T15:00:00.000Z",
      resolutionDueAt: "2024-06-05T14:30:00.000Z",
      resolvedAt: "2024-06-03T00:00:00.000Z",
    }),
    inC2({
      receivedAt: "2024-05-10T02:00:00.000Z",
      firstContactDueAt: "2024-05-10T04:00:00.000Z",
      contactedAt: "2024-05-10T03:00:00.000Z",
      resolutionDueAt: "2024-05-15T02:00:00.000Z",
      resolvedAt: "2024-05-14T02:00:00.000Z",
      status: "rated",
      rating: "satisfied",
      ratedAt: "2024-05-31T15:59:00.000Z",
    }),
  ];
  return { ...countyView(), asAt: END_OF_JUNE, cases };
}

const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.rule}/${f.subject.type}:${f.subject.id}/${f.severity}`);

describe("case instants in the tenant's zone", () => {
  it("days and periods begin at local midnight", () => {
    expect(new Date(startOfDayIn("2024-06-01", "Asia/Shanghai")).toISOString()).toBe(
      "2024-05-31T16:00:00.000Z",
    );
    // Across a daylight-saving change the offset of each midnight is its own.
    expect(new Date(startOfDayIn("2024-03-10", "America/New_York")).toISOString()).toBe(
      "2024-03-10T05:00:00.000Z",
    );
    expect(new Date(startOfDayIn("2024-03-11", "America/New_York")).toISOString()).toBe(
      "2024-03-11T04:00:00.000Z",
    );
    const w = periodWindow(june, "Asia/Shanghai");
    expect([new Date(w.from).toISOString(), new Date(w.to).toISOString()]).toEqual([
      "2024-05-31T16:00:00.000Z",
      END_OF_JUNE,
    ]);
    const q4 = periodWindow(parsePeriod("2026-Q4"), "Asia/Shanghai");
    expect(new Date(q4.to).toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });

  it("holds at the ends of the calendar: years 1 to 99 are not 1900 to 1999", () => {
    // Local mean time: Shanghai was 8:05:43 ahead of UTC before standard time.
    expect(new Date(startOfDayIn("0001-01-02", "Asia/Shanghai")).toISOString()).toBe(
      "0001-01-01T15:54:17.000Z",
    );
    expect(new Date(startOfDayIn("0050-06-01", "UTC")).toISOString()).toBe("0050-06-01T00:00:00.000Z");
    // West of UTC the first guess falls in 1 BC, which the zone's format names by its era.
    expect(new Date(startOfDayIn("0001-01-01", "America/New_York")).toISOString()).toBe(
      "0001-01-01T04:56:02.000Z",
    );
    expect(new Date(startOfDayIn("9999-12-31", "Asia/Shanghai")).toISOString()).toBe(
      "9999-12-30T16:00:00.000Z",
    );
    expect(shiftMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(shiftMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(shiftMonths("0099-03-31", -12)).toBe("0098-03-31");
    expect(shiftMonths("0001-11-14", -12)).toBeUndefined();
    expect(shiftMonths("0001-01-31", -1)).toBeUndefined();
    expect(shiftMonths("0001-02-28", -1)).toBe("0001-01-28");
    expect(shiftMonths("9999-06-30", 12)).toBe("9999-12-31");
    expect(shiftMonths("1900-01-31", 1)).toBe("1900-02-28");
    expect(shiftMonths("2000-01-31", 1)).toBe("2000-02-29");
  });

  it("a view judges at asAt, else at the end of asOf in the tenant's zone", () => {
    expect(viewInstant({ ...countyView(), asAt: "2024-06-30T08:00:00.000Z" })).toBe(
      Date.parse("2024-06-30T08:00:00.000Z"),
    );
    expect(viewInstant(countyView())).toBe(Date.parse(END_OF_JUNE));
  });
});

describe("caseRates", () => {
  const window = periodWindow(june, "Asia/Shanghai");
  const at = Date.parse(END_OF_JUNE);

  it("counts the three rates of C2 by the deadlines and ratings that fall in June (local)", () => {
    const c2 = juneView().cases!.filter((c) => c.communityId === "C2");
    expect(caseRates(c2, window, at)).toEqual({
      // c1–c3 and c8 met; c4, c5 late; c6 missed; c7 is July's.
      responseRate: { numerator: 4, denominator: 7, rate: 4 / 7 },
      // c1–c5 and c8 due in June, all resolved on time; c9 was due in May.
      resolutionRate: { numerator: 6, denominator: 6, rate: 1 },
      // c1–c5 rated in June; c9's rating at 23:59 on May 31 local is May's.
      satisfactionRate: { numerator: 4, denominator: 5, rate: 0.8 },
    });
  });

  it("leaves out cancelled cases and cases still inside their deadline", () => {
    const pending = kase({
      status: "received",
      firstContactDueAt: "2024-06-20T04:00:00.000Z",
      contactedAt: null,
      resolvedAt: null,
    });
    const cancelled = kase({ status: "cancelled", contactedAt: null, resolvedAt: null });
    const earlyBird = kase({
      firstContactDueAt: "2024-06-20T04:00:00.000Z",
      contactedAt: "2024-06-20T01:00:00.000Z",
    });
    const atNoon = Date.parse("2024-06-20T02:00:00.000Z");
    expect(caseRates([pending, cancelled, earlyBird], window, atNoon).responseRate).toEqual({
      numerator: 1,
      denominator: 1,
      rate: 1,
    });
    // Once the deadline passes, the pending case is missed.
    expect(caseRates([pending, cancelled, earlyBird], window, at).responseRate).toEqual({
      numerator: 1,
      denominator: 2,
      rate: 0.5,
    });
    expect(caseRates([], window, at).responseRate).toEqual({ numerator: 0, denominator: 0, rate: null });
  });
});

describe("complaintHandling.evaluate", () => {
  const defaults = complaintHandling.configSchema.parse({});

  it("judges cases now", () => {
    expect(complaintHandling.reads).toEqual({
      evaluate: ["cases", "regions", "departments"],
      on: ["departments"],
    });
    expect(defaults.minCases).toBe(5);
  });

  it("finds each overdue case against the responsible unit, and low rates per community", () => {
    const findings = complaintHandling.evaluate!(june, juneView(), defaults, ctx);
    expect(brief(findings)).toEqual([
      "firstContactOverdue/region:C1/minor", // k1, 12 h
      "checkInOverdue/department:dep_police/major", // k2, 60 h
      "resolutionOverdue/region:C1/critical", // k2, 256 h
      "firstContactOverdue/region:C1/minor", // k4
      "firstContactOverdue/region:C2/minor", // c6, 1 h
      "lowResponseRate/region:C2/major", // 4/7 against 100 %
      "lowSatisfactionRate/region:C2/minor", // 4/5 against 90 %
    ]);
    for (const f of findings) expect(f.policy).toBe("complaintHandling");

    const [k1, checkIn, resolution] = findings;
    expect(k1).toMatchObject({
      subject: { type: "region", id: "C1", name: "东城社区" },
      regionId: "C1",
      evidence: {
        caseId: "case_1",
        caseNumber: "MC-2024-000001",
        category: "serviceQuality",
        compoundId: "a",
        deadline: "2024-06-30T04:00:00.000Z",
        hoursLate: 12,
      },
    });
    expect(k1?.message.zh).toContain("MC-2024-000001");
    expect(checkIn).toMatchObject({
      subject: { type: "department", id: "dep_police", name: "公安" },
      regionId: "C1",
      evidence: { caseNumber: "MC-2024-000002", deadline: "2024-06-28T04:00:00.000Z", hoursLate: 60 },
    });
    expect(checkIn?.message.en).toContain("has not checked in");
    expect(resolution?.evidence).toMatchObject({ deadline: "2024-06-20T00:00:00.000Z", hoursLate: 256 });

    const response = findings.find((f) => f.rule === "lowResponseRate");
    expect(response).toMatchObject({
      subject: { type: "region", id: "C2", name: "西园社区" },
      regionId: "C2",
      evidence: { period: "2024-06", numerator: 4, denominator: 7, rate: 4 / 7, target: 1 },
    });
    expect(response?.message.zh).toBe("西园社区2024-06响应率为57.1%（4/7），低于目标100%。");
    // Nothing personal in the evidence.
    expect(JSON.stringify(findings)).not.toMatch(/王建国|李网格|usr_2/);
  });

  it("judges a community's rates only from minCases cases on, against the configured targets", () => {
    const few = complaintHandling.configSchema.parse({ minCases: 3 });
    // C1's response now counts: k1 and k4 missed, k2 met → 1/3. Its resolution (k2 alone, 0/1) still does not.
    expect(
      brief(complaintHandling.evaluate!(june, juneView(), few, ctx).filter((f) => f.rule.startsWith("low"))),
    ).toEqual([
      "lowResponseRate/region:C1/major",
      "lowResponseRate/region:C2/major",
      "lowSatisfactionRate/region:C2/minor",
    ]);
    const lenient = complaintHandling.configSchema.parse({
      targets: { responseRate: 0.5, resolutionRate: 0.5, satisfactionRate: 0.8 },
    });
    expect(
      complaintHandling.evaluate!(june, juneView(), lenient, ctx).filter((f) => f.rule.startsWith("low")),
    ).toEqual([]);
  });

  it("judges overdue at the view's instant: earlier, fewer deadlines have passed", () => {
    const morning = { ...juneView(), asAt: "2024-06-30T05:00:00.000Z" };
    const findings = complaintHandling.evaluate!(june, morning, defaults, ctx);
    expect(brief(findings).filter((b) => b.includes("Overdue"))).toEqual([
      "firstContactOverdue/region:C1/minor",
      "checkInOverdue/department:dep_police/major",
      "resolutionOverdue/region:C1/critical",
      "firstContactOverdue/region:C1/minor",
    ]);
    expect(findings[0]?.evidence.hoursLate).toBe(1);
  });

  it("a case done after the instant judged was still overdue then", () => {
    const view = juneView();
    const later = {
      ...view,
      // k1 was contacted in July: at the end of June it was still waiting.
      cases: view.cases!.map((c) =>
        c.id === "case_1" ? { ...c, contactedAt: "2024-07-01T08:00:00.000Z" } : c,
      ),
    };
    expect(brief(complaintHandling.evaluate!(june, later, defaults, ctx))[0]).toBe(
      "firstContactOverdue/region:C1/minor",
    );
  });

  it("returns nothing without cases", () => {
    expect(complaintHandling.evaluate!(june, countyView(), defaults, ctx)).toEqual([]);
    expect(complaintHandling.evaluate!(june, { ...countyView(), cases: [] }, defaults, ctx)).toEqual([]);
  });
});

describe("gridResponsibility.evaluate over cases", () => {
  const defaults = gridResponsibility.configSchema.parse({});

  it("finds cases whose guarantor did not act, against the grid or the compound, naming the guarantor", () => {
    expect(defaults.requireGuarantorAction).toBe(true);
    expect(gridResponsibility.reads.evaluate).toEqual(["compounds", "grids", "cases"]);
    const found = gridResponsibility.evaluate!(june, juneView(), defaults, ctx).filter(
      (f) => f.rule === "guarantorDidNotAct",
    );
    expect(brief(found)).toEqual(["guarantorDidNotAct/grid:g1/major", "guarantorDidNotAct/compound:c/major"]);
    expect(found[0]).toMatchObject({
      policy: "gridResponsibility",
      subject: { type: "grid", id: "g1", name: "金域小区 一网格" },
      regionId: "C1",
      evidence: {
        caseId: "case_1",
        caseNumber: "MC-2024-000001",
        gridId: "g1",
        guarantorUserId: "usr_2",
        firstContactDueAt: "2024-06-30T04:00:00.000Z",
        contactedAt: null,
      },
    });
    expect(found[0]?.message.zh).toContain("李网格");
    expect(found[0]?.message.en).toContain("MC-2024-000001");
    expect(found[1]).toMatchObject({
      subject: { type: "compound", id: "c", name: "桃园小区" },
      regionId: "C2",
    });
    expect(found[1]?.message.zh).toContain("王建国");
  });

  it("keeps its other findings as they were, and can be switched off", () => {
    const withoutCases = gridResponsibility.evaluate!(june, countyView(), defaults, ctx);
    expect(withoutCases.length).toBeGreaterThan(0);
    expect(
      gridResponsibility.evaluate!(june, juneView(), defaults, ctx).filter(
        (f) => f.rule !== "guarantorDidNotAct",
      ),
    ).toEqual(withoutCases);
    const off = gridResponsibility.configSchema.parse({ requireGuarantorAction: false });
    expect(gridResponsibility.evaluate!(june, juneView(), off, ctx)).toEqual(withoutCases);
  });

  it("judges only cases whose first-contact deadline falls in the period and has passed", () => {
    // In May none of June's deadlines fall.
    const may = parsePeriod("2024-05");
    expect(
      gridResponsibility.evaluate!(may, juneView(), defaults, ctx).filter(
        (f) => f.rule === "guarantorDidNotAct",
      ),
    ).toEqual([]);
    // Before c6's deadline (15:00Z) only k1 has passed its own.
    const afternoon = { ...juneView(), asAt: "2024-06-30T14:00:00.000Z" };
    expect(
      brief(
        gridResponsibility.evaluate!(june, afternoon, defaults, ctx).filter(
          (f) => f.rule === "guarantorDidNotAct",
        ),
      ),
    ).toEqual(["guarantorDidNotAct/grid:g1/major"]);
  });
});
