import { describe, expect, it } from "vitest";
import {
  type AnyPolicy,
  AppError,
  cadenceWindowsEnding,
  checkDisclosureItem,
  createDisclosureSchema,
  disclosureItemLabel,
  disclosureItemsOf,
  disclosureWindow,
  disclosureWindowsDue,
  informationDisclosure,
  informationDisclosureConfigOf,
  informationDisclosureConfigSchema,
  type Mechanism,
  type PolicyContext,
  type PolicyDisclosure,
  type PolicyView,
  parsePeriod,
  withdrawDisclosureSchema,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const defaults = informationDisclosureConfigSchema.parse({});
const ctx = {} as PolicyContext;
const q2 = parsePeriod("2024-Q2");

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, errors: error.errors ?? [] };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("disclosure input", () => {
  const body = {
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    item: "feeStandard",
    period: "2026",
    title: "2026年收费标准",
    content: "住宅0.6元/平方米·月。",
  };

  it("needs a compound, a company or both, and checks ids, sizes and attachment URLs", () => {
    expect(createDisclosureSchema.parse(body)).toEqual({ ...body, attachments: [] });
    const neither = createDisclosureSchema.safeParse({ ...body, compoundId: undefined });
    expect(neither.success).toBe(false);
    expect(neither.error?.issues.map((i) => i.path.join("."))).toEqual(["compoundId"]);
    const bad = createDisclosureSchema.safeParse({
      ...body,
      companyId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      content: "x".repeat(20_001),
      attachments: ["ftp://files.example/a.pdf", "https://files.example/b.pdf"],
      extra: 1,
    });
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "",
      "attachments.0",
      "companyId",
      "content",
    ]);
    expect(
      createDisclosureSchema.safeParse({ ...body, attachments: Array(21).fill("https://a.example/x.pdf") })
        .success,
    ).toBe(false);
    expect(withdrawDisclosureSchema.safeParse({ reason: "  " }).success).toBe(false);
  });

  it("takes items from the config, with their cadence and labels", () => {
    expect(disclosureItemsOf(defaults).map((r) => [r.code, r.cadence, r.responsible])).toEqual([
      ["feeStandard", "yearly", "company"],
      ["serviceStandard", "yearly", "company"],
      ["publicRevenue", "quarterly", "company"],
      ["maintenanceFund", "yearly", "committee"],
      ["committeeDecisions", "monthly", "committee"],
      ["contractSummary", "yearly", "company"],
    ]);
    expect(disclosureItemLabel("publicRevenue")).toEqual({
      zh: "公共收益收支",
      en: "Public revenue and its use",
    });
    expect(disclosureItemLabel("custom")).toEqual({ zh: "custom", en: "custom" });
    const mechanism = {
      policies: {
        informationDisclosure: {
          enabled: true,
          config: { items: { publicRevenue: { cadence: "monthly" } } },
        },
      },
    } as unknown as Mechanism;
    expect(informationDisclosureConfigOf(mechanism).items.publicRevenue.cadence).toBe("monthly");
    expect(informationDisclosureConfigOf({ policies: {} } as unknown as Mechanism)).toEqual(defaults);
  });

  it("refuses an item the config does not have, naming the allowed ones", () => {
    const r = refusal(() => checkDisclosureItem(defaults, "parkingFees", "2026"));
    expect(r.code).toBe("unprocessable");
    expect(r.errors.map((e) => e.path)).toEqual(["body.item"]);
    expect(r.errors[0]?.message).toContain(
      "feeStandard, serviceStandard, publicRevenue, maintenanceFund, committeeDecisions, contractSummary",
    );
  });

  it("takes a period only on the item's cadence", () => {
    expect(checkDisclosureItem(defaults, "committeeDecisions", "2026-10").window).toEqual({
      label: "2026-10",
      start: "2026-10-01",
      end: "2026-10-31",
    });
    expect(checkDisclosureItem(defaults, "publicRevenue", "2026-Q4").window).toEqual({
      label: "2026-Q4",
      start: "2026-10-01",
      end: "2026-12-31",
    });
    expect(checkDisclosureItem(defaults, "feeStandard", "2026").window.end).toBe("2026-12-31");
    for (const [item, period] of [
      ["publicRevenue", "2026-10"],
      ["publicRevenue", "2026"],
      ["committeeDecisions", "2026-Q4"],
      ["committeeDecisions", "2026-13"],
      ["feeStandard", "2026-10"],
      ["feeStandard", "26"],
    ] as const) {
      const r = refusal(() => checkDisclosureItem(defaults, item, period));
      expect(r.errors.map((e) => e.path)).toEqual(["body.period"]);
    }
    expect(
      refusal(() => checkDisclosureItem(defaults, "publicRevenue", "2026")).errors[0]?.message,
    ).toContain("2026-Q4");
  });
});

