import { describe, expect, it } from "vitest";
import {
  AppError,
  anhui3338,
  createPolicyRegistry,
  eightRules,
  getPreset,
  type MechanismInput,
  measureCompleteness,
  mechanismSchema,
  parseMechanism,
  presetIds,
  presets,
  summariseCompleteness,
  validateMechanism,
} from "../src/index.js";
import { countyView, mengchengDepartmentCodes } from "./policy-fixtures.js";

const registry = createPolicyRegistry();

/** A small valid document to break in one place at a time. */
function doc(): MechanismInput {
  return {
    name: { zh: "测试机制", en: "Test mechanism" },
    levels: [
      {
        code: "community",
        name: { zh: "社区", en: "Community" },
        unit: "community",
        bodyRequired: true,
        venueRequired: false,
        team: { code: "station", name: { zh: "服务站", en: "Station" }, dedicatedStaff: 1 },
      },
      {
        code: "compound",
        name: { zh: "小区", en: "Compound" },
        unit: "compound",
        bodyRequired: false,
        venueRequired: false,
      },
    ],
    roster: { core: ["police", "urbanManagement"], utilities: ["powerSupply"] },
    categories: [
      {
        code: "parking",
        name: { zh: "停车", en: "Parking" },
        kind: "violation",
        departments: ["police"],
        deadlines: { firstContactHours: 2, checkInHours: 2, resolutionDays: 3 },
      },
      {
        code: "noise",
        name: { zh: "噪音", en: "Noise" },
        kind: "complaint",
        departments: ["urbanManagement", "police"],
        deadlines: { firstContactHours: 2, checkInHours: 4, resolutionDays: 5, workingDays: true },
      },
      {
        code: "outage",
        name: { zh: "停电", en: "Outage" },
        kind: "complaint",
        departments: ["powerSupply"],
        deadlines: { firstContactHours: 1, checkInHours: 1, resolutionDays: 1 },
      },
      {
        code: "neighbours",
        name: { zh: "邻里", en: "Neighbours" },
        kind: "dispute",
        departments: [],
        deadlines: { firstContactHours: 4, checkInHours: 24, resolutionDays: 7 },
      },
    ],
    policies: {
      complaintHandling: { enabled: true, config: { firstContactHours: 1 } },
      gridResponsibility: { enabled: false, config: {} },
    },
  };
}

const errorsOf = (input: unknown, known?: { departmentCodes?: string[] }) => {
  const result = validateMechanism(input, registry, known);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};

