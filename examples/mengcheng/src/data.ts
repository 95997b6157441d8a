import { makeUscc } from "@propgov/core";

/**
 * The Mengcheng demo tenant (蒙城县, 341622). The streets, townships and the 8+N roster follow the
 * county's own documents; communities, compounds, companies, contracts, committees, party
 * organisations and people are SAMPLE DATA (示例数据), made up to show the product working.
 */
export const SAMPLE_NOTICE = "示例数据 · sample data for demonstration; not official records";

export interface RegionSeed {
  key: string;
  kind: "township" | "street" | "community";
  name: string;
  code: string;
  children?: RegionSeed[];
}

const community = (key: string, name: string, code: string): RegionSeed => ({
  key,
  kind: "community",
  name,
  code,
});

/** Streets and townships of Mengcheng County; a few sample communities under some of them. */
export const regions: RegionSeed[] = [
  {
    key: "chengguan",
    kind: "street",
    name: "城关街道",
    code: "341622001",
    children: [
      community("cg-wenhua", "文化社区", "341622001001"),
      community("cg-zhuangzi", "庄子社区", "341622001002"),
      community("cg-nanguan", "南关社区", "341622001003"),
    ],
  },
  {
    key: "qiyuan",
    kind: "street",
    name: "漆园街道",
    code: "341622002",
    children: [
      community("qy-xinghua", "杏花社区", "341622002001"),
      community("qy-wanfu", "万福社区", "341622002002"),
    ],
  },
  {
    key: "zhuangzhou",
    kind: "street",
    name: "庄周街道",
    code: "341622003",
    children: [community("zz-yuehe", "月河社区", "341622003001")],
  },
  {
    key: "shuangjian",
    kind: "township",
    name: "双涧镇",
    code: "341622101",
    children: [community("sj-jiedao", "双涧社区", "341622101001")],
  },
  { key: "xiaojian", kind: "township", name: "小涧镇", code: "341622102" },
  { key: "tancheng", kind: "township", name: "坛城镇", code: "341622103" },
  { key: "yuefang", kind: "township", name: "岳坊镇", code: "341622104" },
  {
    key: "xutuan",
    kind: "township",
    name: "许疃镇",
    code: "341622105",
    children: [community("xt-jiedao", "许疃社区", "341622105001")],
  },
  { key: "letu", kind: "township", name: "乐土镇", code: "341622106" },
  { key: "banqiaoji", kind: "township", name: "板桥集镇", code: "341622107" },
  { key: "maji", kind: "township", name: "马集镇", code: "341622108" },
  { key: "liba", kind: "township", name: "篱笆镇", code: "341622109" },
  { key: "chucun", kind: "township", name: "楚村镇", code: "341622110" },
  { key: "licang", kind: "township", name: "立仓镇", code: "341622111" },
  { key: "sanyi", kind: "township", name: "三义镇", code: "341622112" },
  { key: "xiaoxinji", kind: "township", name: "小辛集乡", code: "341622200" },
];

/** The "8+N" roster as the seed names it: 乡镇(街道), 公安, 城管, 市场监管, 消防, 自然资源和规划, 住建, 住房中心 + 供电, 供水, 电信. */
export const departments = [
  { code: "townshipStreet", name: { zh: "乡镇(街道)", en: "Township / street office" }, kind: "core" },
  { code: "police", name: { zh: "公安", en: "Public security" }, kind: "core" },
  { code: "urbanManagement", name: { zh: "城管", en: "Urban management" }, kind: "core" },
  { code: "marketRegulation", name: { zh: "市场监管", en: "Market regulation" }, kind: "core" },
  { code: "fireRescue", name: { zh: "消防", en: "Fire and rescue" }, kind: "core" },
  {
    code: "naturalResources",
    name: { zh: "自然资源和规划", en: "Natural resources and planning" },
    kind: "core",
  },
  {
    code: "housingConstruction",
    name: { zh: "住建", en: "Housing and urban-rural development" },
    kind: "core",
  },
  { code: "housingCentre", name: { zh: "住房中心", en: "County housing development centre" }, kind: "core" },
  { code: "powerSupply", name: { zh: "供电", en: "Power supply" }, kind: "utility" },
  { code: "waterSupply", name: { zh: "供水", en: "Water supply" }, kind: "utility" },
  { code: "telecom", name: { zh: "电信", en: "Telecommunications" }, kind: "utility" },
] as const;

export type CompanySeed = {
  key: string;
  name: string;
  uscc: string;
  legalRepresentative: string;
  phone: string;
  local: boolean;
  partyMembers: number;
};

