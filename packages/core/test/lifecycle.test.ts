import { describe, expect, it } from "vitest";
import {
  AppError,
  cancelLifecycleEventSchema,
  checkCompletion,
  checkSignOff,
  createLifecycleEventSchema,
  createPolicyRegistry,
  getPreset,
  lifecycleAllowedActions,
  lifecycleKinds,
  lifecycleSignOffSchema,
  lifecycleSteps,
  type Mechanism,
  missingSignOffs,
  type PolicyLifecycleEvent,
  parseMechanism,
  parsePeriod,
  policyDefaults,
  policyJsonSchema,
  type StoredLifecycleStep,
  wholeProcessParticipation,
  wholeProcessParticipationConfigSchema,
  wholeProcessParticipationOf,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";
const registry = createPolicyRegistry();
const parse = (config: unknown) => wholeProcessParticipationConfigSchema.parse(config);
const issues = (config: unknown) => {
  const result = wholeProcessParticipationConfigSchema.safeParse(config);
  if (result.success) throw new Error("expected the config to be refused");
  return result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const selection: StoredLifecycleStep[] = [
  {
    code: "announcement",
    name: { zh: "选聘公告", en: "Announcement" },
    participants: ["community", "communityPartyOrg"],
  },
  { code: "result", name: { zh: "结果公示", en: "Publication of the result" }, participants: ["community"] },
];

describe("wholeProcessParticipation config", () => {
  const defaults = parse({});

  it("has six kinds, each required, with ordered steps from the seed", () => {
    expect(Object.keys(defaults.steps)).toEqual([...lifecycleKinds]);
    expect(lifecycleSteps).toBe(lifecycleKinds);
    expect(defaults.staleAfterDays).toBe(90);
    expect(defaults.steps.companySelection).toEqual({
      required: true,
      participants: ["community", "communityPartyOrg"],
      steps: [
        {
          code: "announcement",
          name: { zh: "选聘公告", en: "Announcement" },
          participants: ["community", "communityPartyOrg"],
        },
        {
          code: "evaluation",
          name: { zh: "评标", en: "Evaluation of bids" },
          participants: ["community", "communityPartyOrg"],
        },
        {
          code: "result",
          name: { zh: "结果公示", en: "Publication of the result" },
          participants: ["community", "communityPartyOrg"],
        },
      ],
    });
    expect(defaults.steps.committeeElection.steps.map((s) => [s.code, s.participants])).toEqual([
      ["nomination", ["townshipStreet", "community", "communityPartyOrg"]],
      ["election", ["townshipStreet", "community", "communityPartyOrg"]],
      ["filing", ["townshipStreet", "community", "communityPartyOrg"]],
    ]);
    for (const kind of lifecycleKinds) {
      expect(defaults.steps[kind].required).toBe(true);
      expect(defaults.steps[kind].steps.length).toBeGreaterThan(0);
    }
  });

  it("changes the old defaults only by addition: the four old kinds keep required and participants", () => {
    const old = {
      companySelection: ["community", "communityPartyOrg"],
      contractRenewal: ["community", "communityPartyOrg"],
      committeeElection: ["townshipStreet", "community", "communityPartyOrg"],
      handover: ["community", "communityPartyOrg"],
    } as const;
    for (const [kind, participants] of Object.entries(old)) {
      expect(defaults.steps[kind as keyof typeof old]).toMatchObject({ required: true, participants });
    }
  });

  it("reads a document of the old form: participants alone are one step `result`", () => {
    const config = parse({
      steps: {
        companySelection: { required: false, participants: ["townshipStreet", "communityPartyOrg"] },
        handover: { participants: ["community", "community"] },
      },
    });
    expect(config.steps.companySelection).toEqual({
      required: false,
      participants: ["townshipStreet", "communityPartyOrg"],
      steps: [
        {
          code: "result",
          name: { zh: "结果", en: "Result" },
          participants: ["townshipStreet", "communityPartyOrg"],
        },
      ],
    });
    expect(config.steps.handover.steps).toEqual([
      { code: "result", name: { zh: "结果", en: "Result" }, participants: ["community"] },
    ]);
    // Untouched kinds keep their defaults.
    expect(config.steps.contractRenewal).toEqual(parse({}).steps.contractRenewal);
  });

  it("takes custom steps; its parsed form parses again to itself (what GET /policies shows can be PUT back)", () => {
    const config = parse({
      steps: {
        majorRepair: {
          steps: [
            { code: "plan", name: { zh: "方案", en: "Plan" }, participants: ["committee", "community"] },
            { code: "audit", name: { zh: "审计", en: "Audit" }, participants: ["townshipStreet"] },
          ],
        },
      },
      staleAfterDays: 30,
    });
    expect(config.steps.majorRepair.participants).toEqual(["committee", "community", "townshipStreet"]);
    expect(parse(config)).toEqual(config);
    expect(parse(parse({}))).toEqual(parse({}));
  });

  it("refuses duplicate step codes, bad codes, participants that disagree with the steps, unknown keys", () => {
    const step = (code: string) => ({ code, name: { zh: "步", en: "Step" }, participants: ["community"] });
    expect(issues({ steps: { handover: { steps: [step("a"), step("a")] } } })).toEqual([
      { path: "steps.handover.steps.1.code", message: "Each step code once." },
    ]);
    expect(issues({ steps: { handover: { steps: [step("Bad code")] } } })[0]?.path).toBe(
      "steps.handover.steps.0.code",
    );
    expect(issues({ steps: { handover: { steps: [step("a")], participants: ["company"] } } })).toEqual([
      {
        path: "steps.handover.participants",
        message: "With steps given, participants must name exactly those who sign a step (or leave it out).",
      },
    ]);
    expect(issues({ steps: { handover: { steps: [] } } })[0]?.path).toBe("steps.handover.steps");
    expect(issues({ steps: { demolition: {} } })[0]?.path).toBe("steps");
    expect(issues({ staleAfterDays: 0 })[0]?.path).toBe("staleAfterDays");
    expect(issues({ steps: { handover: { participants: ["mayor"] } } })[0]?.path).toBe(
      "steps.handover.participants.0",
    );
  });

  it("describes itself as a JSON Schema for generated forms", () => {
    const schema = policyJsonSchema(wholeProcessParticipation) as {
      properties: { steps: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.properties.steps.properties)).toEqual([...lifecycleKinds]);
    expect(policyDefaults(wholeProcessParticipation)).toEqual(parse({}));
  });

  it("is read from a mechanism: enabled and config, defaults when the mechanism leaves it out", () => {
    const anhui: Mechanism = parseMechanism(getPreset("anhui-3338"), registry);
    expect(wholeProcessParticipationOf(anhui)).toEqual({ enabled: true, config: parse({}) });
    const compact: Mechanism = parseMechanism(getPreset("compact-2level"), registry);
    expect(wholeProcessParticipationOf(compact)).toEqual({ enabled: false, config: parse({}) });
  });
});

describe("lifecycle sign-offs and completion", () => {
  const open = { status: "open" as const, steps: selection };

  it("lists the missing sign-offs in step order, labelled in both languages", () => {
    expect(missingSignOffs(selection, [{ step: "announcement", participant: "community" }])).toEqual([
      {
        step: "announcement",
        participant: "communityPartyOrg",
        label: { zh: "选聘公告：社区党组织", en: "Announcement: the community party organisation" },
      },
      {
        step: "result",
        participant: "community",
        label: {
          zh: "结果公示：社区居委会",
          en: "Publication of the result: the community (residents' committee)",
        },
      },
    ]);
    expect(
      missingSignOffs(selection, [
        { step: "announcement", participant: "community" },
        { step: "announcement", participant: "communityPartyOrg" },
        { step: "result", participant: "community" },
      ]),
    ).toEqual([]);
  });

  it("checks a sign-off: unknown step 422, participant not asked 422, duplicate 409, closed event 409", () => {
    expect(checkSignOff(open, [], { step: "result", participant: "community" }).code).toBe("result");
    const unknown = refusal(() => checkSignOff(open, [], { step: "evaluation", participant: "community" }));
    expect(unknown.status).toBe(422);
    expect(unknown.errors).toEqual([
      { path: "body.step", message: "Not a step of this event. Its steps: announcement, result." },
    ]);
    const notAsked = refusal(() =>
      checkSignOff(open, [], { step: "result", participant: "communityPartyOrg" }),
    );
    expect(notAsked.status).toBe(422);
    expect(notAsked.errors).toEqual([
      { path: "body.participant", message: "Not asked to sign off step 'result'. Who signs it: community." },
    ]);
    const twice = refusal(() =>
      checkSignOff(open, [{ step: "result", participant: "community" }], {
        step: "result",
        participant: "community",
      }),
    );
    expect(twice.status).toBe(409);
    expect(twice.extensions).toEqual({
      currentStatus: "open",
      allowedActions: ["signOff", "complete", "cancel"],
      reason: "lifecycle_sign_off_exists",
      step: "result",
      participant: "community",
    });
    const closed = refusal(() =>
      checkSignOff({ ...open, status: "completed" }, [], { step: "result", participant: "community" }),
    );
    expect(closed.status).toBe(409);
    expect(closed.extensions).toEqual({
      currentStatus: "completed",
      allowedActions: [],
      reason: "lifecycle_event_not_open",
    });
  });

  it("refuses to complete with the exact missing list when required; lets it through when not", () => {
    const e = refusal(() =>
      checkCompletion(open, [{ step: "announcement", participant: "community" }], true),
    );
    expect(e.status).toBe(409);
    expect(e.extensions?.missing).toEqual(
      missingSignOffs(selection, [{ step: "announcement", participant: "community" }]),
    );
    expect(e.extensions?.reason).toBe("lifecycle_sign_offs_missing");
    expect(e.extensions?.explanation).toEqual({
      zh: "全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：社区党组织；结果公示：社区居委会。",
      en: "Whole-process participation: the event cannot complete without these sign-offs: Announcement: the community party organisation; Publication of the result: the community (residents' committee).",
    });
    expect(e.message).toContain("选聘公告：社区党组织");
    expect(() => checkCompletion(open, [], false)).not.toThrow();
    expect(refusal(() => checkCompletion({ ...open, status: "cancelled" }, [], false)).status).toBe(409);
    expect(lifecycleAllowedActions("open")).toEqual(["signOff", "complete", "cancel"]);
    expect(lifecycleAllowedActions("cancelled")).toEqual([]);
  });

  it("validates the inputs: ids by prefix, dates, the signing unit's prefix by participant", () => {
    expect(
      createLifecycleEventSchema
        .safeParse({
          compoundId: `cpd_${ID}`,
          kind: "handover",
          title: "金域小区物业退出交接",
          startedOn: "2024-02-30",
        })
        .error?.issues.map((i) => i.path.join(".")),
    ).toEqual(["startedOn"]);
    expect(
      createLifecycleEventSchema
        .safeParse({ compoundId: `reg_${ID}`, kind: "demolition", title: "" })
        .error?.issues.map((i) => i.path.join(".")),
    ).toEqual(["compoundId", "kind", "title", "startedOn"]);
    expect(
      lifecycleSignOffSchema.safeParse({
        step: "result",
        participant: "communityPartyOrg",
        unitId: `pty_${ID}`,
      }).success,
    ).toBe(true);
    expect(
      lifecycleSignOffSchema.safeParse({
        step: "result",
        participant: "communityPartyOrg",
        unitId: `reg_${ID}`,
      }).error?.issues,
    ).toMatchObject([{ path: ["unitId"], message: "the community party organisation signs as a pty_… id." }]);
    expect(cancelLifecycleEventSchema.safeParse({ reason: "  " }).error?.issues[0]?.message).toBe(
      "Say why the process is cancelled.",
    );
  });
});

describe("wholeProcessParticipation evaluate", () => {
  const q2 = parsePeriod("2024-Q2");
  const config = parse({ staleAfterDays: 60 });
  const ctx = { mechanism: parseMechanism(getPreset("anhui-3338"), registry) };
  const steps = selection.map(({ code, participants }) => ({ code, participants }));
  const event = (over: Partial<PolicyLifecycleEvent>): PolicyLifecycleEvent => ({
    id: "lce_1",
    compoundId: "a",
    kind: "companySelection",
    title: "金域小区物业选聘",
    startedOn: "2024-04-01",
    status: "completed",
    completedAt: "2024-05-10T02:00:00.000Z",
    steps: selection,
    signOffs: [],
    ...over,
  });
  const all = [
    { step: "announcement", participant: "community", at: "2024-04-02T02:00:00.000Z" },
    { step: "announcement", participant: "communityPartyOrg", at: "2024-04-02T03:00:00.000Z" },
    { step: "result", participant: "community", at: "2024-05-09T02:00:00.000Z" },
  ];

  it("reports events completed in the period without their sign-offs, and events stalled too long", () => {
    const view = {
      ...countyView(),
      lifecycleEvents: [
        // Completed in Q2 with one sign-off missing (judged by its stored steps).
        event({ signOffs: all.slice(0, 2) }),
        // Completed in Q2 with every sign-off: nothing to say.
        event({ id: "lce_2", signOffs: all }),
        // Completed before Q2 (Beijing time: 1 April 00:00 is 31 March 16:00 UTC): another period's.
        event({ id: "lce_3", completedAt: "2024-03-31T15:59:59.000Z" }),
        // A sign-off recorded after completion does not count.
        event({
          id: "lce_4",
          compoundId: "c",
          steps,
          signOffs: [...all.slice(0, 2), { ...all[2]!, at: "2024-05-11T00:00:00.000Z" }],
        }),
        // Open since 2024-04-30: 61 days on 2024-06-30, more than 60.
        event({ id: "lce_5", status: "open", completedAt: null, startedOn: "2024-04-30", kind: "handover" }),
        // Open since 2024-05-01: 60 days, not more.
        event({ id: "lce_6", status: "open", completedAt: null, startedOn: "2024-05-01" }),
        // Cancelled: nothing to say.
        event({ id: "lce_7", status: "cancelled", completedAt: null, startedOn: "2023-01-01" }),
      ],
    };
    expect(wholeProcessParticipation.evaluate!(q2, view, config, ctx)).toEqual([
      {
        subject: { type: "compound", id: "a", name: "金域小区" },
        policy: "wholeProcessParticipation",
        rule: "wentAheadWithoutSignOff",
        severity: "major",
        message: {
          zh: "小区“金域小区”的物业服务企业选聘(招投标)“金域小区物业选聘”未经全过程参与即办结，缺少签字确认：结果公示：社区居委会。",
          en: 'Selecting a company (tender) "金域小区物业选聘" at compound "金域小区" was completed without these sign-offs: Publication of the result: the community (residents\' committee).',
        },
        evidence: {
          eventId: "lce_1",
          kind: "companySelection",
          startedOn: "2024-04-01",
          completedAt: "2024-05-10T02:00:00.000Z",
          missing: [{ step: "result", participant: "community" }],
        },
        regionId: "C1",
      },
      {
        subject: { type: "compound", id: "c", name: "桃园小区" },
        policy: "wholeProcessParticipation",
        rule: "wentAheadWithoutSignOff",
        severity: "major",
        message: {
          zh: "小区“桃园小区”的物业服务企业选聘(招投标)“金域小区物业选聘”未经全过程参与即办结，缺少签字确认：result：社区居委会。",
          en: 'Selecting a company (tender) "金域小区物业选聘" at compound "桃园小区" was completed without these sign-offs: result: the community (residents\' committee).',
        },
        evidence: {
          eventId: "lce_4",
          kind: "companySelection",
          startedOn: "2024-04-01",
          completedAt: "2024-05-10T02:00:00.000Z",
          missing: [{ step: "result", participant: "community" }],
        },
        regionId: "C2",
      },
      {
        subject: { type: "compound", id: "a", name: "金域小区" },
        policy: "wholeProcessParticipation",
        rule: "stalled",
        severity: "info",
        message: {
          zh: "小区“金域小区”的物业退出交接“金域小区物业选聘”自2024-04-30开始已61天未办结（超过60天）。",
          en: 'Handover between companies "金域小区物业选聘" at compound "金域小区" has been open for 61 days since 2024-04-30 (more than 60).',
        },
        evidence: {
          eventId: "lce_5",
          kind: "handover",
          startedOn: "2024-04-30",
          daysOpen: 61,
          staleAfterDays: 60,
          missing: [
            { step: "announcement", participant: "community" },
            { step: "announcement", participant: "communityPartyOrg" },
            { step: "result", participant: "community" },
          ],
        },
        regionId: "C1",
      },
    ]);
  });

  it("judges nothing without lifecycle events", () => {
    expect(wholeProcessParticipation.reads.evaluate).toEqual(["lifecycleEvents", "compounds"]);
    expect(wholeProcessParticipation.evaluate!(q2, countyView(), config, ctx)).toEqual([]);
  });
});
