import { describe, expect, it } from "vitest";
import {
  type AnyPolicy,
  assessment,
  complaintHandling,
  createPolicyRegistry,
  cultivateExcellence,
  type DomainEvent,
  getPreset,
  gridResponsibility,
  householdsPerGrid,
  informationDisclosure,
  jointConsultation,
  type Mechanism,
  mechanismCompleteness,
  parseMechanism,
  parsePeriod,
  partyLeadership,
  policyDefaults,
  wholeProcessParticipation,
} from "../src/index.js";
import { countyView, emptyView } from "./policy-fixtures.js";

const registry = createPolicyRegistry();
const anhui: Mechanism = parseMechanism(getPreset("anhui-3338"), registry);
const compact: Mechanism = parseMechanism(getPreset("compact-2level"), registry);
const q2 = parsePeriod("2024-Q2");

const ctx = { mechanism: anhui };
const brief = (findings: { subject: { id: string }; rule: string }[]) =>
  findings.map((f) => `${f.subject.id}:${f.rule}`);

describe("partyLeadership", () => {
  const defaults = partyLeadership.configSchema.parse({});

  it("finds eligible units without a party organisation, committees without party members, and coverage", () => {
    const findings = partyLeadership.evaluate!(q2, countyView(), defaults, ctx);
    expect(findings).toEqual([
      {
        subject: { type: "compound", id: "b", name: "幸福小区" },
        policy: "partyLeadership",
        rule: "noPartyOrg",
        severity: "major",
        message: {
          zh: "小区“幸福小区”有党员3名，达到3名，尚未建立党组织。",
          en: 'Compound "幸福小区" has 3 party members (threshold 3) but no party organisation.',
        },
        evidence: { partyMembers: 3, threshold: 3 },
        regionId: "C1",
      },
      {
        subject: { type: "committee", id: "ka", name: "金域小区业主委员会" },
        policy: "partyLeadership",
        rule: "noPartyOrg",
        severity: "major",
        message: {
          zh: "业主委员会“金域小区业主委员会”有党员3名，达到3名，尚未建立党组织。",
          en: 'Owners\' committee "金域小区业主委员会" has 3 party members (threshold 3) but no party organisation.',
        },
        evidence: { partyMembers: 3, threshold: 3 },
        regionId: "C1",
      },
      {
        subject: { type: "company", id: "y", name: "恒安物业" },
        policy: "partyLeadership",
        rule: "noPartyOrg",
        severity: "major",
        message: {
          zh: "物业服务企业“恒安物业”有党员10名，达到3名，尚未建立党组织。",
          en: 'Company "恒安物业" has 10 party members (threshold 3) but no party organisation.',
        },
        evidence: { partyMembers: 10, threshold: 3 },
        regionId: null,
      },
      {
        subject: { type: "committee", id: "kc", name: "桃园小区业主委员会" },
        policy: "partyLeadership",
        rule: "noPartyMemberOnCommittee",
        severity: "minor",
        message: {
          zh: "桃园小区业主委员会成员中没有党员（未实现交叉任职）。",
          en: 'The owners\' committee "桃园小区业主委员会" has no party member among its 3 members (no cross-appointment).',
        },
        evidence: { members: 3, partyMembers: 0 },
        regionId: "C2",
      },
      {
        subject: { type: "tenant", id: "tnt_1", name: "蒙城县" },
        policy: "partyLeadership",
        rule: "partyOrgCoverage",
        severity: "info",
        message: {
          zh: "党组织组建率 40%（2/5 个具备条件的单位已建立党组织）。",
          en: "Party organisation formation rate 40% (2 of 5 eligible units have one).",
        },
        evidence: {
          threshold: 3,
          county: { numerator: 2, denominator: 5, rate: 0.4 },
          byRegion: [
            { regionId: "S", name: "城关街道", numerator: 2, denominator: 4, rate: 0.5 },
            { regionId: "T", name: "小涧镇", numerator: 0, denominator: 1, rate: 0 },
          ],
        },
        regionId: null,
      },
    ]);
  });

  it("takes the threshold from the mechanism, unless its config overrides it", () => {
    const quiet = { ...defaults, reportCoverage: false, requirePartyMemberOnCommittee: false };
    // Mechanism threshold 5: compound a (5) has a branch, b (3) and committee ka (3) fall below.
    expect(brief(partyLeadership.evaluate!(q2, countyView(), quiet, { mechanism: compact }))).toEqual([
      "y:noPartyOrg",
    ]);
    // The policy's own threshold 2 also catches compound c (2 members).
    expect(
      brief(partyLeadership.evaluate!(q2, countyView(), { ...quiet, eligibilityThreshold: 2 }, ctx)),
    ).toEqual(["b:noPartyOrg", "c:noPartyOrg", "ka:noPartyOrg", "y:noPartyOrg"]);
  });

  it("has nothing to say of an empty county but its (empty) coverage", () => {
    const findings = partyLeadership.evaluate!(q2, emptyView(), defaults, ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toBe("党组织组建率 —（0/0 个具备条件的单位已建立党组织）。");
    expect(partyLeadership.evaluate!(q2, emptyView(), { ...defaults, reportCoverage: false }, ctx)).toEqual(
      [],
    );
  });

  describe("guards major-matter resolutions", () => {
    const adopt = (payload: Record<string, unknown>): DomainEvent => ({
      type: "meeting.resolution.adopt",
      at: "2024-06-10T10:00:00+08:00",
      subject: { type: "meeting", id: "mtg_1", name: "金域小区联席会议" },
      payload,
    });

    it("refuses when required participants were absent, naming them", () => {
      const effects = partyLeadership.on!(
        adopt({
          matter: "fee",
          compoundId: "a",
          convenedBy: "communityPartyOrg",
          participants: ["communityPartyOrg", "company"],
        }),
        countyView(),
        defaults,
        ctx,
      );
      expect(effects).toEqual([
        {
          type: "guard",
          allow: false,
          reason: {
            zh: "重大事项（物业收费）须由党组织牵头协商决定：小区(网格)党支部、业主委员会未参加。",
            en: "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the compound (grid) party branch, the owners' committee.",
          },
        },
      ]);
    });

    it("refuses a meeting not convened by the community party organisation", () => {
      const effects = partyLeadership.on!(
        adopt({
          matter: "fundUse",
          compoundId: "a",
          convenedBy: "company",
          participants: ["communityPartyOrg", "compoundBranch", "committee", "company"],
        }),
        countyView(),
        defaults,
        ctx,
      );
      expect(effects).toEqual([
        {
          type: "guard",
          allow: false,
          reason: {
            zh: "重大事项（资金使用）须由党组织牵头协商决定：会议须由社区党组织牵头召集。",
            en: "A major matter (use of funds) is decided only in a meeting the party organisation leads: the meeting must be convened by the community party organisation.",
          },
        },
      ]);
    });

    it("allows a full meeting, a compound's meeting without units it lacks, and minor matters", () => {
      const full = ["communityPartyOrg", "compoundBranch", "committee", "company"];
      const view = countyView();
      expect(
        partyLeadership.on!(
          adopt({ matter: "service", compoundId: "a", convenedBy: "communityPartyOrg", participants: full }),
          view,
          defaults,
          ctx,
        ),
      ).toEqual([]);
      // Compound b has no branch, no committee in term and no company under contract on the day.
      expect(
        partyLeadership.on!(
          adopt({
            matter: "fee",
            compoundId: "b",
            convenedBy: "communityPartyOrg",
            participants: ["communityPartyOrg"],
          }),
          view,
          defaults,
          ctx,
        ),
      ).toEqual([]);
      expect(
        partyLeadership.on!(adopt({ matter: "parking", participants: [] }), view, defaults, ctx),
      ).toEqual([]);
      expect(
        partyLeadership.on!({ ...adopt({ matter: "fee" }), type: "meeting.held" }, view, defaults, ctx),
      ).toEqual([]);
    });

    it("without a known compound every required participant counts", () => {
      const [effect] = partyLeadership.on!(
        adopt({ matter: "fee", convenedBy: "communityPartyOrg", participants: ["communityPartyOrg"] }),
        countyView(),
        defaults,
        ctx,
      );
      expect(effect?.type === "guard" && effect.reason.zh).toBe(
        "重大事项（物业收费）须由党组织牵头协商决定：小区(网格)党支部、业主委员会、物业服务企业未参加。",
      );
    });
  });
});

describe("gridResponsibility", () => {
  const defaults = gridResponsibility.configSchema.parse({});

  it("finds compounds and grids without a guarantor and compounds without grids", () => {
    expect(gridResponsibility.evaluate!(q2, countyView(), defaults, ctx)).toEqual([
      {
        subject: { type: "grid", id: "g2", name: "金域小区 二网格" },
        policy: "gridResponsibility",
        rule: "gridWithoutGuarantor",
        severity: "minor",
        message: {
          zh: "小区“金域小区”的网格“二网格”未落实包保责任人。",
          en: 'Grid "二网格" of compound "金域小区" has no guarantor.',
        },
        evidence: { compoundId: "a" },
        regionId: "C1",
      },
      {
        subject: { type: "compound", id: "b", name: "幸福小区" },
        policy: "gridResponsibility",
        rule: "compoundWithoutGuarantor",
        severity: "major",
        message: { zh: "小区“幸福小区”未落实包保责任人。", en: 'Compound "幸福小区" has no guarantor.' },
        evidence: { grids: 0 },
        regionId: "C1",
      },
      {
        subject: { type: "compound", id: "b", name: "幸福小区" },
        policy: "gridResponsibility",
        rule: "compoundWithoutGrids",
        severity: "minor",
        message: {
          zh: "小区“幸福小区”（120户）未划分网格。",
          en: 'Compound "幸福小区" (120 households) is not divided into grids.',
        },
        evidence: { households: 120, grids: 0 },
        regionId: "C1",
      },
      {
        subject: { type: "grid", id: "g3", name: "桃园小区 一网格" },
        policy: "gridResponsibility",
        rule: "gridWithoutGuarantor",
        severity: "minor",
        message: {
          zh: "小区“桃园小区”的网格“一网格”未落实包保责任人。",
          en: 'Grid "一网格" of compound "桃园小区" has no guarantor.',
        },
        evidence: { compoundId: "c" },
        regionId: "C2",
      },
    ]);
  });

  it("follows its config", () => {
    expect(
      brief(
        gridResponsibility.evaluate!(
          q2,
          countyView(),
          { ...defaults, requireGrids: false, requireGridGuarantor: false },
          ctx,
        ),
      ),
    ).toEqual(["b:compoundWithoutGuarantor"]);
    expect(gridResponsibility.evaluate!(q2, emptyView(), defaults, ctx)).toEqual([]);
  });
});

describe("mechanismCompleteness", () => {
  it("finds missing bodies, short teams and missing venues of every level (anhui-3338)", () => {
    const findings = mechanismCompleteness.evaluate!(q2, countyView(), {}, ctx);
    expect(findings.map((f) => [f.subject.id, f.rule, f.severity, f.evidence, f.regionId])).toEqual([
      ["T", "bodyMissing", "major", { level: "township", present: 0, required: 1 }, "T"],
      [
        "T",
        "dedicatedStaffShort",
        "minor",
        { level: "township", team: "townshipOffice", present: 1, required: 2 },
        "T",
      ],
      ["C2", "bodyMissing", "major", { level: "community", present: 0, required: 1 }, "C2"],
      [
        "C2",
        "dedicatedStaffShort",
        "minor",
        { level: "community", team: "communityBody", present: 0, required: 1 },
        "C2",
      ],
      ["C2", "venueMissing", "minor", { level: "community", present: 0, required: 1 }, "C2"],
      ["b", "bodyMissing", "major", { level: "compound", present: 0, required: 1 }, "C1"],
      [
        "b",
        "dedicatedStaffShort",
        "minor",
        { level: "compound", team: "ownersCommittee", present: 0, required: 1 },
        "C1",
      ],
      ["b", "venueMissing", "minor", { level: "compound", present: 0, required: 1 }, "C1"],
      ["c", "bodyMissing", "major", { level: "compound", present: 0, required: 1 }, "C2"],
      [
        "c",
        "dedicatedStaffShort",
        "minor",
        { level: "compound", team: "ownersCommittee", present: 0, required: 1 },
        "C2",
      ],
      ["c", "venueMissing", "minor", { level: "compound", present: 0, required: 1 }, "C2"],
    ]);
    expect(findings[0]).toEqual({
      subject: { type: "region", id: "T", name: "小涧镇" },
      policy: "mechanismCompleteness",
      rule: "bodyMissing",
      severity: "major",
      message: {
        zh: "乡镇(街道)“小涧镇”未成立物业管理机构。",
        en: 'Township / street "小涧镇" has no property-management body.',
      },
      evidence: { level: "township", present: 0, required: 1 },
      regionId: "T",
    });
    expect(findings[1]?.message).toEqual({
      zh: "乡镇(街道)“小涧镇”街道(物业管理办公室)专职人员1名，应配2名。",
      en: 'Township / street "小涧镇" has 1 dedicated staff in Township/street property management office; 2 required.',
    });
    expect(findings[4]?.message).toEqual({
      zh: "社区“西园社区”未配置协商议事和矛盾纠纷调处场所。",
      en: 'Community "西园社区" has no venue for consultation and dispute mediation.',
    });
  });

  it("judges only what another mechanism's levels ask for (compact-2level)", () => {
    const findings = mechanismCompleteness.evaluate!(q2, countyView(), {}, { mechanism: compact });
    expect(findings.map((f) => [f.subject.id, f.rule, f.evidence])).toEqual([
      [
        "C1",
        "dedicatedStaffShort",
        { level: "community", team: "communityStation", present: 1, required: 2 },
      ],
      ["C2", "bodyMissing", { level: "community", present: 0, required: 1 }],
      [
        "C2",
        "dedicatedStaffShort",
        { level: "community", team: "communityStation", present: 0, required: 2 },
      ],
      ["C2", "venueMissing", { level: "community", present: 0, required: 1 }],
      // What the 3-level registry left behind: no township level, none of its teams.
      ["b1", "levelMisfit", { level: "township" }],
      ["v1", "levelMisfit", { level: "township" }],
      ["v2", "levelMisfit", { level: "township" }],
      ["s1", "teamMisfit", { team: "townshipOffice" }],
      ["s2", "teamMisfit", { team: "townshipOffice" }],
      ["s3", "teamMisfit", { team: "townshipOffice" }],
      ["s4", "teamMisfit", { team: "townshipOffice" }],
      ["s5", "teamMisfit", { team: "communityBody" }],
      ["s6", "teamMisfit", { team: "ownersCommittee" }],
      ["s7", "teamMisfit", { team: "ownersCommittee" }],
    ]);
    const b1 = findings.find((f) => f.subject.id === "b1");
    expect(b1).toMatchObject({
      subject: { type: "body", id: "b1", name: "城关街道物业管理办公室" },
      regionId: "S",
      severity: "minor",
      message: {
        zh: "“城关街道物业管理办公室”与现行工作机制不符：工作机制中没有层级“township”，可用的层级：community, compound。",
        en: `"城关街道物业管理办公室" does not fit the current mechanism: The county's mechanism has no level 'township': use one of community, compound.`,
      },
    });
    expect(findings.find((f) => f.subject.id === "s6")).toMatchObject({
      subject: { type: "staff", id: "s6" },
      regionId: "C1",
    });
  });

  it("has nothing to judge in an empty county", () => {
    expect(mechanismCompleteness.evaluate!(q2, emptyView(), {}, ctx)).toEqual([]);
  });
});

describe("cultivateExcellence", () => {
  const defaults = cultivateExcellence.configSchema.parse({});

  it("finds project managers changed more often than allowed per contract year", () => {
    // k1: 2022-01-01 … 2024-06-30 is 3 contract years, 3 changes allowed, 4 made. k2: 1 of 1.
    // k3 ended before the period; k4 starts after the view's day.
    expect(cultivateExcellence.evaluate!(q2, countyView(), defaults, ctx)).toEqual([
      {
        subject: { type: "company", id: "x", name: "皖美物业" },
        policy: "cultivateExcellence",
        rule: "projectManagerUnstable",
        severity: "minor",
        message: {
          zh: "皖美物业在小区“金域小区”的项目经理3年内更换4次，超过每年1次。",
          en: '皖美物业 changed the project manager of compound "金域小区" 4 times in 3 contract year(s); at most 1 a year.',
        },
        evidence: { contractId: "k1", compoundId: "a", changes: 4, contractYears: 3, allowed: 3 },
        regionId: "C1",
      },
    ]);
  });

  it("follows its config", () => {
    const strict = { ...defaults, maxProjectManagerChangesPerYear: 0 };
    expect(
      cultivateExcellence.evaluate!(q2, countyView(), strict, ctx).map((f) => f.evidence.contractId),
    ).toEqual(["k1", "k2"]);
    expect(cultivateExcellence.evaluate!(q2, emptyView(), defaults, ctx)).toEqual([]);
  });
});

describe("householdsPerGrid (a county's own rule)", () => {
  it("finds compounds whose grids hold too many households", () => {
    expect(householdsPerGrid.evaluate!(q2, countyView(), { maxHouseholdsPerGrid: 300 }, ctx)).toEqual([
      {
        subject: { type: "compound", id: "a", name: "金域小区" },
        policy: "householdsPerGrid",
        rule: "tooManyHouseholdsPerGrid",
        severity: "minor",
        message: {
          zh: "小区“金域小区”700户仅划分2个网格（平均350户），超过每格300户，应至少划分3个。",
          en: 'Compound "金域小区" has 700 households in 2 grids (350 each), above 300 per grid; it needs at least 3.',
        },
        evidence: { households: 700, grids: 2, householdsPerGrid: 350, max: 300, gridsNeeded: 3 },
        regionId: "C1",
      },
    ]);
    // 350 per grid is within 350; compounds without grids are gridResponsibility's.
    expect(householdsPerGrid.evaluate!(q2, countyView(), { maxHouseholdsPerGrid: 350 }, ctx)).toEqual([]);
    expect(
      householdsPerGrid.evaluate!(q2, countyView(), { maxHouseholdsPerGrid: 60 }, ctx).map(
        (f) => f.subject.id,
      ),
    ).toEqual(["a", "c"]);
  });
});

describe("policies whose data comes later", () => {
  it.each<AnyPolicy>([assessment])("$id returns no findings without published assessments", (policy) => {
    expect(policy.reads.evaluate).toEqual(["assessmentCards", "bulletins"]);
    expect(policy.evaluate!(q2, countyView(), policyDefaults(policy), ctx)).toEqual([]);
  });

  it("their defaults come from the seed", () => {
    expect(policyDefaults(complaintHandling)).toMatchObject({ firstContactHours: 2, checkInHours: 2 });
    expect(policyDefaults(informationDisclosure)).toEqual({
      items: {
        feeStandard: { required: true, cadence: "yearly", responsible: "company" },
        serviceStandard: { required: true, cadence: "yearly", responsible: "company" },
        publicRevenue: { required: true, cadence: "quarterly", responsible: "company" },
        maintenanceFund: { required: true, cadence: "yearly", responsible: "committee" },
        committeeDecisions: { required: true, cadence: "monthly", responsible: "committee" },
        contractSummary: { required: true, cadence: "yearly", responsible: "company" },
      },
      graceDays: 15,
    });
    expect(policyDefaults(jointConsultation)).toEqual({
      meetings: {
        township: { count: 1, per: "quarter" },
        community: { count: 1, per: "month" },
        compound: { count: 1, per: "quarter" },
      },
      requiredParticipants: ["communityPartyOrg", "compoundBranch", "committee", "company"],
      followUpDays: 30,
    });
    expect(policyDefaults(assessment)).toMatchObject({
      monthlyBulletin: { enabled: true },
      quarterly: { enabled: true },
      yearEnd: { enabled: true },
      resultsToCredit: true,
    });
    expect(Object.keys((policyDefaults(wholeProcessParticipation) as { steps: object }).steps)).toEqual([
      "companySelection",
      "contractRenewal",
      "committeeElection",
      "committeeChange",
      "handover",
      "majorRepair",
    ]);
  });
});

describe("complaintHandling deadlines", () => {
  const defaults = complaintHandling.configSchema.parse({});
  const caseSubject = { type: "case" as const, id: "cas_1", name: "CASE-0001" };
  // Friday 7 June 2024, 10:00 in Mengcheng (02:00 UTC).
  const received = (category: string | null): DomainEvent => ({
    type: "case.received",
    at: "2024-06-07T10:00:00+08:00",
    subject: caseSubject,
    payload: { category },
  });

  it("a case of a category gets its category's deadlines, resolution in working days", () => {
    expect(complaintHandling.on!(received("illegalConstruction"), countyView(), defaults, ctx)).toEqual([
      {
        type: "obligation",
        subject: caseSubject,
        what: {
          zh: "社区在2小时内联系反映人",
          en: "The community contacts the person who raised it within 2 h",
        },
        dueAt: "2024-06-07T04:00:00.000Z",
      },
      {
        type: "obligation",
        subject: caseSubject,
        what: { zh: "7个工作日内办结", en: "Resolved within 7 working days" },
        // Seven working days after a Friday: the Tuesday of the week after next.
        dueAt: "2024-06-18T02:00:00.000Z",
      },
    ]);
  });

  it("an urgent category and an unknown one (the policy's own deadlines)", () => {
    const urgent = complaintHandling.on!(received("fireLaneOccupation"), countyView(), defaults, ctx);
    expect(urgent.map((e) => e.type === "obligation" && e.dueAt)).toEqual([
      "2024-06-07T03:00:00.000Z",
      "2024-06-09T02:00:00.000Z",
    ]);
    const other = complaintHandling.on!(received(null), countyView(), defaults, ctx);
    expect(other.map((e) => e.type === "obligation" && e.dueAt)).toEqual([
      "2024-06-07T04:00:00.000Z",
      "2024-06-14T02:00:00.000Z",
    ]);
  });

  it("a whistle obliges each department to check in", () => {
    const whistled: DomainEvent = {
      type: "case.whistled",
      at: "2024-06-07T11:00:00+08:00",
      subject: caseSubject,
      payload: { category: "disorderlyParking", departments: ["police", "urbanManagement"] },
    };
    expect(complaintHandling.on!(whistled, countyView(), defaults, ctx)).toEqual([
      {
        type: "obligation",
        subject: { type: "department", id: "dep_police", name: "公安" },
        what: {
          zh: "公安在2小时内报到（CASE-0001）",
          en: "Public security checks in within 2 h (CASE-0001)",
        },
        dueAt: "2024-06-07T05:00:00.000Z",
      },
      {
        type: "obligation",
        subject: { type: "department", id: "dep_urban", name: "城管" },
        what: {
          zh: "城管在2小时内报到（CASE-0001）",
          en: "Urban management checks in within 2 h (CASE-0001)",
        },
        dueAt: "2024-06-07T05:00:00.000Z",
      },
    ]);
  });

  it("ignores other events and refuses an event without a valid time", () => {
    expect(
      complaintHandling.on!({ ...received(null), type: "case.rated" }, countyView(), defaults, ctx),
    ).toEqual([]);
    expect(() =>
      complaintHandling.on!({ ...received(null), at: "yesterday" }, countyView(), defaults, ctx),
    ).toThrow(/Not an instant: 'yesterday'/);
  });
});