describe("cadence windows", () => {
  it("names windows and lists those ending in a range", () => {
    expect(disclosureWindow("monthly", "2024-02")).toEqual({
      label: "2024-02",
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(disclosureWindow("quarterly", "2024-05")).toBeNull();
    expect(cadenceWindowsEnding("quarterly", "2025-12-01", "2026-06-30").map((w) => w.label)).toEqual([
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
  });

  it("a period judges the windows due in it (last day + grace days)", () => {
    const labels = (period: string, cadence: "monthly" | "quarterly" | "yearly", grace = 15) =>
      disclosureWindowsDue(parsePeriod(period), cadence, grace).map((w) => `${w.label}→${w.dueBy}`);
    // 2024-Q2 with 15 days: windows ending 03-17 … 06-15.
    expect(labels("2024-Q2", "monthly")).toEqual([
      "2024-03→2024-04-15",
      "2024-04→2024-05-15",
      "2024-05→2024-06-15",
    ]);
    expect(labels("2024-Q2", "quarterly")).toEqual(["2024-Q1→2024-04-15"]);
    expect(labels("2024-Q2", "yearly")).toEqual([]);
    // The first quarter of a year judges the year before.
    expect(labels("2027-Q1", "yearly")).toEqual(["2026→2027-01-15"]);
    expect(labels("2027-Q1", "quarterly")).toEqual(["2026-Q4→2027-01-15"]);
    expect(labels("2027-Q1", "monthly")).toEqual([
      "2026-12→2027-01-15",
      "2027-01→2027-02-15",
      "2027-02→2027-03-15",
    ]);
    // Without grace, a period judges its own windows.
    expect(labels("2024-Q2", "monthly", 0)).toEqual([
      "2024-04→2024-04-30",
      "2024-05→2024-05-31",
      "2024-06→2024-06-30",
    ]);
    // Twelve months of a year: each month judged by exactly one month.
    const months = Array.from({ length: 12 }, (_, i) =>
      labels(`2025-${String(i + 1).padStart(2, "0")}`, "monthly"),
    );
    expect(months.flat()).toHaveLength(12);
    expect(new Set(months.flat()).size).toBe(12);
  });
});

/**
 * On 2024-06-30 (the end of 2024-Q2, Asia/Shanghai) with the default config, Q2 judges the
 * windows due in it: publicRevenue 2024-Q1 (due 04-15, the company) and committeeDecisions
 * 2024-03, 2024-04, 2024-05 (due 04-15, 05-15, 06-15, the committee). Compounds under contract
 * on those days: a (皖美物业, committee ka) and c (恒安物业 from 2024-01-01, committee kc formed
 * 2024-03-01); b's contract k4 starts 2024-07-01, so b is not judged.
 */
describe("informationDisclosure.evaluate", () => {
  const published = (
    id: string,
    compoundId: string | null,
    item: string,
    period: string,
    publishedAt: string,
  ): PolicyDisclosure => ({ id, compoundId, companyId: null, item, period, publishedAt });

  const disclosures: PolicyDisclosure[] = [
    // a: all on time; 2024-04 at the last second of its due day (23:59:59 on 05-15, Shanghai).
    published("d1", "a", "publicRevenue", "2024-Q1", "2024-04-10T02:00:00.000Z"),
    published("d2", "a", "committeeDecisions", "2024-03", "2024-04-01T02:00:00.000Z"),
    published("d3", "a", "committeeDecisions", "2024-04", "2024-05-15T15:59:59.000Z"),
    published("d4", "a", "committeeDecisions", "2024-05", "2024-06-10T02:00:00.000Z"),
    // A second, later publication of a window changes nothing.
    published("d5", "a", "committeeDecisions", "2024-05", "2024-06-25T02:00:00.000Z"),
    // c: Q1 revenue at 00:00 on 04-16 (one day late); 2024-05 on 06-20 (five days late).
    published("d6", "c", "publicRevenue", "2024-Q1", "2024-04-15T16:00:00.000Z"),
    published("d7", "c", "committeeDecisions", "2024-05", "2024-06-20T04:00:00.000Z"),
    // After the view's instant: as if not published yet.
    published("d8", "c", "committeeDecisions", "2024-04", "2024-07-02T02:00:00.000Z"),
    // A company's own disclosure (no compound) does not stand for a compound's.
    published("d9", null, "committeeDecisions", "2024-03", "2024-04-01T02:00:00.000Z"),
    // Another window, not judged in Q2.
    published("d10", "c", "committeeDecisions", "2024-06", "2024-06-28T02:00:00.000Z"),
  ];
  const view = (over: Partial<PolicyView> = {}): PolicyView => ({ ...countyView(), disclosures, ...over });
  const run = (v: PolicyView, config = defaults, period = q2) =>
    informationDisclosure.evaluate!(period, v, config, ctx);

  it("judges disclosures and contracts", () => {
    expect(informationDisclosure.reads.evaluate).toEqual([
      "disclosures",
      "contracts",
      "compounds",
      "companies",
      "committees",
    ]);
    expect(run({ ...countyView() })).toEqual([]);
  });

  it("finds the missing and late disclosures of the quarter, exactly", () => {
    const committee = { type: "committee", id: "kc", name: "桃园小区业主委员会" };
    const base = (window: string, dueBy: string, item: string, responsible: string) => ({
      compoundId: "c",
      item,
      window,
      dueBy,
      responsible,
      contractId: "k2",
    });
    expect(run(view())).toEqual([
      {
        subject: { type: "company", id: "y", name: "恒安物业" },
        policy: "informationDisclosure",
        rule: "disclosureLate",
        severity: "minor",
        message: {
          zh: "恒安物业逾期公示桃园小区公共收益收支（2024-Q1）：应于2024-04-15前公示，2024-04-16才公示，逾期1天。",
          en: "恒安物业 disclosed the public revenue and its use of 桃园小区 for 2024-Q1 1 day(s) late: due by 2024-04-15, published 2024-04-16.",
        },
        evidence: {
          ...base("2024-Q1", "2024-04-15", "publicRevenue", "company"),
          disclosureId: "d6",
          publishedAt: "2024-04-15T16:00:00.000Z",
          daysLate: 1,
        },
        regionId: "C2",
      },
      {
        subject: committee,
        policy: "informationDisclosure",
        rule: "disclosureMissing",
        severity: "major",
        message: {
          zh: "桃园小区业主委员会未公示桃园小区业主委员会决定（2024-03），应于2024-04-15前公示。",
          en: "桃园小区业主委员会 has not disclosed the owners' committee decisions of 桃园小区 for 2024-03, due by 2024-04-15.",
        },
        evidence: base("2024-03", "2024-04-15", "committeeDecisions", "committee"),
        regionId: "C2",
      },
      {
        subject: committee,
        policy: "informationDisclosure",
        rule: "disclosureMissing",
        severity: "major",
        message: {
          zh: "桃园小区业主委员会未公示桃园小区业主委员会决定（2024-04），应于2024-05-15前公示。",
          en: "桃园小区业主委员会 has not disclosed the owners' committee decisions of 桃园小区 for 2024-04, due by 2024-05-15.",
        },
        evidence: base("2024-04", "2024-05-15", "committeeDecisions", "committee"),
        regionId: "C2",
      },
      {
        subject: committee,
        policy: "informationDisclosure",
        rule: "disclosureLate",
        severity: "minor",
        message: {
          zh: "桃园小区业主委员会逾期公示桃园小区业主委员会决定（2024-05）：应于2024-06-15前公示，2024-06-20才公示，逾期5天。",
          en: "桃园小区业主委员会 disclosed the owners' committee decisions of 桃园小区 for 2024-05 5 day(s) late: due by 2024-06-15, published 2024-06-20.",
        },
        evidence: {
          ...base("2024-05", "2024-06-15", "committeeDecisions", "committee"),
          disclosureId: "d7",
          publishedAt: "2024-06-20T04:00:00.000Z",
          daysLate: 5,
        },
        regionId: "C2",
      },
    ]);
  });

  it("has nothing to say when every disclosure is on time", () => {
    const complete = [
      ...disclosures,
      published("e1", "c", "publicRevenue", "2024-Q1", "2024-04-15T15:00:00.000Z"),
      published("e2", "c", "committeeDecisions", "2024-03", "2024-04-02T02:00:00.000Z"),
      published("e3", "c", "committeeDecisions", "2024-04", "2024-05-02T02:00:00.000Z"),
      published("e4", "c", "committeeDecisions", "2024-05", "2024-06-02T02:00:00.000Z"),
    ];
    expect(run(view({ disclosures: complete }))).toEqual([]);
  });

  it("falls back on the compound when no committee is in term, and skips items not required", () => {
    const v = view({ committees: countyView().committees.filter((k) => k.id !== "kc") });
    const found = run(v).filter((f) => f.rule === "disclosureMissing");
    expect(found.map((f) => [f.subject, f.evidence.window])).toEqual([
      [{ type: "compound", id: "c", name: "桃园小区" }, "2024-03"],
      [{ type: "compound", id: "c", name: "桃园小区" }, "2024-04"],
    ]);
    expect(found[0]?.message.zh).toBe(
      "桃园小区未公示业主委员会决定（2024-03），应于2024-04-15前公示（应由业主委员会公示，该小区无在任业主委员会）。",
    );
    const relaxed = informationDisclosureConfigSchema.parse({
      items: { committeeDecisions: { required: false } },
    });
    expect(run(view(), relaxed).map((f) => f.evidence.item)).toEqual(["publicRevenue"]);
  });

  it("holds a window until its due day is over, and follows graceDays", () => {
    // Judged on 2024-06-15 during the day: 2024-05 (due that day) is not judged yet.
    const midJune = view({ asOf: "2024-06-15", asAt: "2024-06-15T04:00:00.000Z" });
    expect(run(midJune).map((f) => f.evidence.window)).toEqual(["2024-Q1", "2024-03", "2024-04"]);
    // No grace: Q2 judges April, May, June and Q2 itself (due 06-30).
    const strict = informationDisclosureConfigSchema.parse({ graceDays: 0 });
    expect(
      run(view(), strict).map((f) => `${f.subject.id}:${f.evidence.item}:${f.evidence.window}:${f.rule}`),
    ).toEqual([
      "x:publicRevenue:2024-Q2:disclosureMissing",
      // Due at the month's end now: 2024-04 (published 05-15) and 2024-05 (06-10) are late.
      "ka:committeeDecisions:2024-04:disclosureLate",
      "ka:committeeDecisions:2024-05:disclosureLate",
      "ka:committeeDecisions:2024-06:disclosureMissing",
      "y:publicRevenue:2024-Q2:disclosureMissing",
      "kc:committeeDecisions:2024-04:disclosureMissing",
      "kc:committeeDecisions:2024-05:disclosureLate",
    ]);
  });

  it("judges the company under contract on the window's last day", () => {
    // Q3 judges 2024-06, 2024-07, 2024-08 and 2024-Q2. b comes under contract k4 on 2024-07-01.
    const q3 = parsePeriod("2024-Q3");
    const v = view({ asOf: "2024-09-30", disclosures: [] });
    const forB = run(v, defaults, q3).filter((f) => f.evidence.compoundId === "b");
    // June and Q2 end under no contract (k3 ended in 2020): only July and August are b's, and no
    // committee is in term, so they fall on the compound.
    expect(
      forB.map((f) => [f.subject.id, f.evidence.item, f.evidence.window, f.evidence.contractId]),
    ).toEqual([
      ["b", "committeeDecisions", "2024-07", "k4"],
      ["b", "committeeDecisions", "2024-08", "k4"],
    ]);
  });

  it("returns nothing for a view without disclosure facts (event hooks)", () => {
    const policy: AnyPolicy = informationDisclosure;
    expect(policy.evaluate!(q2, countyView(), defaults, ctx)).toEqual([]);
  });
});
