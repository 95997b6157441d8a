import type { Deadlines, MechanismInput } from "../schema.js";

const deadlines = (
  firstContactHours: number,
  checkInHours: number,
  resolutionDays: number,
  workingDays = false,
): Deadlines => ({ firstContactHours, checkInHours, resolutionDays, workingDays });

/** Immediate hazards to life: fire lanes, flying wires, e-bikes indoors, objects thrown from height. */
const urgent = deadlines(1, 1, 2);
/** 第一时间联系, prompt check-in, resolved within days. */
const prompt = deadlines(2, 2, 3);
const standard = deadlines(2, 2, 5);
/** Enforcement that needs an investigation (demolition, group renting): working days. */
const investigation = deadlines(2, 4, 7, true);

/**
 * 蒙城县物业管理"3338"工作机制 (Mengcheng, Anhui): 三个机构 (township/street, community and
 * compound bodies), 三支队伍 (街道物业管理办公室, 社区物业管理机构, 业委会 with dedicated staff),
 * 三级阵地 (venues at each level), 8项制度, and the "8+N" roster working as 社区吹哨、部门报到.
 * Categories: the 11 violations the seed lists, routed to the departments that enforce them, plus
 * complaint, dispute and consultation categories. Department codes match the Mengcheng registry.
 */