/** Sample companies; their credit codes are built to pass GB 32100-2015 checks but belong to no one. */
export const companies: CompanySeed[] = [
  {
    key: "zhuangzi",
    name: "蒙城县庄子物业服务有限公司(示例)",
    uscc: makeUscc("91", "341622", "MA2T0001"),
    legalRepresentative: "张明",
    phone: "0558-7661001",
    local: true,
    partyMembers: 5,
  },
  {
    key: "wanjia",
    name: "蒙城县万家物业管理有限公司(示例)",
    uscc: makeUscc("91", "341622", "MA2T0002"),
    legalRepresentative: "李红",
    phone: "0558-7661002",
    local: true,
    partyMembers: 3,
  },
  {
    key: "huaxia",
    name: "安徽华夏物业服务有限公司(示例)",
    uscc: makeUscc("91", "340100", "MA2T0003"),
    legalRepresentative: "王刚",
    phone: "0551-6551003",
    local: false,
    partyMembers: 12,
  },
];

export type CompoundSeed = {
  key: string;
  name: string;
  address: string;
  community: string;
  buildings: number;
  households: number;
  location?: { lat: number; lng: number };
  serviceMode: "professional" | "selfManaged" | "none";
  /** When a self-managed compound's arrangement started (coverage counts it from then). */
  selfManagedSince?: string;
  residentPartyMembers: number;
  grids: { name: string; guarantor: { name: string; phone: string } }[];
};

export const compounds: CompoundSeed[] = [
  {
    key: "wenhua-jiayuan",
    name: "文化佳苑(示例)",
    address: "蒙城县城关街道文化路88号",
    community: "cg-wenhua",
    buildings: 12,
    households: 864,
    location: { lat: 33.2651, lng: 116.5643 },
    serviceMode: "professional",
    residentPartyMembers: 18,
    grids: [
      { name: "1号网格", guarantor: { name: "陈静", phone: "13805581001" } },
      { name: "2号网格", guarantor: { name: "刘洋", phone: "13805581002" } },
    ],
  },
  {
    key: "zhuangzi-huayuan",
    name: "庄子花园(示例)",
    address: "蒙城县城关街道庄子大道16号",
    community: "cg-zhuangzi",
    buildings: 8,
    households: 512,
    serviceMode: "professional",
    residentPartyMembers: 6,
    grids: [{ name: "1号网格", guarantor: { name: "周丽", phone: "13805581003" } }],
  },
  {
    key: "nanguan-xiaoqu",
    name: "南关老小区(示例)",
    address: "蒙城县城关街道南关路3号",
    community: "cg-nanguan",
    buildings: 4,
    households: 160,
    serviceMode: "selfManaged",
    selfManagedSince: "2019-07-01",
    residentPartyMembers: 4,
    grids: [{ name: "1号网格", guarantor: { name: "吴强", phone: "13805581004" } }],
  },
  {
    key: "xinghua-mingzhu",
    name: "杏花明珠(示例)",
    address: "蒙城县漆园街道杏花路21号",
    community: "qy-xinghua",
    buildings: 15,
    households: 1200,
    serviceMode: "professional",
    residentPartyMembers: 22,
    grids: [
      { name: "东区网格", guarantor: { name: "郑伟", phone: "13805581005" } },
      { name: "西区网格", guarantor: { name: "孙芳", phone: "13805581006" } },
    ],
  },
  {
    key: "wanfu-xincun",
    name: "万福新村(示例)",
    address: "蒙城县漆园街道万福路9号",
    community: "qy-wanfu",
    buildings: 6,
    households: 380,
    serviceMode: "none",
    residentPartyMembers: 2,
    grids: [],
  },
  {
    key: "yuehe-wan",
    name: "月河湾(示例)",
    address: "蒙城县庄周街道月河路66号",
    community: "zz-yuehe",
    buildings: 10,
    households: 720,
    serviceMode: "professional",
    residentPartyMembers: 9,
    grids: [{ name: "1号网格", guarantor: { name: "黄磊", phone: "13805581007" } }],
  },
  {
    key: "shuangjian-jiayuan",
    name: "双涧家园(示例)",
    address: "蒙城县双涧镇中心街1号",
    community: "sj-jiedao",
    buildings: 5,
    households: 260,
    serviceMode: "selfManaged",
    selfManagedSince: "2021-03-15",
    residentPartyMembers: 3,
    grids: [],
  },
];