describe("mechanism document", () => {
  it("a good document validates, with defaults and every policy config filled in", () => {
    const result = validateMechanism(doc(), registry, { departmentCodes: mengchengDepartmentCodes });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.document;
    expect(d.thresholds).toEqual({ partyEligibility: 3 });
    expect(d.levels[1]?.team).toBeNull();
    expect(d.categories[0]?.deadlines.workingDays).toBe(false);
    expect(d.policies.complaintHandling).toEqual({
      enabled: true,
      config: {
        firstContactHours: 1,
        checkInHours: 2,
        resolutionDays: 7,
        workingDays: false,
        reopenOnDissatisfaction: true,
        reopenWindowDays: 30,
        targets: { responseRate: 1, resolutionRate: 0.95, satisfactionRate: 0.9 },
        minCases: 5,
        escalation: { townshipAfterHours: 24, countyAfterHours: 72 },
      },
    });
    expect(d.schedule.monthlyEvaluation).toEqual({ enabled: true, day: 1, hour: 2 });
    expect(d.policies.gridResponsibility).toEqual({
      enabled: false,
      config: {
        requireCompoundGuarantor: true,
        requireGridGuarantor: true,
        requireGrids: true,
        requireGuarantorAction: true,
      },
    });
  });

  it("the schema alone accepts it and refuses a category department outside the roster", () => {
    expect(mechanismSchema.safeParse(doc()).success).toBe(true);
    const bad = doc();
    bad.categories[3]!.departments = ["forestry"];
    const issues = mechanismSchema.safeParse(bad).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([["categories.3.departments.0", "Department 'forestry' is not in the roster."]]);
  });

  it("repeated level codes", () => {
    const bad = doc();
    bad.levels[1]!.code = "community";
    expect(errorsOf(bad)).toEqual([{ path: "levels.1.code", message: "Level code 'community' repeats." }]);
  });

  it("two levels on one unit, and levels out of order", () => {
    const twice = doc();
    twice.levels[1]!.unit = "community";
    expect(errorsOf(twice)).toEqual([
      { path: "levels.1.unit", message: "Two levels apply to the unit 'community'." },
    ]);
    const upsideDown = doc();
    upsideDown.levels.reverse();
    expect(errorsOf(upsideDown)).toEqual([
      {
        path: "levels.1.unit",
        message: "Levels run from the top down: township or street, then community, then compound.",
      },
    ]);
  });

  it("repeated category codes and repeated departments in a category", () => {
    const bad = doc();
    bad.categories[2]!.code = "parking";
    bad.categories[1]!.departments = ["police", "police"];
    expect(errorsOf(bad)).toEqual([
      { path: "categories.1.departments.1", message: "Department 'police' repeats." },
      { path: "categories.2.code", message: "Category code 'parking' repeats." },
    ]);
  });

  it("a category department outside the roster", () => {
    const bad = doc();
    bad.categories[3]!.departments = ["police", "forestry"];
    expect(errorsOf(bad)).toEqual([
      { path: "categories.3.departments.1", message: "Department 'forestry' is not in the roster." },
    ]);
  });

  it("roster: repeats and a department both core and utility", () => {
    const bad = doc();
    bad.roster = { core: ["police", "police"], utilities: ["police", "powerSupply", "urbanManagement"] };
    expect(errorsOf(bad)).toEqual([
      { path: "roster.core.1", message: "Department 'police' repeats." },
      {
        path: "roster.utilities.0",
        message: "Department 'police' is already in core; a department is core or a utility, not both.",
      },
    ]);
  });

  it("roster codes unknown to the registry, when the registry's codes are given", () => {
    const bad = doc();
    bad.roster.utilities = ["powerSupply", "gasSupply"];
    expect(errorsOf(bad, { departmentCodes: mengchengDepartmentCodes })).toEqual([
      { path: "roster.utilities.1", message: "No department with code 'gasSupply' in the registry." },
    ]);
    // Without the registry's codes the document is fine.
    expect(validateMechanism(bad, registry).ok).toBe(true);
  });

  it("an unknown policy id, enabled or not", () => {
    const bad = doc();
    bad.policies.noSuchRule = { enabled: false, config: {} };
    const errors = errorsOf(bad);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("policies.noSuchRule");
    expect(errors[0]?.message).toMatch(/^Unknown policy 'noSuchRule'\. Known policies: partyLeadership, /);
  });

  it("a bad policy config value is reported at its path inside the config", () => {
    const bad = doc();
    bad.policies.complaintHandling = { enabled: true, config: { firstContactHours: -1, colour: "red" } };
    bad.policies.informationDisclosure = {
      enabled: false,
      config: { items: { publicRevenue: { cadence: "weekly" } } },
    };
    expect(errorsOf(bad)).toEqual([
      {
        path: "policies.complaintHandling.config.firstContactHours",
        message: "Too small: expected number to be >0",
      },
      { path: "policies.complaintHandling.config", message: 'Unrecognized key: "colour"' },
      {
        path: "policies.informationDisclosure.config.items.publicRevenue.cadence",
        message: 'Invalid option: expected one of "monthly"|"quarterly"|"yearly"',
      },
    ]);
  });

  it("a policy config's fields are checked: the quarterly switch is a boolean", () => {
    const bad = doc();
    bad.policies.assessment = { enabled: true, config: { quarterly: { enabled: "yes" } } };
    expect(errorsOf(bad).map((e) => e.path)).toEqual(["policies.assessment.config.quarterly.enabled"]);
  });

  it("names every error at once, across parts of the document", () => {
    const bad = doc() as Record<string, unknown> & MechanismInput;
    bad.levels[0]!.team = { code: "station", name: { zh: "服务站", en: "Station" }, dedicatedStaff: 1.5 };
    bad.categories[0]!.departments = ["fireRescue"];
    bad.policies.complaintHandling = { enabled: true, config: { checkInHours: "soon" } };
    bad.extra = true;
    expect(errorsOf(bad)).toEqual([
      { path: "levels.0.team.dedicatedStaff", message: "A whole number." },
      { path: "", message: 'Unrecognized key: "extra"' },
      { path: "categories.0.departments.0", message: "Department 'fireRescue' is not in the roster." },
      {
        path: "policies.complaintHandling.config.checkInHours",
        message: "Invalid input: expected number, received string",
      },
    ]);
  });

  it("refuses what is not a document", () => {
    expect(errorsOf("3338")).toEqual([
      { path: "", message: "Invalid input: expected object, received string" },
    ]);
    expect(errorsOf({})).toEqual([
      { path: "name", message: "Invalid input: expected object, received undefined" },
      { path: "levels", message: "Invalid input: expected array, received undefined" },
      { path: "roster", message: "Invalid input: expected object, received undefined" },
      { path: "categories", message: "Invalid input: expected array, received undefined" },
      { path: "policies", message: "Invalid input: expected record, received undefined" },
    ]);
  });

  it("parseMechanism throws an unprocessable AppError listing the errors", () => {
    const bad = doc();
    bad.levels[1]!.code = "community";
    try {
      parseMechanism(bad, registry);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("unprocessable");
      expect((e as AppError).errors).toEqual([
        { path: "levels.1.code", message: "Level code 'community' repeats." },
      ]);
    }
    expect(parseMechanism(doc(), registry).name.zh).toBe("测试机制");
  });
});