export const anhui3338: MechanismInput = {
  name: { zh: "蒙城县物业管理“3338”工作机制", en: "Mengcheng property management “3338” mechanism" },
  preset: "anhui-3338",
  levels: [
    {
      code: "township",
      name: { zh: "乡镇(街道)", en: "Township / street" },
      unit: "township",
      bodyRequired: true,
      venueRequired: true,
      team: {
        code: "townshipOffice",
        name: { zh: "街道(物业管理办公室)", en: "Township/street property management office" },
        dedicatedStaff: 2,
      },
    },
    {
      code: "community",
      name: { zh: "社区", en: "Community" },
      unit: "community",
      bodyRequired: true,
      venueRequired: true,
      team: {
        code: "communityBody",
        name: { zh: "社区物业管理机构", en: "Community property management body" },
        dedicatedStaff: 1,
      },
    },
    {
      code: "compound",
      name: { zh: "小区", en: "Compound" },
      unit: "compound",
      bodyRequired: true,
      venueRequired: true,
      team: { code: "ownersCommittee", name: { zh: "业委会", en: "Owners' committee" }, dedicatedStaff: 1 },
    },
  ],
  roster: {
    core: [
      "townshipStreet",
      "police",
      "urbanManagement",
      "marketRegulation",
      "fireRescue",
      "naturalResources",
      "housingConstruction",
      "housingCentre",
    ],
    utilities: ["powerSupply", "waterSupply", "telecom"],
  },
  categories: [
    // 综合执法进小区: the 11 violations of the seed.
    {
      code: "highAltitudeThrowing",
      name: { zh: "高空抛物", en: "Throwing objects from height" },
      kind: "violation",
      departments: ["police"],
      deadlines: urgent,
    },
    {
      code: "illegalConstruction",
      name: { zh: "乱搭乱建", en: "Illegal construction" },
      kind: "violation",
      departments: ["urbanManagement", "naturalResources"],
      deadlines: investigation,
    },
    {
      code: "greeneryDestruction",
      name: { zh: "毁绿种菜", en: "Destroying greenery to grow vegetables" },
      kind: "violation",
      departments: ["urbanManagement"],
      deadlines: standard,
    },
    {
      code: "garbageDumping",
      name: { zh: "任意弃置垃圾", en: "Dumping garbage" },
      kind: "violation",
      departments: ["urbanManagement"],
      deadlines: prompt,
    },
    {
      code: "disorderlyParking",
      name: { zh: "车辆乱停乱放", en: "Disorderly parking" },
      kind: "violation",
      departments: ["police", "urbanManagement"],
      deadlines: prompt,
    },
    {
      code: "fireLaneOccupation",
      name: { zh: "占用消防和公共通道", en: "Occupying fire lanes and public passages" },
      kind: "violation",
      departments: ["fireRescue"],
      deadlines: urgent,
    },
    {
      code: "flyingWireCharging",
      name: { zh: "飞线充电", en: "Flying-wire charging" },
      kind: "violation",
      departments: ["fireRescue", "powerSupply"],
      deadlines: urgent,
    },
    {
      code: "illegalGroupRenting",
      name: { zh: "违规群租", en: "Illegal group renting" },
      kind: "violation",
      departments: ["police", "housingCentre"],
      deadlines: investigation,
    },
    {
      code: "illegalBusiness",
      name: { zh: "违规经营", en: "Illegal business" },
      kind: "violation",
      departments: ["marketRegulation"],
      deadlines: standard,
    },
    {
      code: "ebikeIndoorCharging",
      name: { zh: "电动车违规进楼入户停放充电", en: "E-bikes parked or charged indoors" },
      kind: "violation",
      departments: ["fireRescue"],
      deadlines: urgent,
    },
    {
      // Posted bills are city appearance (城管); unlawful advertising content is market regulation (广告法).
      code: "illegalAdvertising",
      name: { zh: "违法发布广告", en: "Illegal advertising" },
      kind: "violation",
      departments: ["urbanManagement", "marketRegulation"],
      deadlines: standard,
    },
    // Complaints about the property service; the housing centre supervises the industry.
    {
      code: "serviceQuality",
      name: { zh: "物业服务质量", en: "Quality of property service" },
      kind: "complaint",
      departments: ["housingCentre"],
      deadlines: standard,
    },
    {
      code: "feeDispute",
      name: { zh: "物业收费", en: "Property fees" },
      kind: "complaint",
      departments: ["housingCentre", "marketRegulation"],
      deadlines: standard,
    },
    {
      code: "facilityRepair",
      name: { zh: "设施设备维修", en: "Repair of facilities and equipment" },
      kind: "complaint",
      departments: ["housingCentre"],
      deadlines: standard,
    },
    {
      code: "environmentSanitation",
      name: { zh: "环境卫生", en: "Cleanliness and sanitation" },
      kind: "complaint",
      departments: ["housingCentre", "urbanManagement"],
      deadlines: prompt,
    },
    {
      code: "utilityService",
      name: { zh: "水电通信服务", en: "Water, power and telecom service" },
      kind: "complaint",
      departments: ["powerSupply", "waterSupply", "telecom"],
      deadlines: prompt,
    },
    // Disputes mediated at the venues (矛盾纠纷调处).
    {
      code: "neighbourDispute",
      name: { zh: "邻里纠纷", en: "Dispute between neighbours" },
      kind: "dispute",
      departments: ["townshipStreet"],
      deadlines: deadlines(2, 4, 7),
    },
    {
      code: "ownerCompanyDispute",
      name: { zh: "业主与物业纠纷", en: "Dispute between owners and the company" },
      kind: "dispute",
      departments: ["townshipStreet", "housingCentre"],
      deadlines: deadlines(2, 4, 7),
    },
    {
      code: "propertyPolicyConsultation",
      name: { zh: "物业政策咨询", en: "Questions on property policy" },
      kind: "consultation",
      departments: ["housingCentre"],
      deadlines: deadlines(2, 4, 3),
    },
  ],
  policies: {
    partyLeadership: { enabled: true, config: {} },
    gridResponsibility: { enabled: true, config: {} },
    informationDisclosure: { enabled: true, config: {} },
    complaintHandling: { enabled: true, config: {} },
    jointConsultation: { enabled: true, config: {} },
    assessment: { enabled: true, config: {} },
    cultivateExcellence: { enabled: true, config: {} },
    wholeProcessParticipation: { enabled: true, config: {} },
    mechanismCompleteness: { enabled: true, config: {} },
    contractPerformance: { enabled: true, config: {} },
  },
  thresholds: { partyEligibility: 3 },
};