export const contracts = [
  {
    company: "zhuangzi",
    compound: "wenhua-jiayuan",
    startsOn: "2023-01-01",
    endsOn: "2025-12-31",
    feeStandard: 0.85,
    projectManager: { name: "何平", phone: "13905582001" },
  },
  {
    company: "zhuangzi",
    compound: "zhuangzi-huayuan",
    startsOn: "2024-03-01",
    endsOn: "2027-02-28",
    feeStandard: 0.7,
    projectManager: { name: "马超", phone: "13905582002" },
  },
  {
    company: "huaxia",
    compound: "xinghua-mingzhu",
    startsOn: "2022-07-01",
    endsOn: "2026-06-30",
    feeStandard: 1.2,
    projectManager: { name: "林峰", phone: "13905582003" },
  },
  {
    company: "wanjia",
    compound: "yuehe-wan",
    startsOn: "2024-01-01",
    endsOn: "2026-12-31",
    feeStandard: 0.9,
    projectManager: { name: "徐静", phone: "13905582004" },
  },
];

export const committees = [
  {
    compound: "wenhua-jiayuan",
    formedOn: "2023-05-10",
    termEndsOn: "2028-05-09",
    members: [
      { name: "杨光", role: "chair", isPartyMember: true },
      { name: "朱敏", role: "viceChair", isPartyMember: true },
      { name: "胡军", role: "member", isPartyMember: false },
      { name: "郭芳", role: "member", isPartyMember: true },
      { name: "高远", role: "member", isPartyMember: false },
    ],
  },
  {
    compound: "xinghua-mingzhu",
    formedOn: "2024-09-01",
    termEndsOn: "2029-08-31",
    members: [
      { name: "罗斌", role: "chair", isPartyMember: true },
      { name: "梁雪", role: "member", isPartyMember: false },
      { name: "宋涛", role: "member", isPartyMember: false },
    ],
  },
  {
    compound: "nanguan-xiaoqu",
    formedOn: "2019-04-01",
    termEndsOn: "2024-03-31",
    members: [
      { name: "谢华", role: "chair", isPartyMember: false },
      { name: "韩梅", role: "member", isPartyMember: false },
      { name: "唐亮", role: "member", isPartyMember: false },
    ],
  },
] as const;

export const partyOrgs = [
  { kind: "communityCommittee", name: "文化社区党委(示例)", region: "cg-wenhua", memberCount: 45 },
  { kind: "communityCommittee", name: "杏花社区党委(示例)", region: "qy-xinghua", memberCount: 38 },
  { kind: "compoundBranch", name: "文化佳苑小区党支部(示例)", compound: "wenhua-jiayuan", memberCount: 18 },
  { kind: "compoundBranch", name: "杏花明珠小区党支部(示例)", compound: "xinghua-mingzhu", memberCount: 22 },
  { kind: "companyBranch", name: "庄子物业党支部(示例)", company: "zhuangzi", memberCount: 5 },
  {
    kind: "committeeBranch",
    name: "文化佳苑业委会党支部(示例)",
    committeeOf: "wenhua-jiayuan",
    memberCount: 3,
  },
] as const;

/**
 * The "333" of 3338 for one complete chain — 城关街道 → 文化社区 → 文化佳苑 — so the demo shows a unit
 * that meets the mechanism next to units that do not yet (sample data).
 */
export const bodies = [
  {
    level: "township",
    region: "chengguan",
    name: "城关街道物业管理办公室(示例)",
    establishedOn: "2024-05-01",
  },
  {
    level: "community",
    region: "cg-wenhua",
    name: "文化社区物业管理服务站(示例)",
    establishedOn: "2024-05-20",
  },
  {
    level: "compound",
    compound: "wenhua-jiayuan",
    name: "文化佳苑物业管理委员会(示例)",
    establishedOn: "2024-06-01",
  },
];

export const staff = [
  { name: "钱进", phone: "13805583001", team: "townshipOffice", dedicated: true, region: "chengguan" },
  { name: "冯兰", phone: "13805583002", team: "townshipOffice", dedicated: true, region: "chengguan" },
  { name: "曹宇", phone: "13805583003", team: "communityBody", dedicated: true, region: "cg-wenhua" },
  {
    name: "杨光",
    phone: "13805583004",
    team: "ownersCommittee",
    dedicated: true,
    compound: "wenhua-jiayuan",
  },
  { name: "彭飞", phone: "13805583005", team: "communityBody", dedicated: false, region: "qy-xinghua" },
];

export const venues = [
  {
    level: "township",
    region: "chengguan",
    name: "城关街道物业矛盾纠纷调处中心(示例)",
    address: "蒙城县城关街道办事处二楼",
    areaM2: 120,
    purpose: ["consultation", "mediation"],
  },
  {
    level: "community",
    region: "cg-wenhua",
    name: "文化社区协商议事室(示例)",
    address: "文化社区党群服务中心",
    areaM2: 60,
    purpose: ["consultation", "mediation"],
  },
  {
    level: "compound",
    compound: "wenhua-jiayuan",
    name: "文化佳苑红色物业驿站(示例)",
    address: "文化佳苑3号楼一层",
    areaM2: 45,
    purpose: ["consultation"],
  },
];
