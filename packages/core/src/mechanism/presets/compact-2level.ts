import type { MechanismInput } from "../schema.js";

/**
 * A fictional county (青禾县, Qinghe) with a leaner mechanism, to prove the mechanism is data:
 * two levels (community, compound), a body and a venue required at the community only, a
 * smaller "4+1" roster, slower deadlines counted in working days, four of the eight rules plus
 * its own rule `householdsPerGrid`, and a higher party-eligibility threshold.
 */
export const compact2Level: MechanismInput = {
  name: { zh: "青禾县物业管理两级工作机制", en: "Qinghe two-level property management mechanism" },
  preset: "compact-2level",
  levels: [
    {
      code: "community",
      name: { zh: "社区", en: "Community" },
      unit: "community",
      bodyRequired: true,
      venueRequired: true,
      team: {
        code: "communityStation",
        name: { zh: "社区物业服务站", en: "Community property service station" },
        dedicatedStaff: 2,
      },
    },
    {
      code: "compound",
      name: { zh: "小区", en: "Compound" },
      unit: "compound",
      bodyRequired: false,
      venueRequired: false,
      team: null,
    },
  ],
  roster: {
    core: ["police", "urbanManagement", "fireRescue", "housingCentre"],
    utilities: ["powerSupply"],
  },
  categories: [
    {
      code: "fireSafety",
      name: { zh: "消防安全隐患", en: "Fire hazards" },
      kind: "violation",
      departments: ["fireRescue"],
      deadlines: { firstContactHours: 2, checkInHours: 4, resolutionDays: 3, workingDays: false },
    },
    {
      code: "illegalConstruction",
      name: { zh: "违法建设", en: "Illegal construction" },
      kind: "violation",
      departments: ["urbanManagement"],
      deadlines: { firstContactHours: 4, checkInHours: 24, resolutionDays: 15, workingDays: true },
    },
    {
      code: "parking",
      name: { zh: "停车秩序", en: "Parking" },
      kind: "violation",
      departments: ["police"],
      deadlines: { firstContactHours: 4, checkInHours: 24, resolutionDays: 5, workingDays: true },
    },
    {
      code: "propertyService",
      name: { zh: "物业服务", en: "Property service" },
      kind: "complaint",
      departments: ["housingCentre"],
      deadlines: { firstContactHours: 4, checkInHours: 24, resolutionDays: 10, workingDays: true },
    },
    {
      code: "powerOutage",
      name: { zh: "停电", en: "Power outage" },
      kind: "complaint",
      departments: ["powerSupply"],
      deadlines: { firstContactHours: 1, checkInHours: 2, resolutionDays: 1, workingDays: false },
    },
    {
      code: "neighbourDispute",
      name: { zh: "邻里纠纷", en: "Dispute between neighbours" },
      kind: "dispute",
      departments: [],
      deadlines: { firstContactHours: 4, checkInHours: 24, resolutionDays: 10, workingDays: true },
    },
    {
      code: "consultation",
      name: { zh: "政策咨询", en: "Questions" },
      kind: "consultation",
      departments: ["housingCentre"],
      deadlines: { firstContactHours: 8, checkInHours: 24, resolutionDays: 5, workingDays: true },
    },
  ],
  policies: {
    partyLeadership: {
      enabled: true,
      config: { majorMatters: ["fee", "fundUse"], reportCoverage: false },
    },
    gridResponsibility: { enabled: true, config: { requireGridGuarantor: false } },
    complaintHandling: {
      enabled: true,
      config: { firstContactHours: 4, checkInHours: 24, resolutionDays: 10, workingDays: true },
    },
    informationDisclosure: {
      enabled: true,
      config: {
        items: { publicRevenue: { cadence: "yearly" }, committeeDecisions: { cadence: "quarterly" } },
      },
    },
    householdsPerGrid: { enabled: true, config: { maxHouseholdsPerGrid: 250 } },
    mechanismCompleteness: { enabled: true, config: {} },
    jointConsultation: { enabled: false, config: {} },
  },
  thresholds: { partyEligibility: 5 },
};
