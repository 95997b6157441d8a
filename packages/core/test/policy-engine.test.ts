import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AppError,
  builtinPolicies,
  createPolicyRegistry,
  definePolicy,
  describePolicies,
  evaluateAll,
  type Finding,
  getPreset,
  type Mechanism,
  onEvent,
  parseMechanism,
  parsePeriod,
  periodLabelSchema,
  policyDefaults,
  policyJsonSchema,
  validateMechanism,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

/** A county's own rule, as a plugin: compounds with no committee in term get a finding. */
const committeeFormation = definePolicy({
  id: "guoyang.committeeFormation",
  title: { zh: "业委会应建尽建", en: "Every compound has an owners' committee" },
  description: {
    zh: "户数达到规模的小区须成立业主委员会。",
    en: "Compounds above a size have an owners' committee.",
  },
  configSchema: z.object({ minHouseholds: z.number().int().min(1).default(100) }).strict(),
  reads: { evaluate: ["compounds", "committees"] },
  evaluate(_period, view, config): Finding[] {
    return view.compounds
      .filter((c) => c.households >= config.minHouseholds)
      .filter(
        (c) =>
          !view.committees.some(
            (k) => k.compoundId === c.id && k.formedOn <= view.asOf && view.asOf <= k.termEndsOn,
          ),
      )
      .map((c) => ({
        subject: { type: "compound", id: c.id, name: c.name },
        policy: "guoyang.committeeFormation",
        rule: "noCommittee",
        severity: "minor",
        message: {
          zh: `小区“${c.name}”未成立业主委员会。`,
          en: `Compound "${c.name}" has no owners' committee.`,
        },
        evidence: { households: c.households, minHouseholds: config.minHouseholds },
        regionId: c.communityId,
      }));
  },
});

describe("periods", () => {
  it.each([
    ["2024-05", { label: "2024-05", kind: "month", start: "2024-05-01", end: "2024-05-31" }],
    ["2024-02", { label: "2024-02", kind: "month", start: "2024-02-01", end: "2024-02-29" }],
    ["2023-02", { label: "2023-02", kind: "month", start: "2023-02-01", end: "2023-02-28" }],
    ["2024-Q1", { label: "2024-Q1", kind: "quarter", start: "2024-01-01", end: "2024-03-31" }],
    ["2024-Q2", { label: "2024-Q2", kind: "quarter", start: "2024-04-01", end: "2024-06-30" }],
    ["2024-Q4", { label: "2024-Q4", kind: "quarter", start: "2024-10-01", end: "2024-12-31" }],
    ["2024", { label: "2024", kind: "year", start: "2024-01-01", end: "2024-12-31" }],
  ])("%s", (label, period) => {
    expect(parsePeriod(label)).toEqual(period);
    expect(periodLabelSchema.safeParse(label).success).toBe(true);
  });

  it.each(["2024-13", "2024-00", "2024-5", "2024-Q5", "2024Q2", "24", "2024-05-01", "", "0999", " 2024"])(
    "refuses %j with a clear error",
    (label) => {
      try {
        parsePeriod(label);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe("bad_request");
        expect((e as AppError).message).toBe(
          `Not a period: '${label}'. Use a month (2024-05), a quarter (2024-Q2) or a year (2024).`,
        );
        expect((e as AppError).errors?.[0]?.path).toBe("period");
      }
    },
  );
});

describe("policy registry", () => {
  it("holds the eight rules, the mechanism check, contractPerformance and householdsPerGrid", () => {
    expect(
      createPolicyRegistry()
        .list()
        .map((p) => p.id),
    ).toEqual([
      "partyLeadership",
      "gridResponsibility",
      "informationDisclosure",
      "complaintHandling",
      "jointConsultation",
      "assessment",
      "cultivateExcellence",
      "wholeProcessParticipation",
      "mechanismCompleteness",
      "contractPerformance",
      "householdsPerGrid",
    ]);
  });

  it("registers a plugin, at creation or later, after the built-ins", () => {
    const registry = createPolicyRegistry([committeeFormation]);
    expect(registry.get("guoyang.committeeFormation")).toBe(committeeFormation);
    expect(registry.list().at(-1)).toBe(committeeFormation);
    const other = createPolicyRegistry();
    expect(other.get("guoyang.committeeFormation")).toBeUndefined();
    other.register(committeeFormation);
    expect(other.list()).toHaveLength(builtinPolicies.length + 1);
  });

  it("refuses a duplicate, a built-in's id, a bad id and a schema without defaults", () => {
    const registry = createPolicyRegistry([committeeFormation]);
    expect(() => registry.register(committeeFormation)).toThrow(
      "A policy with id 'guoyang.committeeFormation' is already registered.",
    );
    expect(() => registry.register({ ...committeeFormation, id: "partyLeadership" })).toThrow(
      "Policy id 'partyLeadership' is a built-in policy's; give yours a prefix.",
    );
    expect(() => registry.register({ ...committeeFormation, id: "Guoyang rule" })).toThrow(
      /^Policy id 'Guoyang rule': /,
    );
    expect(() =>
      registry.register({
        ...committeeFormation,
        id: "guoyang.noDefaults",
        configSchema: z.object({ max: z.number() }),
      }),
    ).toThrow(/^Policy 'guoyang.noDefaults': its config schema must accept \{\} and fill in defaults/);
    try {
      registry.register(committeeFormation);
    } catch (e) {
      expect((e as AppError).code).toBe("conflict");
    }
  });
});