describe("presets", () => {
  it("ships anhui-3338 and compact-2level", () => {
    expect(presetIds).toEqual(["anhui-3338", "compact-2level"]);
    expect(getPreset("nope")).toBeUndefined();
  });

  it.each(presetIds)("%s is valid by the schema and against the Mengcheng registry", (id) => {
    expect(mechanismSchema.safeParse(presets[id]).success).toBe(true);
    const result = validateMechanism(getPreset(id), registry, { departmentCodes: mengchengDepartmentCodes });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.document.preset).toBe(id);
  });

  it("getPreset returns a copy", () => {
    const copy = getPreset("anhui-3338")!;
    copy.levels.pop();
    expect(anhui3338.levels).toHaveLength(3);
  });

  it("anhui-3338: 3 levels, 3 teams, 3 levels of venues, 8 rules, 8+N roster, 11 violations", () => {
    const d = parseMechanism(getPreset("anhui-3338"), registry);
    expect(
      d.levels.map((l) => [l.unit, l.bodyRequired, l.venueRequired, l.team?.name.zh, l.team?.dedicatedStaff]),
    ).toEqual([
      ["township", true, true, "街道(物业管理办公室)", 2],
      ["community", true, true, "社区物业管理机构", 1],
      ["compound", true, true, "业委会", 1],
    ]);
    expect(d.roster.core).toHaveLength(8);
    expect(d.roster.utilities).toEqual(["powerSupply", "waterSupply", "telecom"]);
    const violations = d.categories.filter((c) => c.kind === "violation");
    expect(violations.map((c) => `${c.code} ${c.name.zh} ${c.departments.join("+")}`)).toEqual([
      "highAltitudeThrowing 高空抛物 police",
      "illegalConstruction 乱搭乱建 urbanManagement+naturalResources",
      "greeneryDestruction 毁绿种菜 urbanManagement",
      "garbageDumping 任意弃置垃圾 urbanManagement",
      "disorderlyParking 车辆乱停乱放 police+urbanManagement",
      "fireLaneOccupation 占用消防和公共通道 fireRescue",
      "flyingWireCharging 飞线充电 fireRescue+powerSupply",
      "illegalGroupRenting 违规群租 police+housingCentre",
      "illegalBusiness 违规经营 marketRegulation",
      "ebikeIndoorCharging 电动车违规进楼入户停放充电 fireRescue",
      "illegalAdvertising 违法发布广告 urbanManagement+marketRegulation",
    ]);
    for (const kind of ["complaint", "dispute", "consultation"] as const)
      expect(d.categories.some((c) => c.kind === kind)).toBe(true);
    const enabled = Object.entries(d.policies)
      .filter(([, e]) => e.enabled)
      .map(([id]) => id);
    expect(enabled).toEqual([...eightRules.map((p) => p.id), "mechanismCompleteness", "contractPerformance"]);
    expect(d.thresholds.partyEligibility).toBe(3);
  });

  it("compact-2level differs: 2 levels, 4+1 roster, 4 of the eight + householdsPerGrid, threshold 5", () => {
    const d = parseMechanism(getPreset("compact-2level"), registry);
    expect(d.levels.map((l) => l.unit)).toEqual(["community", "compound"]);
    expect([...d.roster.core, ...d.roster.utilities]).toEqual([
      "police",
      "urbanManagement",
      "fireRescue",
      "housingCentre",
      "powerSupply",
    ]);
    const enabled = Object.entries(d.policies)
      .filter(([, e]) => e.enabled)
      .map(([id]) => id);
    const eight = new Set<string>(eightRules.map((p) => p.id));
    expect(enabled.filter((id) => eight.has(id))).toHaveLength(4);
    expect(enabled).toContain("householdsPerGrid");
    expect(d.thresholds.partyEligibility).toBe(5);
    expect(d.policies.householdsPerGrid?.config).toEqual({ maxHouseholdsPerGrid: 250 });
  });
});

