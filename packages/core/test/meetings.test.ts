import { describe, expect, it } from "vitest";
import {
  AppError,
  addMeetingResolutionsSchema,
  assertMeetingAction,
  cadenceWindows,
  createMeetingSchema,
  createPolicyRegistry,
  getPreset,
  holdMeetingSchema,
  jointConsultation,
  type Mechanism,
  meetingAllowedActions,
  onEvent,
  type PolicyMeeting,
  type PolicyView,
  parseMechanism,
  parsePeriod,
  participantKindOf,
  policyDefaults,
  resolutionAdoptEvent,
  updateMeetingSchema,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const anhui: Mechanism = parseMechanism(getPreset("anhui-3338"), registry);
const compact: Mechanism = parseMechanism(getPreset("compact-2level"), registry);
const ctx = { mechanism: anhui };

const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";
const base = {
  title: "金域小区物业费联席会议",
  kind: "majorMatter",
  convenedBy: `pty_${ID}`,
  scheduledAt: "2024-06-10T09:30:00+08:00",
};
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("meeting schemas", () => {
  it("takes exactly the unit the level needs, naming the field", () => {
    expect(
      createMeetingSchema.safeParse({ ...base, level: "community", regionId: `reg_${ID}` }).success,
    ).toBe(true);
    const parsed = createMeetingSchema.parse({ ...base, level: "compound", compoundId: `cpd_${ID}` });
    expect(parsed).toMatchObject({ participants: [], agenda: [], attachments: [] });

    expect(
      issuesOf(createMeetingSchema.safeParse({ ...base, level: "compound", regionId: `reg_${ID}` })),
    ).toEqual(["compoundId", "regionId"]);
    expect(issuesOf(createMeetingSchema.safeParse({ ...base, level: "township" }))).toEqual(["regionId"]);
    expect(
      issuesOf(
        createMeetingSchema.safeParse({
          ...base,
          level: "community",
          regionId: `reg_${ID}`,
          compoundId: `cpd_${ID}`,
        }),
      ),
    ).toEqual(["compoundId"]);
  });

  it("checks ids, instants, participants, agenda and attachments", () => {
    const bad = createMeetingSchema.safeParse({
      ...base,
      level: "community",
      regionId: `reg_${ID}`,
      convenedBy: `cmp_${ID}`,
      scheduledAt: "2024-06-10 09:30",
      participants: [
        { unitType: "company", unitId: `cmt_${ID}` },
        { unitType: "partyOrg", unitId: `pty_${ID}` },
        { unitType: "partyOrg", unitId: `pty_${ID}` },
      ],
      agenda: [{ topic: "", matter: "Fee" }],
      attachments: ["ftp://files.example.cn/a.pdf"],
    });
    expect(issuesOf(bad).sort()).toEqual(
      [
        "agenda.0.matter",
        "agenda.0.topic",
        "attachments.0",
        "convenedBy",
        "participants.0.unitId",
        "participants.2.unitId",
        "scheduledAt",
      ].sort(),
    );
    // An offset is required, UTC "Z" included.
    expect(
      createMeetingSchema.safeParse({
        ...base,
        level: "community",
        regionId: `reg_${ID}`,
        scheduledAt: "2024-06-10T01:30:00Z",
      }).success,
    ).toBe(true);
  });

  it("an update changes something; holding needs minutes; resolutions need an owner with its prefix", () => {
    expect(issuesOf(updateMeetingSchema.safeParse({}))).toEqual([""]);
    expect(updateMeetingSchema.parse({ venueId: null })).toEqual({ venueId: null });
    expect(issuesOf(holdMeetingSchema.safeParse({ minutes: " ", participants: [] }))).toEqual(["minutes"]);
    expect(
      issuesOf(
        addMeetingResolutionsSchema.safeParse({
          resolutions: [
            {
              text: "公示公共收益",
              matter: "fee",
              ownerUnit: { unitType: "company", unitId: `reg_${ID}` },
              dueOn: "2024-02-30",
            },
          ],
        }),
      ).sort(),
    ).toEqual(["resolutions.0.dueOn", "resolutions.0.ownerUnit.unitId"]);
    expect(issuesOf(addMeetingResolutionsSchema.safeParse({ resolutions: [] }))).toEqual(["resolutions"]);
  });
});

describe("meeting states", () => {
  it("planned → held → closed, each accepting its own actions", () => {
    expect(meetingAllowedActions("planned")).toEqual(["update", "hold"]);
    expect(meetingAllowedActions("held")).toEqual(["addResolutions", "completeResolution", "close"]);
    expect(meetingAllowedActions("closed")).toEqual(["completeResolution"]);
    expect(() => assertMeetingAction("planned", "hold")).not.toThrow();
    expect(() => assertMeetingAction("closed", "completeResolution")).not.toThrow();
  });

  it("refuses anything else with 409, the current status and what it allows", () => {
    const refusal = (() => {
      try {
        assertMeetingAction("planned", "addResolutions");
      } catch (error) {
        return error as AppError;
      }
      throw new Error("expected a refusal");
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.code).toBe("conflict");
    expect(refusal.message).toBe(
      "Resolutions are recorded once the meeting has been held. Allowed now: update, hold.",
    );
    expect(refusal.extensions).toEqual({
      currentStatus: "planned",
      allowedActions: ["update", "hold"],
      reason: "meeting_not_held",
    });
    expect(() => assertMeetingAction("held", "update")).toThrow(
      "A meeting that is held does not accept 'update'. Allowed now: addResolutions, completeResolution, close.",
    );
  });
});

/** A meeting at compound a (金域小区, community C1 under street S) convened by C1's party committee p3. */
const compoundMeeting = (attended: { unitType: string; unitId: string }[], convenedBy = "p3") => ({
  id: "mtg_1",
  title: "金域小区物业费联席会议",
  kind: "majorMatter" as const,
  level: "compound" as const,
  regionId: null,
  compoundId: "a",
  convenedBy,
  participants: attended.map((p) => ({ ...p, attended: true })),
});

const everyone = [
  { unitType: "partyOrg", unitId: "p3" },
  { unitType: "partyOrg", unitId: "p1" },
  { unitType: "committee", unitId: "ka" },
  { unitType: "company", unitId: "x" },
];

describe("participants as the policies name them", () => {
  const view = countyView();
  const at = "2024-06-10T10:00:00+08:00";

  it("maps party organisations, the committee and the company at the meeting's compound", () => {
    const place = { level: "compound" as const, regionId: null, compoundId: "a" };
    const kind = (unitType: string, unitId: string, day = "2024-06-10") =>
      participantKindOf({ unitType, unitId }, place, view, day);
    expect(kind("partyOrg", "p3")).toBe("communityPartyOrg");
    expect(kind("partyOrg", "p1")).toBe("compoundBranch");
    // A company's own branch is not the company, nor the compound's branch.
    expect(kind("partyOrg", "p2")).toBeNull();
    expect(kind("committee", "ka")).toBe("committee");
    // Out of term on the day: not the committee any more.
    expect(kind("committee", "ka", "2026-02-01")).toBeNull();
    expect(kind("company", "x")).toBe("company");
    // Company y serves compound c, not a.
    expect(kind("company", "y")).toBeNull();
    expect(kind("region", "C1")).toBe("community");
    expect(kind("region", "S")).toBe("townshipStreet");
    expect(kind("region", "T")).toBeNull();
    expect(kind("department", "dep_police")).toBeNull();
  });

  it("a community meeting counts the units of its compounds; a township meeting those of its communities", () => {
    const community = { level: "community" as const, regionId: "C1", compoundId: null };
    expect(participantKindOf({ unitType: "partyOrg", unitId: "p1" }, community, view, "2024-06-10")).toBe(
      "compoundBranch",
    );
    expect(participantKindOf({ unitType: "company", unitId: "y" }, community, view, "2024-06-10")).toBeNull();
    const township = { level: "township" as const, regionId: "S", compoundId: null };
    expect(participantKindOf({ unitType: "partyOrg", unitId: "p3" }, township, view, "2024-06-10")).toBe(
      "communityPartyOrg",
    );
    expect(participantKindOf({ unitType: "region", unitId: "S" }, township, view, "2024-06-10")).toBe(
      "townshipStreet",
    );
    const far = { level: "township" as const, regionId: "T", compoundId: null };
    expect(participantKindOf({ unitType: "partyOrg", unitId: "p3" }, far, view, "2024-06-10")).toBeNull();
  });

  it("builds the adopt event from those who attended and the convenor's kind", () => {
    const meeting = {
      ...compoundMeeting(everyone),
      participants: [
        ...everyone.map((p) => ({ ...p, attended: p.unitType !== "company" })),
        { unitType: "department", unitId: "dep_police", attended: true },
      ],
    };
    expect(resolutionAdoptEvent(meeting, { matter: "fee" }, view, at)).toEqual({
      type: "meeting.resolution.adopt",
      at,
      subject: { type: "meeting", id: "mtg_1", name: "金域小区物业费联席会议" },
      payload: {
        matter: "fee",
        participants: ["communityPartyOrg", "compoundBranch", "committee"],
        convenedBy: "communityPartyOrg",
        compoundId: "a",
        level: "compound",
        kind: "majorMatter",
      },
    });
  });

  it("partyLeadership accepts a fee resolution when all required attended, refuses otherwise in both languages", () => {
    const effects = (meeting: ReturnType<typeof compoundMeeting>, matter = "fee") =>
      onEvent(anhui, resolutionAdoptEvent(meeting, { matter }, view, at), view, registry);
    expect(effects(compoundMeeting(everyone))).toEqual([]);
    expect(effects(compoundMeeting(everyone.filter((p) => p.unitType !== "committee")))).toEqual([
      {
        policy: "partyLeadership",
        type: "guard",
        allow: false,
        reason: {
          zh: "重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。",
          en: "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee.",
        },
      },
    ]);
    // Convened by the compound's branch: refused even with everyone there.
    expect(effects(compoundMeeting(everyone, "p1"))[0]).toMatchObject({
      type: "guard",
      reason: {
        zh: "重大事项（物业收费）须由党组织牵头协商决定：会议须由社区党组织牵头召集。",
        en: "A major matter (property fees) is decided only in a meeting the party organisation leads: the meeting must be convened by the community party organisation.",
      },
    });
    // The community party organisation convenes it and so attends, listed or not (a fee resolution
    // was refused with "社区党组织未参加" when the convenor was not also a participant).
    const unlisted = compoundMeeting(everyone.filter((p) => p.unitId !== "p3"));
    expect(resolutionAdoptEvent(unlisted, { matter: "fee" }, view, at).payload).toMatchObject({
      participants: expect.arrayContaining(["communityPartyOrg"]),
      convenedBy: "communityPartyOrg",
    });
    expect(effects(unlisted)).toEqual([]);
    // Not a major matter: nobody is required.
    expect(effects(compoundMeeting([], "p1"), "other")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// jointConsultation.evaluate

const held = (
  id: string,
  level: PolicyMeeting["level"],
  unit: string,
  heldAt: string | null,
  extra: Partial<PolicyMeeting> = {},
): PolicyMeeting => ({
  id,
  title: `会议${id}`,
  level,
  kind: "jointConsultation",
  regionId: level === "compound" ? null : unit,
  compoundId: level === "compound" ? unit : null,
  convenedBy: "p3",
  scheduledAt: heldAt ?? "2024-05-01T00:00:00.000Z",
  status: heldAt ? "held" : "planned",
  heldAt,
  participants: [],
  resolutions: [],
  ...extra,
});

const viewWith = (meetings: PolicyMeeting[], asOf = "2024-06-30"): PolicyView => ({
  ...countyView(),
  asOf,
  meetings,
});

const brief = (findings: { subject: { id: string }; rule: string; evidence: Record<string, unknown> }[]) =>
  findings.map((f) => `${f.subject.id}:${f.rule}:${String(f.evidence.window ?? f.evidence.resolutionId)}`);

describe("jointConsultation.evaluate", () => {
  const defaults = jointConsultation.configSchema.parse({});
  const may = parsePeriod("2024-05");

  it("judges what it now has data for", () => {
    expect(jointConsultation.reads.evaluate).toEqual([
      "meetings",
      "regions",
      "compounds",
      "committees",
      "companies",
      "departments",
    ]);
    expect(policyDefaults(jointConsultation)).toMatchObject({
      meetings: { community: { count: 1, per: "month" } },
    });
    // A view without meetings (not loaded for a period) has nothing to judge.
    expect(jointConsultation.evaluate!(may, countyView(), defaults, ctx)).toEqual([]);
  });

  it("a community with one held joint meeting in the month passes; one without fails, named", () => {
    const meetings = [
      held("m1", "community", "C1", "2024-05-14T02:00:00.000Z"),
      // Planned only, a mediation, and a meeting in the first minutes of June (county time).
      held("m2", "community", "C2", null),
      held("m3", "community", "C2", "2024-05-20T02:00:00.000Z", { kind: "disputeMediation" }),
      // 1 June 00:30 in Mengcheng is 31 May 16:30 UTC: June's, not May's.
      held("m4", "community", "C2", "2024-05-31T16:30:00.000Z"),
    ];
    const findings = jointConsultation.evaluate!(may, viewWith(meetings), defaults, ctx);
    expect(findings).toEqual([
      {
        subject: { type: "region", id: "C2", name: "西园社区" },
        policy: "jointConsultation",
        rule: "tooFewJointMeetings",
        severity: "major",
        message: {
          zh: "社区“西园社区”2024-05召开联席会议0次，少于规定的每月1次。",
          en: 'Community "西园社区" held 0 joint meeting(s) in 2024-05; 1 a month required.',
        },
        evidence: {
          level: "community",
          held: 0,
          required: 1,
          per: "month",
          window: "2024-05",
          from: "2024-05-01",
          to: "2024-05-31",
          meetingIds: [],
        },
        regionId: "C2",
      },
    ]);
  });

  it("judges every cadence window inside the period that has ended, per level the mechanism has", () => {
    const q2 = parsePeriod("2024-Q2");
    const meetings = [
      held("c1-apr", "community", "C1", "2024-04-03T02:00:00.000Z"),
      held("c1-may", "community", "C1", "2024-05-03T02:00:00.000Z"),
      held("c1-jun", "community", "C1", "2024-06-03T02:00:00.000Z"),
      held("c2-jun", "community", "C2", "2024-06-03T02:00:00.000Z"),
      held("s-q2", "township", "S", "2024-05-03T02:00:00.000Z"),
      held("a-q2", "compound", "a", "2024-05-03T02:00:00.000Z"),
    ];
    const findings = jointConsultation.evaluate!(q2, viewWith(meetings), defaults, ctx);
    expect(brief(findings)).toEqual([
      "T:tooFewJointMeetings:2024-Q2",
      "C2:tooFewJointMeetings:2024-04",
      "C2:tooFewJointMeetings:2024-05",
      "b:tooFewJointMeetings:2024-Q2",
      "c:tooFewJointMeetings:2024-Q2",
    ]);
    expect(findings.find((f) => f.subject.id === "b")?.regionId).toBe("C1");
    // Two a quarter at compounds: a holds one, so it falls short too (minor: it held some).
    const twice = {
      ...defaults,
      meetings: { ...defaults.meetings, compound: { count: 2, per: "quarter" as const } },
    };
    const a = jointConsultation.evaluate!(q2, viewWith(meetings), twice, ctx).find(
      (f) => f.subject.id === "a",
    );
    expect(a).toMatchObject({ severity: "minor", evidence: { held: 1, required: 2, meetingIds: ["a-q2"] } });
    // The compact preset has no township level: its streets and townships have no units to judge.
    const compactFindings = jointConsultation.evaluate!(q2, viewWith(meetings), defaults, {
      mechanism: compact,
    });
    expect(compactFindings.some((f) => f.evidence.level === "township")).toBe(false);
    // A window not over at the view's instant is not judged yet: mid-June only April and May.
    const midJune = jointConsultation.evaluate!(q2, { ...viewWith(meetings, "2024-06-15") }, defaults, ctx);
    expect(brief(midJune)).toEqual(["C2:tooFewJointMeetings:2024-04", "C2:tooFewJointMeetings:2024-05"]);
    // A cadence coarser than the period is judged with the period that holds it.
    expect(
      brief(jointConsultation.evaluate!(parsePeriod("2024-06"), viewWith(meetings), defaults, ctx)),
    ).toEqual([]);
  });

  it("resolutions due before asOf and not done by then are findings against their owner", () => {
    const resolution = (id: string, dueOn: string | null, doneAt: string | null, owner = "x") => ({
      id,
      text: "按季度公示公共收益，并向业主委员会书面报告",
      matter: "fundUse",
      ownerUnitType: "company",
      ownerUnitId: owner,
      dueOn,
      doneAt,
    });
    const meetings = [
      held("m1", "community", "C1", "2024-05-14T02:00:00.000Z", {
        title: "东城社区五月联席会议",
        resolutions: [
          resolution("r-late", "2024-05-20", null),
          resolution("r-done", "2024-05-20", "2024-05-19T02:00:00.000Z"),
          // Done, but only after the period: overdue as of its end.
          resolution("r-done-later", "2024-05-20", "2024-06-02T02:00:00.000Z"),
          // Due on the last day: not overdue yet.
          resolution("r-today", "2024-05-31", null),
          // No due date: the follow-up days (30) from the meeting, 2024-06-13.
          resolution("r-nodue", null, null),
        ],
      }),
      held("m2", "compound", "a", "2024-05-02T02:00:00.000Z", {
        kind: "majorMatter",
        resolutions: [
          { ...resolution("r-cmt", "2024-05-10", null), ownerUnitType: "committee", ownerUnitId: "ka" },
        ],
      }),
    ];
    const may = jointConsultation.evaluate!(
      parsePeriod("2024-05"),
      viewWith(meetings, "2024-05-31"),
      defaults,
      ctx,
    );
    const overdue = may.filter((f) => f.rule === "resolutionOverdue");
    expect(brief(overdue)).toEqual([
      "x:resolutionOverdue:r-late",
      "x:resolutionOverdue:r-done-later",
      "ka:resolutionOverdue:r-cmt",
    ]);
    expect(overdue[0]).toEqual({
      subject: { type: "company", id: "x", name: "皖美物业" },
      policy: "jointConsultation",
      rule: "resolutionOverdue",
      severity: "minor",
      message: {
        zh: "会议“东城社区五月联席会议”的决议“按季度公示公共收益，并向业主委员会书面报告”应于2024-05-20前落实，皖美物业逾期11天未完成。",
        en: 'The resolution "按季度公示公共收益，并向业主委员会书面报告" of the meeting "东城社区五月联席会议" was due on 2024-05-20; 皖美物业 has not done it (11 days overdue).',
      },
      evidence: {
        meetingId: "m1",
        resolutionId: "r-late",
        matter: "fundUse",
        dueOn: "2024-05-20",
        daysOverdue: 11,
        ownerUnit: { unitType: "company", unitId: "x" },
      },
      regionId: "C1",
    });
    expect(overdue[2]).toMatchObject({
      subject: { type: "committee", name: "金域小区业主委员会" },
      regionId: "C1",
    });
    const june = jointConsultation.evaluate!(
      parsePeriod("2024-06"),
      viewWith(meetings, "2024-06-30"),
      defaults,
      ctx,
    );
    expect(brief(june.filter((f) => f.rule === "resolutionOverdue"))).toEqual([
      "x:resolutionOverdue:r-late",
      "x:resolutionOverdue:r-today",
      "x:resolutionOverdue:r-nodue",
      "ka:resolutionOverdue:r-cmt",
    ]);
  });
});

describe("cadenceWindows", () => {
  it("splits a period into the windows of a cadence", () => {
    expect(cadenceWindows(parsePeriod("2024"), "quarter").map((w) => w.label)).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
    ]);
    expect(cadenceWindows(parsePeriod("2024-Q1"), "month").map((w) => [w.label, w.end])).toEqual([
      ["2024-01", "2024-01-31"],
      ["2024-02", "2024-02-29"],
      ["2024-03", "2024-03-31"],
    ]);
    expect(cadenceWindows(parsePeriod("2024-05"), "year")).toEqual([]);
    expect(cadenceWindows(parsePeriod("2024"), "year")).toEqual([parsePeriod("2024")]);
  });
});
