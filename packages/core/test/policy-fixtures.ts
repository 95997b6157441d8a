import type { CommitteeMember, PolicyView } from "../src/index.js";

const member = (name: string, isPartyMember: boolean, role: CommitteeMember["role"] = "member") => ({
  name,
  role,
  isPartyMember,
});

/**
 * A small county on 2024-06-30 (the end of 2024-Q2):
 *
 *   street S 城关街道 ── community C1 东城社区 ── compounds a 金域小区 (700 households, 2 grids), b 幸福小区
 *   township T 小涧镇 ── community C2 西园社区 ── compound c 桃园小区 (1 grid)
 */
export function countyView(): PolicyView {
  return {
    tenant: { id: "tnt_1", slug: "mengcheng", name: "蒙城县", timezone: "Asia/Shanghai" },
    asOf: "2024-06-30",
    regions: [
      { id: "S", kind: "street", parentId: null, name: "城关街道", path: "S/" },
      { id: "T", kind: "township", parentId: null, name: "小涧镇", path: "T/" },
      { id: "C1", kind: "community", parentId: "S", name: "东城社区", path: "S/C1/" },
      { id: "C2", kind: "community", parentId: "T", name: "西园社区", path: "T/C2/" },
    ],
    compounds: [
      {
        id: "a",
        name: "金域小区",
        communityId: "C1",
        serviceMode: "professional",
        selfManagedSince: null,
        households: 700,
        residentPartyMembers: 5,
        guarantor: { userId: "usr_1", name: null },
      },
      {
        id: "b",
        name: "幸福小区",
        communityId: "C1",
        serviceMode: "none",
        selfManagedSince: null,
        households: 120,
        residentPartyMembers: 3,
        guarantor: null,
      },
      {
        id: "c",
        name: "桃园小区",
        communityId: "C2",
        serviceMode: "selfManaged",
        selfManagedSince: "2024-01-01",
        households: 80,
        residentPartyMembers: 2,
        guarantor: { userId: null, name: "王建国" },
      },
    ],
    grids: [
      { id: "g1", compoundId: "a", name: "一网格", guarantor: { userId: "usr_2", name: null } },
      { id: "g2", compoundId: "a", name: "二网格", guarantor: null },
      { id: "g3", compoundId: "c", name: "一网格", guarantor: { userId: null, name: null } },
    ],
    companies: [
      { id: "x", name: "皖美物业", partyMembers: 4, local: true },
      { id: "y", name: "恒安物业", partyMembers: 10, local: false },
      { id: "z", name: "小微物业", partyMembers: 1, local: true },
    ],
    contracts: [
      {
        id: "k1",
        companyId: "x",
        compoundId: "a",
        startsOn: "2022-01-01",
        endsOn: "2025-12-31",
        projectManagerChanges: 4,
      },
      {
        id: "k2",
        companyId: "y",
        compoundId: "c",
        startsOn: "2024-01-01",
        endsOn: "2024-12-31",
        projectManagerChanges: 1,
      },
      {
        id: "k3",
        companyId: "x",
        compoundId: "b",
        startsOn: "2018-01-01",
        endsOn: "2020-12-31",
        projectManagerChanges: 9,
      },
      {
        id: "k4",
        companyId: "z",
        compoundId: "b",
        startsOn: "2024-07-01",
        endsOn: "2027-06-30",
        projectManagerChanges: 2,
      },
    ],
    committees: [
      {
        id: "ka",
        compoundId: "a",
        formedOn: "2023-01-01",
        termEndsOn: "2026-01-01",
        members: [
          member("张一", true, "chair"),
          member("李二", true),
          member("王三", true),
          member("赵四", false),
          member("钱五", false),
        ],
      },
      {
        id: "kc",
        compoundId: "c",
        formedOn: "2024-03-01",
        termEndsOn: "2029-02-28",
        members: [member("孙六", false, "chair"), member("周七", false), member("吴八", false)],
      },
      // Out of term on 2024-06-30: neither judged nor counted.
      {
        id: "kb",
        compoundId: "b",
        formedOn: "2019-01-01",
        termEndsOn: "2022-01-01",
        members: [member("郑九", false, "chair")],
      },
    ],
    partyOrgs: [
      {
        id: "p1",
        kind: "compoundBranch",
        name: null,
        regionId: null,
        compoundId: "a",
        companyId: null,
        committeeId: null,
        memberCount: 5,
      },
      {
        id: "p2",
        kind: "companyBranch",
        name: null,
        regionId: null,
        compoundId: null,
        companyId: "x",
        committeeId: null,
        memberCount: 4,
      },
      {
        id: "p3",
        kind: "communityCommittee",
        name: null,
        regionId: "C1",
        compoundId: null,
        companyId: null,
        committeeId: null,
        memberCount: 30,
      },
    ],
    departments: [
      { id: "dep_police", code: "police", name: { zh: "公安", en: "Public security" }, kind: "core" },
      {
        id: "dep_urban",
        code: "urbanManagement",
        name: { zh: "城管", en: "Urban management" },
        kind: "core",
      },
    ],
    bodies: [
      { id: "b1", level: "township", regionId: "S", compoundId: null, name: "城关街道物业管理办公室" },
      { id: "b2", level: "community", regionId: "C1", compoundId: null, name: "东城社区物业管理站" },
      { id: "b3", level: "compound", regionId: null, compoundId: "a", name: "金域小区物业管理小组" },
    ],
    staff: [
      { id: "s1", name: "甲", team: "townshipOffice", dedicated: true, regionId: "S", compoundId: null },
      { id: "s2", name: "乙", team: "townshipOffice", dedicated: true, regionId: "S", compoundId: null },
      { id: "s3", name: "丙", team: "townshipOffice", dedicated: true, regionId: "T", compoundId: null },
      { id: "s4", name: "丁", team: "townshipOffice", dedicated: false, regionId: "T", compoundId: null },
      { id: "s5", name: "戊", team: "communityBody", dedicated: true, regionId: "C1", compoundId: null },
      { id: "s6", name: "己", team: "ownersCommittee", dedicated: true, regionId: null, compoundId: "a" },
      { id: "s7", name: "庚", team: "ownersCommittee", dedicated: false, regionId: null, compoundId: "b" },
    ],
    venues: [
      { id: "v1", level: "township", regionId: "S", compoundId: null, name: "城关街道议事厅" },
      { id: "v2", level: "township", regionId: "T", compoundId: null, name: "小涧镇调解室" },
      { id: "v3", level: "community", regionId: "C1", compoundId: null, name: "东城社区议事室" },
      { id: "v4", level: "compound", regionId: null, compoundId: "a", name: "金域小区红色驿站" },
    ],
  };
}

/** The same county with nothing registered beyond the tenant. */
export function emptyView(): PolicyView {
  return {
    ...countyView(),
    regions: [],
    compounds: [],
    grids: [],
    companies: [],
    contracts: [],
    committees: [],
    partyOrgs: [],
    departments: [],
    bodies: [],
    staff: [],
    venues: [],
  };
}

/** The Mengcheng registry's department codes (examples/mengcheng/src/data.ts). */
export const mengchengDepartmentCodes = [
  "townshipStreet",
  "police",
  "urbanManagement",
  "marketRegulation",
  "fireRescue",
  "naturalResources",
  "housingConstruction",
  "housingCentre",
  "powerSupply",
  "waterSupply",
  "telecom",
];