describe("mechanism completeness figures", () => {
  const levels = parseMechanism(getPreset("anhui-3338"), registry).levels;

  it("measures each unit of each level", () => {
    const rows = measureCompleteness(levels, countyView());
    expect(rows.map((r) => [r.level, r.unit.id])).toEqual([
      ["township", "S"],
      ["township", "T"],
      ["community", "C1"],
      ["community", "C2"],
      ["compound", "a"],
      ["compound", "b"],
      ["compound", "c"],
    ]);
    expect(rows[1]).toEqual({
      level: "township",
      unit: { type: "region", id: "T", name: "小涧镇" },
      regionId: "T",
      regionIds: ["T"],
      bodies: { present: 0, required: 1 },
      dedicatedStaff: { present: 1, required: 2 },
      venues: { present: 1, required: 1 },
      guarantors: { present: 0, required: 0 },
    });
    expect(rows[4]).toEqual({
      level: "compound",
      unit: { type: "compound", id: "a", name: "金域小区" },
      regionId: "C1",
      regionIds: ["C1", "S"],
      bodies: { present: 1, required: 1 },
      dedicatedStaff: { present: 1, required: 1 },
      venues: { present: 1, required: 1 },
      guarantors: { present: 2, required: 3 },
    });
  });

  it("sums per level, for the county and for a subtree", () => {
    const rows = measureCompleteness(levels, countyView());
    const county = summariseCompleteness(levels, rows);
    expect(
      county.map((l) => [l.level, l.units, l.complete, l.bodies, l.dedicatedStaff, l.venues, l.guarantors]),
    ).toEqual([
      [
        "township",
        2,
        1,
        { present: 1, required: 2 },
        { present: 3, required: 4 },
        { present: 2, required: 2 },
        { present: 0, required: 0 },
      ],
      [
        "community",
        2,
        1,
        { present: 1, required: 2 },
        { present: 1, required: 2 },
        { present: 1, required: 2 },
        { present: 0, required: 0 },
      ],
      [
        "compound",
        3,
        1,
        { present: 1, required: 3 },
        { present: 1, required: 3 },
        { present: 1, required: 3 },
        { present: 3, required: 6 },
      ],
    ]);
    const street = summariseCompleteness(levels, rows, "S");
    expect(street.map((l) => [l.level, l.units, l.complete])).toEqual([
      ["township", 1, 1],
      ["community", 1, 1],
      ["compound", 2, 1],
    ]);
  });
});
