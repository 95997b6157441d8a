import { describe, expect, it } from "vitest";
import {
  assessment,
  configOf,
  createPolicyRegistry,
  getPreset,
  parsePeriod,
  validateMechanism,
  yearEndStandings,
} from "../src/index.js";
import { emptyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const config = (over: Record<string, unknown> = {}) =>
  configOf(assessment, over) as Parameters<NonNullable<typeof assessment.evaluate>>[2];
const run = (period: string, view: ReturnType<typeof emptyView>, over: Record<string, unknown> = {}) =>
  (assessment.evaluate?.(parsePeriod(period), view, config(over), { mechanism: {} as never }) ?? []).filter(
    (f) => f.rule === "bulletinLate",
  );

describe("the assessment policy's monthly bulletin deadline (publishByDay)", () => {
  // October's bulletin is due by 10 November, end of day in Shanghai (15:59:59 UTC).
  const view = (publishedAt: string | null, asAt = "2026-11-30T15:59:59.999Z") => ({
    ...emptyView(),
    asOf: asAt.slice(0, 10),
    asAt,
    bulletins: publishedAt === null ? [] : [{ period: "2026-10", publishedAt }],
  });

  it("is met by a bulletin published on the day, in the county's zone", () => {
    expect(run("2026-11", view("2026-11-10T15:30:00.000Z"))).toEqual([]);
  });

  it("finds a bulletin published after the day, naming the month, the day and when", () => {
    const [late] = run("2026-11", view("2026-11-10T16:00:00.000Z"));
    expect(late).toMatchObject({
      subject: { type: "tenant", id: "tnt_1" },
      key: "2026-10",
      severity: "major",
      evidence: { bulletin: "2026-10", dueOn: "2026-11-10", publishedAt: "2026-11-10T16:00:00.000Z" },
    });
    expect(late?.message.zh).toContain("2026-10月通报应于2026-11-10前发布");
  });

  it("finds an unpublished bulletin only once its day has passed", () => {
    expect(run("2026-11", view(null, "2026-11-10T12:00:00.000Z"))).toEqual([]);
    expect(run("2026-11", view(null))).toHaveLength(1);
  });

  it("follows the configured day, and is off with the bulletins", () => {
    const published = view("2026-11-12T02:00:00.000Z");
    expect(run("2026-11", published)).toHaveLength(1);
    expect(run("2026-11", published, { monthlyBulletin: { publishByDay: 15 } })).toEqual([]);
    expect(run("2026-11", view(null), { monthlyBulletin: { enabled: false } })).toEqual([]);
  });

  it("judges each month of a quarter: the bulletins of September, October and November", () => {
    const found = run("2026-Q4", { ...view(null, "2026-12-31T15:59:59.999Z"), bulletins: [] });
    expect(found.map((f) => f.key)).toEqual(["2026-09", "2026-10", "2026-11"]);
  });
});

describe("year-end standings (yearEnd.excellent / lagging)", () => {
  const ok = (rank: number | null) => ({ rank, passed: true, vetoed: false });
  it("names the top and the last, ties included, and leaves the unranked out", () => {
    expect(yearEndStandings([1, 2, 3, 4, 5].map(ok), { excellent: 1, lagging: 1 })).toEqual([
      "excellent",
      null,
      null,
      null,
      "lagging",
    ]);
    expect(yearEndStandings([1, 1, 3, 4, 4, null].map(ok), { excellent: 1, lagging: 1 })).toEqual([
      "excellent",
      "excellent",
      null,
      "lagging",
      "lagging",
      null,
    ]);
    // Excellent wins where a short ranking would make a target both.
    expect(yearEndStandings([1, 2].map(ok), { excellent: 1, lagging: 2 })).toEqual(["excellent", "lagging"]);
    expect(yearEndStandings([1, 2, 3].map(ok), { excellent: 0, lagging: 0 })).toEqual([null, null, null]);
  });

  it("is never excellent when it failed or was vetoed, however few are ranked", () => {
    const cards = [
      ok(1),
      { rank: 2, passed: false, vetoed: false },
      { rank: 3, passed: false, vetoed: true },
    ];
    expect(yearEndStandings(cards, { excellent: 3, lagging: 1 })).toEqual(["excellent", null, "lagging"]);
    expect(yearEndStandings(cards, { excellent: 3, lagging: 3 })).toEqual([
      "excellent",
      "lagging",
      "lagging",
    ]);
  });
});

describe("retired config fields", () => {
  it("are dropped from stored documents, which stay valid; unknown fields are still refused", () => {
    const preset = structuredClone(getPreset("anhui-3338")) as Record<string, any>;
    preset.policies.assessment = {
      enabled: true,
      config: { quarterly: { enabled: false, weights: { complaintHandling: 1 }, passScore: 60 } },
    };
    const result = validateMechanism(preset, registry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.policies.assessment?.config).toMatchObject({ quarterly: { enabled: false } });
    expect(JSON.stringify(result.document.policies.assessment?.config)).not.toContain("weights");
    preset.policies.assessment.config.quarterly.weighting = 1;
    const refused = validateMechanism(preset, registry);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors.map((e) => e.path)).toEqual(["policies.assessment.config.quarterly"]);
  });
});
