import type { AssessmentTargetKind, AssessmentTemplateInput } from "./template.js";

const rate = (from = 0.6, to = 1) => ({ kind: "linear" as const, from, to });
const deduct = (perFinding: number, cap?: number) => ({
  kind: "deduction" as const,
  perFinding,
  ...(cap === undefined ? {} : { cap }),
});

/**
 * 物业服务企业考核细则: the seed's priorities for companies — 投诉即办 三率 (50), 信息公示 (20),
 * 联席会商 (10), 党建引领 (10), 责任清单 on time (10); 100 points. A bad credit record for a
 * major safety incident (重大安全责任事故) fails the company whatever its score.
 */
export const companyTemplate: AssessmentTemplateInput = {
  name: { zh: "物业服务企业考核细则", en: "Property company assessment" },
  targetKind: "company",
  passLine: 60,
  items: [
    {
      id: "responseRate",
      title: { zh: "投诉即办响应率", en: "Case response rate" },
      points: 15,
      source: { metric: "cases.responseRate" },
      rule: rate(),
    },
    {
      id: "resolutionRate",
      title: { zh: "投诉即办办结率", en: "Case resolution rate" },
      points: 15,
      source: { metric: "cases.resolutionRate" },
      rule: rate(),
    },
    {
      id: "satisfactionRate",
      title: { zh: "投诉即办满意率", en: "Case satisfaction rate" },
      points: 20,
      source: { metric: "cases.satisfactionRate" },
      rule: rate(),
    },
    {
      id: "disclosure",
      title: { zh: "信息公示", en: "Information disclosure" },
      points: 20,
      source: { metric: "disclosures.compliance" },
      rule: deduct(5),
    },
    {
      id: "jointConsultation",
      title: { zh: "联席会商", en: "Joint consultation" },
      points: 10,
      source: { metric: "meetings.compliance" },
      rule: deduct(5),
    },
    {
      id: "partyLeadership",
      title: { zh: "党建引领", en: "Party leadership" },
      points: 10,
      source: { metric: "findings", policy: "partyLeadership" },
      rule: deduct(5),
    },
    {
      id: "tasksOnTime",
      title: { zh: "责任清单按时完成率", en: "Responsibility tasks on time" },
      points: 10,
      source: { metric: "tasks.onTime" },
      rule: rate(),
    },
  ],
  vetoes: [
    {
      id: "majorSafetyIncident",
      title: { zh: "发生重大安全责任事故", en: "A major safety incident on record" },
      source: { metric: "credit.bad", category: "majorSafetyIncident" },
      rule: { kind: "atLeast", count: 1 },
    },
  ],
};

/**
 * 乡镇（街道）考核细则: the seed's priorities for townships and streets — 投诉即办 三率 (30),
 * 三个100% (30), 信息公示 (10), 联席会商 (10), 网格包保 (10), 党建引领 (10); 100 points. A
 * critical complaintHandling finding (a case more than a week late) fails the township.
 */
export const townshipTemplate: AssessmentTemplateInput = {
  name: { zh: "乡镇（街道）考核细则", en: "Township and street assessment" },
  targetKind: "township",
  passLine: 60,
  items: [
    {
      id: "responseRate",
      title: { zh: "投诉即办响应率", en: "Case response rate" },
      points: 10,
      source: { metric: "cases.responseRate" },
      rule: rate(),
    },
    {
      id: "resolutionRate",
      title: { zh: "投诉即办办结率", en: "Case resolution rate" },
      points: 10,
      source: { metric: "cases.resolutionRate" },
      rule: rate(),
    },
    {
      id: "satisfactionRate",
      title: { zh: "投诉即办满意率", en: "Case satisfaction rate" },
      points: 10,
      source: { metric: "cases.satisfactionRate" },
      rule: rate(),
    },
    {
      id: "serviceCoverage",
      title: { zh: "物业服务覆盖率", en: "Property service coverage" },
      points: 10,
      source: { metric: "coverage.service" },
      rule: rate(0.5),
    },
    {
      id: "committeeFormation",
      title: { zh: "业委会组建率", en: "Owners' committee formation" },
      points: 10,
      source: { metric: "coverage.committee" },
      rule: rate(0.5),
    },
    {
      id: "partyOrgFormation",
      title: { zh: "党组织组建率", en: "Party organisation formation" },
      points: 10,
      source: { metric: "coverage.partyOrg" },
      rule: rate(0.5),
    },
    {
      id: "disclosure",
      title: { zh: "信息公示", en: "Information disclosure" },
      points: 10,
      source: { metric: "disclosures.compliance" },
      rule: deduct(2),
    },
    {
      id: "jointConsultation",
      title: { zh: "联席会商", en: "Joint consultation" },
      points: 10,
      source: { metric: "meetings.compliance" },
      rule: deduct(5),
    },
    {
      id: "gridResponsibility",
      title: { zh: "网格包保", en: "Grid guarantors" },
      points: 10,
      source: { metric: "findings", policy: "gridResponsibility" },
      rule: deduct(2),
    },
    {
      id: "partyLeadership",
      title: { zh: "党建引领", en: "Party leadership" },
      points: 10,
      source: { metric: "findings", policy: "partyLeadership" },
      rule: deduct(2),
    },
  ],
  vetoes: [
    {
      id: "criticalComplaint",
      title: { zh: "投诉办理严重超期", en: "A case handled more than a week late" },
      source: { metric: "findings", policy: "complaintHandling", severity: "critical" },
      rule: { kind: "atLeast", count: 1 },
    },
  ],
};