describe("config JSON Schema and defaults", () => {
  it.each(builtinPolicies.map((p) => [p.id, p] as const))("%s", (_id, policy) => {
    const schema = policyJsonSchema(policy);
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    // Input schema: every field has a default, so nothing is required.
    expect(schema.required ?? []).toEqual([]);
    // The defaults parse back to themselves.
    const defaults = policyDefaults(policy);
    expect(policy.configSchema.parse(defaults)).toEqual(defaults);
  });

  it("carries defaults, enums and bounds for the form", () => {
    const schema = policyJsonSchema(builtinPolicies.find((p) => p.id === "complaintHandling")!);
    expect(schema.properties?.firstContactHours).toEqual({
      default: 2,
      type: "number",
      exclusiveMinimum: 0,
      maximum: 720,
    });
    const disclosure = policyJsonSchema(builtinPolicies.find((p) => p.id === "informationDisclosure")!);
    const items = disclosure.properties?.items as {
      properties: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(items.properties.publicRevenue?.properties.cadence).toEqual({
      default: "quarterly",
      type: "string",
      enum: ["monthly", "quarterly", "yearly"],
    });
    expect(policyJsonSchema(committeeFormation).properties).toEqual({
      minHouseholds: { default: 100, type: "integer", minimum: 1, maximum: 9007199254740991 },
    });
  });
});

describe("evaluateAll", () => {
  const q2 = parsePeriod("2024-Q2");

  const mechanismWith = (policies: Mechanism["policies"]): Mechanism => ({
    ...parseMechanism(getPreset("anhui-3338"), createPolicyRegistry()),
    policies,
  });

  it("runs only the enabled policies, each with its parsed config", () => {
    const registry = createPolicyRegistry();
    const mechanism = mechanismWith({
      partyLeadership: { enabled: false, config: {} },
      gridResponsibility: { enabled: true, config: { requireGrids: false, requireGridGuarantor: false } },
      householdsPerGrid: { enabled: true, config: {} },
    });
    const findings = evaluateAll(mechanism, countyView(), q2, registry);
    expect(findings.map((f) => `${f.policy}/${f.subject.id}:${f.rule}`)).toEqual([
      "gridResponsibility/b:compoundWithoutGuarantor",
      "householdsPerGrid/a:tooManyHouseholdsPerGrid",
    ]);
  });

  it("runs the whole Mengcheng preset; policies without data add nothing", () => {
    const registry = createPolicyRegistry();
    const mechanism = parseMechanism(getPreset("anhui-3338"), registry);
    const findings = evaluateAll(mechanism, countyView(), q2, registry);
    const byPolicy = Object.fromEntries(
      [...new Set(findings.map((f) => f.policy))].map((id) => [
        id,
        findings.filter((f) => f.policy === id).length,
      ]),
    );
    expect(byPolicy).toEqual({
      partyLeadership: 5,
      gridResponsibility: 4,
      cultivateExcellence: 1,
      mechanismCompleteness: 11,
    });
  });

  it("runs a registered plugin the mechanism enables", () => {
    const registry = createPolicyRegistry([committeeFormation]);
    const doc = getPreset("compact-2level")!;
    doc.policies = { "guoyang.committeeFormation": { enabled: true, config: { minHouseholds: 100 } } };
    const result = validateMechanism(doc, registry);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(evaluateAll(result.document, countyView(), q2, registry)).toEqual([
      {
        subject: { type: "compound", id: "b", name: "幸福小区" },
        policy: "guoyang.committeeFormation",
        rule: "noCommittee",
        severity: "minor",
        message: {
          zh: "小区“幸福小区”未成立业主委员会。",
          en: 'Compound "幸福小区" has no owners\' committee.',
        },
        evidence: { households: 120, minHouseholds: 100 },
        regionId: "C1",
      },
    ]);
    // Without the plugin the same document is refused.
    expect(validateMechanism(doc, createPolicyRegistry()).ok).toBe(false);
  });

  it("attributes findings to the policy that made them", () => {
    const liar = definePolicy({
      ...committeeFormation,
      id: "guoyang.liar",
      evaluate: (period, view, config, context) =>
        committeeFormation.evaluate!(period, view, config, context).map((f) => ({
          ...f,
          policy: "partyLeadership",
        })),
    });
    const registry = createPolicyRegistry([liar]);
    const findings = evaluateAll(
      mechanismWith({ "guoyang.liar": { enabled: true, config: {} } }),
      countyView(),
      q2,
      registry,
    );
    expect(findings.map((f) => f.policy)).toEqual(["guoyang.liar"]);
  });

  it("refuses an enabled policy the deployment lacks, or a config that no longer parses", () => {
    const registry = createPolicyRegistry();
    expect(() =>
      evaluateAll(
        mechanismWith({ "guoyang.gone": { enabled: true, config: {} } }),
        countyView(),
        q2,
        registry,
      ),
    ).toThrow("The mechanism enables policy 'guoyang.gone', which this deployment does not have.");
    // A disabled unknown policy is no obstacle.
    expect(
      evaluateAll(
        mechanismWith({ "guoyang.gone": { enabled: false, config: {} } }),
        countyView(),
        q2,
        registry,
      ),
    ).toEqual([]);
    try {
      evaluateAll(
        mechanismWith({ householdsPerGrid: { enabled: true, config: { maxHouseholdsPerGrid: 0 } } }),
        countyView(),
        q2,
        registry,
      );
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe("unprocessable");
      expect((e as AppError).errors?.map((x) => x.path)).toEqual([
        "policies.householdsPerGrid.config.maxHouseholdsPerGrid",
      ]);
    }
  });
});

describe("onEvent", () => {
  const registry = createPolicyRegistry();
  const anhui = parseMechanism(getPreset("anhui-3338"), registry);

  it("collects the effects of the enabled policies, each with its policy", () => {
    const effects = onEvent(
      anhui,
      {
        type: "meeting.resolution.adopt",
        at: "2024-06-10T10:00:00+08:00",
        subject: { type: "meeting", id: "mtg_1", name: "联席会议" },
        payload: {
          matter: "fee",
          compoundId: "a",
          convenedBy: "communityPartyOrg",
          participants: ["communityPartyOrg"],
        },
      },
      countyView(),
      registry,
    );
    expect(effects.map((e) => [e.policy, e.type])).toEqual([["partyLeadership", "guard"]]);

    const received = {
      type: "case.received",
      at: "2024-06-07T10:00:00+08:00",
      subject: { type: "case" as const, id: "cas_1", name: "CASE-0001" },
      payload: { category: "garbageDumping" },
    };
    expect(onEvent(anhui, received, countyView(), registry).map((e) => [e.policy, e.type])).toEqual([
      ["complaintHandling", "obligation"],
      ["complaintHandling", "obligation"],
    ]);
    const off = {
      ...anhui,
      policies: { ...anhui.policies, complaintHandling: { enabled: false, config: {} } },
    };
    expect(onEvent(off, received, countyView(), registry)).toEqual([]);
  });
});

describe("describePolicies", () => {
  it("lists every policy with its schema, defaults and the tenant's state", () => {
    const registry = createPolicyRegistry([committeeFormation]);
    const compact = parseMechanism(getPreset("compact-2level"), registry);
    const described = describePolicies(registry, compact);
    const row = (id: string) => described.find((d) => d.id === id)!;
    expect(row("householdsPerGrid")).toMatchObject({
      builtin: true,
      enabled: true,
      evaluates: ["compounds", "grids"],
      defaults: { maxHouseholdsPerGrid: 300 },
      config: { maxHouseholdsPerGrid: 250 },
    });
    expect(row("jointConsultation")).toMatchObject({
      enabled: false,
      evaluates: ["meetings", "regions", "compounds", "committees", "companies", "departments"],
    });
    expect(row("assessment")).toMatchObject({ enabled: false, config: null });
    expect(row("guoyang.committeeFormation")).toMatchObject({ builtin: false, enabled: false, config: null });
    expect(row("partyLeadership").configSchema.type).toBe("object");
  });
});
