import { describe, expect, it } from "vitest";
import {
  categoryOf,
  complaintConfig,
  deadlinesFor,
  type Mechanism,
  mechanismSchema,
  presets,
} from "../src/index.js";

const anhui = (): Mechanism => mechanismSchema.parse(presets["anhui-3338"]);

/** The preset with the complaintHandling policy's config replaced. */
function withComplaintConfig(config: unknown): Mechanism {
  const m = anhui();
  return {
    ...m,
    policies: {
      ...m.policies,
      complaintHandling: { enabled: true, config: config as Record<string, unknown> },
    },
  };
}

describe("categoryOf", () => {
  it("finds the mechanism's category by code, and nothing for an unknown code", () => {
    const m = anhui();
    expect(categoryOf(m, "illegalConstruction")?.kind).toBe(
      m.categories.find((c) => c.code === "illegalConstruction")?.kind,
    );
    expect(categoryOf(m, "illegalConstruction")?.deadlines.workingDays).toBe(true);
    expect(categoryOf(m, "noSuchCategory")).toBeUndefined();
  });
});

describe("complaintConfig", () => {
  it("fills the policy's defaults when the mechanism leaves the config empty", () => {
    const c = complaintConfig(anhui());
    expect(c.firstContactHours).toBe(2);
    expect(c.reopenOnDissatisfaction).toBe(true);
    expect(c.reopenWindowDays).toBe(30);
    expect(c.targets).toEqual({ responseRate: 1, resolutionRate: 0.95, satisfactionRate: 0.9 });
  });

  it("keeps what the county configured", () => {
    const c = complaintConfig(withComplaintConfig({ reopenOnDissatisfaction: false, resolutionDays: 10 }));
    expect(c.reopenOnDissatisfaction).toBe(false);
    expect(c.resolutionDays).toBe(10);
    expect(c.checkInHours).toBe(2);
  });

  it("falls back to the defaults when the config does not parse", () => {
    const c = complaintConfig(withComplaintConfig({ resolutionDays: -3 }));
    expect(c.resolutionDays).toBe(7);
    expect(c.reopenOnDissatisfaction).toBe(true);
  });
});

describe("deadlinesFor", () => {
  it("a listed category's own deadlines win at normal priority", () => {
    const m = anhui();
    const category = categoryOf(m, "highAltitudeThrowing");
    expect(deadlinesFor(m, category)).toEqual(category?.deadlines);
  });

  it("an unlisted category takes the complaintHandling policy's deadlines", () => {
    const m = withComplaintConfig({
      firstContactHours: 6,
      checkInHours: 3,
      resolutionDays: 12,
      workingDays: true,
    });
    expect(deadlinesFor(m, undefined)).toEqual({
      firstContactHours: 6,
      checkInHours: 3,
      resolutionDays: 12,
      workingDays: true,
    });
  });

  it("a priority caps the category's deadlines with the work-order limits, never lengthens them", () => {
    const m = anhui();
    const category = categoryOf(m, "illegalConstruction");
    expect(deadlinesFor(m, category, "emergency")).toEqual({
      firstContactHours: 2,
      checkInHours: 1,
      resolutionDays: 1,
      workingDays: true,
    });
    const throwing = categoryOf(m, "highAltitudeThrowing");
    // Already shorter than the urgent limits (4 h, 3 days): unchanged.
    expect(deadlinesFor(m, throwing, "urgent")).toEqual(throwing?.deadlines);
  });
});