/**
 * 抓基层党建述职评议: the party-building scorecard of a township's (street's) or a community's
 * party secretary, from the seed's 红色物业 items — 党组织组建率 (25), 交叉任职 (party members on
 * owners' committees, 20), 党组织牵头议事 (meetings convened by a party organisation, 20),
 * 党建引领 findings (15), 联席会商 (10), residents' satisfaction (10); 100 points. Scored only
 * in the year-end assessment (年终评比), whose published ranking is the input to the annual
 * review; graded 好 / 较好 / 一般 / 差.
 */
const secretaryTemplate = (
  targetKind: Extract<AssessmentTargetKind, "townshipSecretary" | "communitySecretary">,
): AssessmentTemplateInput => ({
  name:
    targetKind === "townshipSecretary"
      ? {
          zh: "乡镇（街道）党（工）委书记抓基层党建（红色物业）述职评议",
          en: "Township and street party secretaries' annual review (red property)",
        }
      : {
          zh: "社区党组织书记抓基层党建（红色物业）述职评议",
          en: "Community party secretaries' annual review (red property)",
        },
  targetKind,
  kinds: ["annual"],
  passLine: 60,
  bands: [
    { grade: "好", min: 90 },
    { grade: "较好", min: 80 },
    { grade: "一般", min: 60 },
    { grade: "差", min: 0 },
  ],
  items: [
    {
      id: "partyOrgFormation",
      title: { zh: "党组织组建率（应建尽建）", en: "Party organisation formation" },
      points: 25,
      source: { metric: "coverage.partyOrg" },
      rule: rate(0.5),
    },
    {
      id: "crossAppointment",
      title: { zh: "业委会党员交叉任职率", en: "Party members on owners' committees" },
      points: 20,
      source: { metric: "party.crossAppointment" },
      rule: rate(0.5),
    },
    {
      id: "partyLedMeetings",
      title: { zh: "党组织牵头协商议事", en: "Meetings convened by a party organisation" },
      points: 20,
      source: { metric: "party.ledMeetings" },
      rule: rate(0.5),
    },
    {
      id: "partyLeadership",
      title: { zh: "党建引领制度落实", en: "Party leadership rule" },
      points: 15,
      source: { metric: "findings", policy: "partyLeadership" },
      rule: deduct(3),
    },
    {
      id: "jointConsultation",
      title: { zh: "联席会商", en: "Joint consultation" },
      points: 10,
      source: { metric: "meetings.compliance" },
      rule: deduct(5),
    },
    {
      id: "satisfactionRate",
      title: { zh: "群众满意率", en: "Residents' satisfaction" },
      points: 10,
      source: { metric: "cases.satisfactionRate" },
      rule: rate(),
    },
  ],
});

export const townshipSecretaryTemplate = secretaryTemplate("townshipSecretary");
export const communitySecretaryTemplate = secretaryTemplate("communitySecretary");

/** The templates a preset ships, by code; a new tenant gets them as version 1. */
export const assessmentPresets: Record<string, Record<string, AssessmentTemplateInput>> = {
  "anhui-3338": {
    company: companyTemplate,
    township: townshipTemplate,
    townshipSecretary: townshipSecretaryTemplate,
    communitySecretary: communitySecretaryTemplate,
  },
  "compact-2level": { company: companyTemplate },
};

/** A fresh copy of the templates a preset ships (none for an unknown preset). */
export const presetTemplates = (presetId: string): Record<string, AssessmentTemplateInput> =>
  structuredClone(assessmentPresets[presetId] ?? {});
