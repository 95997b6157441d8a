import type {
  CreditSeed,
  DisclosureSeed,
  LifecycleSeed,
  MeetingSeed,
  NominationSeed,
  TaskSeed,
} from "@propgov/api";
import { makeUscc } from "@propgov/core";
import { fakePhone, personName, seededRandom } from "./random.js";

/**
 * The Mengcheng demo tenant (蒙城县, 341622). The 16 streets and townships and the 8+N roster
 * follow the county's own documents; communities, compounds, companies, contracts, committees,
 * party organisations and people are SAMPLE DATA (示例数据), made up to show the product working:
 * every sample object's name carries 示例, every phone number is a 1380000xxxx one. The data is
 * drawn by a seeded generator, so every installation gets the same county.
 */
export const SAMPLE_NOTICE = "示例数据 · sample data for demonstration; not official records";

/** The mark every sample object's name carries. */
export const SAMPLE_MARK = "(示例)";

export interface RegionSeed {
  key: string;
  kind: "township" | "street" | "community";
  name: string;
  code: string;
  children?: RegionSeed[];
}

/**
 * A township-level unit of the demo: its sample communities and how many sample compounds it has,
 * and how well it runs (`quality` 0–1: the share of the mechanism it has in place and how well its
 * cases go), so that the first bulletin has leaders and laggards.
 */
interface UnitPlan {
  key: string;
  kind: "township" | "street";
  name: string;
  code: string;
  communities: readonly [key: string, name: string][];
  compounds: number;
  quality: number;
}

export const unitPlans: readonly UnitPlan[] = [
  {
    key: "chengguan",
    kind: "street",
    name: "城关街道",
    code: "341622001",
    communities: [
      ["cg-wenhua", "文化社区"],
      ["cg-zhuangzi", "庄子社区"],
      ["cg-nanguan", "南关社区"],
      ["cg-beiguan", "北关社区"],
    ],
    compounds: 8,
    quality: 0.95,
  },
  {
    key: "qiyuan",
    kind: "street",
    name: "漆园街道",
    code: "341622002",
    communities: [
      ["qy-xinghua", "杏花社区"],
      ["qy-wanfu", "万福社区"],
      ["qy-qiyuan", "漆园社区"],
    ],
    compounds: 7,
    quality: 0.85,
  },
  {
    key: "zhuangzhou",
    kind: "street",
    name: "庄周街道",
    code: "341622003",
    communities: [
      ["zz-yuehe", "月河社区"],
      ["zz-xiangyang", "向阳社区"],
      ["zz-dongcheng", "东城社区"],
    ],
    compounds: 7,
    quality: 0.8,
  },
  ...(
    [
      ["shuangjian", "双涧镇", "341622101", "sj", "双涧", 5, 0.9],
      ["xiaojian", "小涧镇", "341622102", "xj", "小涧", 3, 0.55],
      ["tancheng", "坛城镇", "341622103", "tc", "坛城", 3, 0.7],
      ["yuefang", "岳坊镇", "341622104", "yf", "岳坊", 3, 0.35],
      ["xutuan", "许疃镇", "341622105", "xt", "许疃", 5, 0.75],
      ["letu", "乐土镇", "341622106", "lt", "乐土", 3, 0.6],
      ["banqiaoji", "板桥集镇", "341622107", "bq", "板桥", 3, 0.65],
      ["maji", "马集镇", "341622108", "mj", "马集", 3, 0.3],
      ["liba", "篱笆镇", "341622109", "lb", "篱笆", 3, 0.5],
      ["chucun", "楚村镇", "341622110", "cc", "楚村", 3, 0.45],
      ["licang", "立仓镇", "341622111", "lc", "立仓", 3, 0.7],
      ["sanyi", "三义镇", "341622112", "sy", "三义", 3, 0.4],
      ["xiaoxinji", "小辛集乡", "341622200", "xx", "小辛集", 2, 0.25],
    ] as const
  ).map(
    ([key, name, code, prefix, short, compounds, quality]): UnitPlan => ({
      key,
      kind: "township",
      name,
      code,
      // The seat's community keeps the key the first demo gave it (`sj-jiedao`, `xt-jiedao`).
      communities: [
        [`${prefix}-jiedao`, `${short}社区`],
        [`${prefix}-xinhua`, `${short}新华社区`],
      ],
      compounds,
      quality,
    }),
  ),
];

/** Streets and townships of Mengcheng County, each with its sample communities (示例). */
export const regions: RegionSeed[] = unitPlans.map((unit) => ({
  key: unit.key,
  kind: unit.kind,
  name: unit.name,
  code: unit.code,
  children: unit.communities.map(([key, name], i) => ({
    key,
    kind: "community" as const,
    name: `${name}${SAMPLE_MARK}`,
    code: `${unit.code}${String(i + 1).padStart(3, "0")}`,
  })),
}));

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

const random = seededRandom(341_622);

/**
 * Sample companies (16): local ones and a few from elsewhere in Anhui; their credit codes are
 * built to pass GB 32100-2015 checks but belong to no one. `quality` (0–1) is how well each serves.
 */
const companyPlans: readonly [
  key: string,
  name: string,
  division: string,
  local: boolean,
  quality: number,
][] = [
  ["zhuangzi", "蒙城县庄子物业服务有限公司", "341622", true, 0.9],
  ["wanjia", "蒙城县万家物业管理有限公司", "341622", true, 0.75],
  ["huaxia", "安徽华夏物业服务有限公司", "340100", false, 0.85],
  ["guohe", "蒙城县涡河物业服务有限公司", "341622", true, 0.6],
  ["qiyuanwy", "蒙城县漆园物业管理有限公司", "341622", true, 0.8],
  ["anju", "蒙城县安居物业服务有限公司", "341622", true, 0.45],
  ["hengxin", "蒙城县恒信物业管理有限公司", "341622", true, 0.3],
  ["runze", "蒙城县润泽物业服务有限公司", "341622", true, 0.7],
  ["ruixiang", "亳州市瑞祥物业管理有限公司", "341600", false, 0.55],
  ["hemei", "蒙城县和美物业服务有限公司", "341622", true, 0.65],
  ["yijia", "蒙城县宜家园物业管理有限公司", "341622", true, 0.35],
  ["jinding", "安徽金鼎物业服务有限公司", "340100", false, 0.8],
  ["shunda", "蒙城县顺达物业服务有限公司", "341622", true, 0.5],
  ["lvyin", "蒙城县绿荫物业管理有限公司", "341622", true, 0.7],
  ["xinyuan", "亳州市鑫源物业服务有限公司", "341600", false, 0.4],
  ["minsheng", "蒙城县民生物业服务有限公司", "341622", true, 0.6],
];

export const companyQuality = new Map(companyPlans.map(([key, , , , quality]) => [key, quality]));

export const companies: CompanySeed[] = companyPlans.map(([key, name, division, local], i) => ({
  key,
  name: `${name}${SAMPLE_MARK}`,
  uscc: makeUscc("91", division, `MA2T${String(i + 1).padStart(4, "0")}`),
  legalRepresentative: personName(random),
  phone: fakePhone(1001 + i),
  local,
  partyMembers: i % 5 === 4 ? 1 : random.int(3, 12),
}));

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
  /** The compound's guarantor (包保责任人), besides its grids'. */
  guarantor?: { name: string; phone: string };
  grids: { name: string; guarantor: { name: string; phone: string } }[];
};

/** The first demo's compounds keep their keys and names (tests and the docs refer to 文化佳苑). */
const firstCompounds: Record<string, readonly [key: string, name: string, street: string][]> = {
  "cg-wenhua": [["wenhua-jiayuan", "文化佳苑", "文化路88号"]],
  "cg-zhuangzi": [["zhuangzi-huayuan", "庄子花园", "庄子大道16号"]],
  "cg-nanguan": [["nanguan-xiaoqu", "南关老小区", "南关路3号"]],
  "qy-xinghua": [["xinghua-mingzhu", "杏花明珠", "杏花路21号"]],
  "qy-wanfu": [["wanfu-xincun", "万福新村", "万福路9号"]],
  "zz-yuehe": [["yuehe-wan", "月河湾", "月河路66号"]],
  "sj-jiedao": [["shuangjian-jiayuan", "双涧家园", "中心街1号"]],
};

const nameHeads = [
  "锦绣",
  "阳光",
  "翰林",
  "书香",
  "金色",
  "紫荆",
  "和顺",
  "盛世",
  "御景",
  "丽景",
  "康居",
  "祥和",
  "梧桐",
  "兰亭",
  "香樟",
  "润园",
  "东方",
  "滨河",
  "学府",
  "状元",
  "凤凰",
  "玉兰",
  "怡景",
  "福泽",
  "嘉禾",
  "清华",
  "瑞园",
  "长安",
  "安澜",
  "桃源",
  "文昌",
  "惠民",
  "新城",
  "春晖",
  "银杏",
  "望湖",
];
const nameTails = ["家园", "花园", "名苑", "雅居", "新村", "华庭", "小区", "公馆", "嘉园", "丽都"];
const roads = [
  "人民路",
  "嵇康路",
  "涡河路",
  "庄子大道",
  "漆园路",
  "健康路",
  "团结路",
  "建设路",
  "兴业路",
  "中心街",
];

// Mengcheng's town centre (GCJ-02), and the townships around it within about 25 km.
const CENTRE = { lat: 33.2652, lng: 116.5644 };

/** The sample compounds (示例): at least three per township-level unit, 64 in all. */
export const compounds: CompoundSeed[] = [];
/** Which unit (street or township) each compound lies in, by compound key. */
export const unitOfCompound = new Map<string, UnitPlan>();

{
  let n = 0;
  const usedNames = new Set<string>();
  unitPlans.forEach((unit, u) => {
    // Townships lie around the town; streets in it.
    const angle = (u / unitPlans.length) * 2 * Math.PI;
    const radius = unit.kind === "street" ? 0.012 : 0.09 + (u % 3) * 0.05;
    const centre = { lat: CENTRE.lat + radius * Math.sin(angle), lng: CENTRE.lng + radius * Math.cos(angle) };
    for (let c = 0; c < unit.compounds; c++) {
      const [community] = unit.communities[c % unit.communities.length] ?? [];
      if (!community) throw new Error(`unit ${unit.key} has no community`);
      const first = firstCompounds[community]?.[0];
      const taken = first && !compounds.some((x) => x.key === first[0]);
      let key: string;
      let name: string;
      let street: string;
      if (taken) {
        [key, name, street] = first;
      } else {
        do name = `${random.pick(nameHeads)}${random.pick(nameTails)}`;
        while (usedNames.has(name));
        key = `${unit.key}-${c + 1}`;
        street = `${random.pick(roads)}${random.int(1, 199)}号`;
      }
      usedNames.add(name);
      n++;
      // Bigger compounds in town, older and smaller ones in the townships.
      const buildings = unit.kind === "street" ? random.int(6, 18) : random.int(3, 10);
      const households = buildings * random.int(unit.kind === "street" ? 48 : 30, 90);
      const grids = Math.min(3, Math.ceil(buildings / 6));
      // Better-run units have their grids' guarantors named; the laggards leave some out.
      const guarded = random.next() < 0.25 + unit.quality;
      const roll = random.next();
      const serviceMode =
        key === "nanguan-xiaoqu" || key === "shuangjian-jiayuan"
          ? "selfManaged"
          : key === "wanfu-xincun"
            ? "none"
            : roll < 0.78
              ? "professional"
              : roll < 0.9
                ? "selfManaged"
                : "none";
      compounds.push({
        key,
        name: `${name}${SAMPLE_MARK}`,
        address: `蒙城县${unit.name}${street}`,
        community,
        buildings,
        households,
        location: {
          lat: Math.round((centre.lat + (random.next() - 0.5) * 0.02) * 10_000) / 10_000,
          lng: Math.round((centre.lng + (random.next() - 0.5) * 0.02) * 10_000) / 10_000,
        },
        serviceMode,
        ...(serviceMode === "selfManaged"
          ? { selfManagedSince: `${random.int(2018, 2024)}-${String(random.int(1, 12)).padStart(2, "0")}-01` }
          : {}),
        residentPartyMembers: random.int(unit.kind === "street" ? 2 : 0, unit.kind === "street" ? 25 : 8),
        ...(guarded ? { guarantor: { name: personName(random), phone: fakePhone(1400 + n) } } : {}),
        grids: guarded
          ? Array.from({ length: grids }, (_, g) => ({
              name: `${g + 1}号网格`,
              guarantor: { name: personName(random), phone: fakePhone(1100 + n * 3 + g) },
            }))
          : [],
      });
      unitOfCompound.set(key, unit);
    }
  });
}

export type ContractSeed = {
  company: string;
  compound: string;
  startsOn: string;
  endsOn: string;
  feeStandard: number;
  projectManager: { name: string; phone: string };
};

/**
 * Contracts: every professionally served compound has one in force (until 2027–2030); about one
 * in four had an earlier contract that ended, some with another company; two compounds' only
 * contract ended in 2025 (they count as covered only until then).
 */
export const contracts: ContractSeed[] = [];
{
  // Companies by the units they work in: the big ones county-wide, local ones near home.
  const urban = ["zhuangzi", "huaxia", "wanjia", "qiyuanwy", "jinding", "runze", "hemei", "lvyin"];
  const rural = ["guohe", "anju", "hengxin", "ruixiang", "yijia", "shunda", "xinyuan", "minsheng", "wanjia"];
  const fixed: Record<string, string> = {
    "wenhua-jiayuan": "zhuangzi",
    "zhuangzi-huayuan": "zhuangzi",
    "xinghua-mingzhu": "huaxia",
    "yuehe-wan": "wanjia",
  };
  let pm = 0;
  const manager = () => ({ name: personName(random), phone: fakePhone(2001 + pm++) });
  const fee = (street: boolean) =>
    Math.round((street ? 0.6 + random.next() * 0.8 : 0.3 + random.next() * 0.4) * 100) / 100;
  let k = 0;
  for (const compound of compounds) {
    if (compound.serviceMode !== "professional") continue;
    const street = unitOfCompound.get(compound.key)?.kind === "street";
    const company =
      fixed[compound.key] ?? (street ? urban : rural)[k % (street ? urban.length : rural.length)];
    if (!company) throw new Error("no company");
    k++;
    const startYear = 2023 + (k % 4);
    if (compound.key === "wenhua-jiayuan") {
      // The first demo's contract, ended, and its renewal.
      contracts.push(
        {
          company,
          compound: compound.key,
          startsOn: "2023-01-01",
          endsOn: "2025-12-31",
          feeStandard: 0.85,
          projectManager: manager(),
        },
        {
          company,
          compound: compound.key,
          startsOn: "2026-01-01",
          endsOn: "2028-12-31",
          feeStandard: 0.9,
          projectManager: manager(),
        },
      );
      continue;
    }
    if (k % 17 === 5) {
      // The only contract ended: the company left and nobody has taken over yet.
      contracts.push({
        company,
        compound: compound.key,
        startsOn: "2022-07-01",
        endsOn: "2025-06-30",
        feeStandard: fee(street),
        projectManager: manager(),
      });
      continue;
    }
    if (k % 4 === 1) {
      // An earlier contract that ended, with another company.
      const before = (street ? rural : urban)[k % 7] ?? "guohe";
      contracts.push({
        company: before,
        compound: compound.key,
        startsOn: `${startYear - 3}-01-01`,
        endsOn: `${startYear - 1}-12-31`,
        feeStandard: fee(street),
        projectManager: manager(),
      });
    }
    contracts.push({
      company,
      compound: compound.key,
      startsOn: `${startYear}-01-01`,
      endsOn: `${startYear + 4 + (k % 2)}-12-31`,
      feeStandard: fee(street),
      projectManager: manager(),
    });
  }
}

/** Which company serves each compound now (the contract in force), by compound key. */
export const companyOfCompound = new Map(
  contracts.filter((c) => c.endsOn >= "2027-01-01").map((c) => [c.compound, c.company]),
);

type Role = "chair" | "viceChair" | "member";
export type CommitteeSeed = {
  compound: string;
  formedOn: string;
  termEndsOn: string;
  members: { name: string; role: Role; isPartyMember: boolean }[];
};

/** Owners' committees: most compounds of well-run units, fewer elsewhere; a few terms have run out. */
export const committees: CommitteeSeed[] = [];
for (const compound of compounds) {
  const unit = unitOfCompound.get(compound.key);
  const has =
    compound.key === "wenhua-jiayuan" ||
    compound.key === "xinghua-mingzhu" ||
    compound.key === "nanguan-xiaoqu" ||
    (compound.households >= 200 && random.next() < (unit?.quality ?? 0.5) + 0.1);
  if (!has) continue;
  const formed = compound.key === "nanguan-xiaoqu" ? 2019 : random.int(2020, 2025);
  const size = random.pick([3, 5, 5, 7]);
  committees.push({
    compound: compound.key,
    formedOn: `${formed}-${String(random.int(1, 12)).padStart(2, "0")}-10`,
    termEndsOn: `${formed + 5}-${String(random.int(1, 12)).padStart(2, "0")}-09`,
    members: Array.from({ length: size }, (_, i) => ({
      name: personName(random),
      role: i === 0 ? "chair" : i === 1 ? "viceChair" : "member",
      isPartyMember: random.next() < 0.5,
    })),
  });
}

export type PartyOrgSeed =
  | { kind: "communityCommittee"; name: string; region: string; memberCount: number }
  | { kind: "compoundBranch"; name: string; compound: string; memberCount: number }
  | { kind: "companyBranch"; name: string; company: string; memberCount: number }
  | { kind: "committeeBranch"; name: string; committeeOf: string; memberCount: number };

const plain = (name: string) => name.replace(SAMPLE_MARK, "");

/** Party organisations: community committees, compound and committee branches, company branches. */
export const partyOrgs: PartyOrgSeed[] = [];
for (const unit of unitPlans) {
  for (const [key, name] of unit.communities) {
    if (random.next() < unit.quality + 0.3)
      partyOrgs.push({
        kind: "communityCommittee",
        name: `${name}党委${SAMPLE_MARK}`,
        region: key,
        memberCount: random.int(20, 60),
      });
  }
}
for (const compound of compounds) {
  const unit = unitOfCompound.get(compound.key);
  if (compound.residentPartyMembers >= 3 && random.next() < (unit?.quality ?? 0.5) + 0.15)
    partyOrgs.push({
      kind: "compoundBranch",
      name: `${plain(compound.name)}小区党支部${SAMPLE_MARK}`,
      compound: compound.key,
      memberCount: compound.residentPartyMembers,
    });
}
for (const company of companies) {
  if (company.partyMembers >= 3 && (companyQuality.get(company.key) ?? 0) >= 0.5)
    partyOrgs.push({
      kind: "companyBranch",
      name: `${plain(company.name).replace(/有限公司$/, "")}党支部${SAMPLE_MARK}`,
      company: company.key,
      memberCount: company.partyMembers,
    });
}
for (const committee of committees) {
  const party = committee.members.filter((m) => m.isPartyMember).length;
  if (party >= 3) {
    const compound = compounds.find((c) => c.key === committee.compound);
    partyOrgs.push({
      kind: "committeeBranch",
      name: `${plain(compound?.name ?? committee.compound)}业委会党支部${SAMPLE_MARK}`,
      committeeOf: committee.compound,
      memberCount: party,
    });
  }
}

type Unit = { region: string } | { compound: string };
export type BodySeed = Unit & {
  level: "township" | "community" | "compound";
  name: string;
  establishedOn: string;
};
export type StaffSeed = Unit & { name: string; phone: string; team: string; dedicated: boolean };
export type VenueSeed = Unit & {
  level: "township" | "community" | "compound";
  name: string;
  address: string;
  areaM2: number;
  purpose: ("consultation" | "mediation")[];
};

/**
 * The "333" of 3338 in most units: the better a unit runs, the more of its bodies, dedicated staff
 * and venues are in place. 城关街道 → 文化社区 → 文化佳苑 is complete at every level.
 */
export const bodies: BodySeed[] = [];
export const staff: StaffSeed[] = [];
export const venues: VenueSeed[] = [];
{
  let p = 3001;
  const person = (unit: Unit, team: string, dedicated = true) =>
    staff.push({ ...unit, name: personName(random), phone: fakePhone(p++), team, dedicated });
  const established = () => `${random.int(2023, 2025)}-${String(random.int(1, 12)).padStart(2, "0")}-01`;
  for (const unit of unitPlans) {
    const at = { region: unit.key };
    if (unit.quality >= 0.4) {
      bodies.push({
        ...at,
        level: "township",
        name: `${unit.name}物业管理办公室${SAMPLE_MARK}`,
        establishedOn: established(),
      });
      person(at, "townshipOffice");
      person(at, "townshipOffice", unit.quality >= 0.6);
    }
    if (unit.quality >= 0.5)
      venues.push({
        ...at,
        level: "township",
        name: `${unit.name}物业矛盾纠纷调处中心${SAMPLE_MARK}`,
        address: `蒙城县${unit.name}便民服务中心二楼`,
        areaM2: random.int(80, 160),
        purpose: ["consultation", "mediation"],
      });
    unit.communities.forEach(([key, name], i) => {
      const on = { region: key };
      if (key === "cg-wenhua" || random.next() < unit.quality) {
        bodies.push({
          ...on,
          level: "community",
          name: `${name}物业管理服务站${SAMPLE_MARK}`,
          establishedOn: established(),
        });
        person(on, "communityBody", key === "cg-wenhua" || random.next() < unit.quality + 0.2);
      }
      if (key === "cg-wenhua" || (i === 0 && unit.quality >= 0.45) || random.next() < unit.quality - 0.3)
        venues.push({
          ...on,
          level: "community",
          name: `${name}协商议事室${SAMPLE_MARK}`,
          address: `${name}党群服务中心`,
          areaM2: random.int(40, 90),
          purpose: ["consultation", "mediation"],
        });
    });
  }
  for (const compound of compounds) {
    const unit = unitOfCompound.get(compound.key);
    if (
      compound.key !== "wenhua-jiayuan" &&
      !(compound.households >= 500 && random.next() < (unit?.quality ?? 0) - 0.3)
    )
      continue;
    const on = { compound: compound.key };
    const name = plain(compound.name);
    bodies.push({
      ...on,
      level: "compound",
      name: `${name}物业管理委员会${SAMPLE_MARK}`,
      establishedOn: established(),
    });
    person(on, "ownersCommittee");
    venues.push({
      ...on,
      level: "compound",
      name: `${name}红色物业驿站${SAMPLE_MARK}`,
      address: `${name}1号楼一层`,
      areaM2: random.int(30, 60),
      purpose: ["consultation"],
    });
  }
}

/**
 * Joint consultations (联席会商) of the last 14 months, relative to the load: communities meet
 * monthly, compounds and townships quarterly, as the mechanism asks — the well-run units nearly
 * always, the laggards now and then.
 */
export const meetings: MeetingSeed[] = [];
{
  const topics = [
    "物业服务质量提升",
    "电动车集中充电设施建设",
    "小区停车秩序整治",
    "维修资金使用",
    "物业费收缴与公示",
    "矛盾纠纷排查化解",
  ];
  for (const unit of unitPlans) {
    for (let back = 0; back <= 4; back++)
      if (random.next() < 0.35 + 0.65 * unit.quality)
        meetings.push({
          level: "township",
          region: unit.key,
          per: "quarter",
          back,
          day: random.int(5, 80),
          title: `${unit.name}物业管理联席会议`,
          minutes: `研究${random.pick(topics)}等事项，明确责任分工。`,
        });
    for (const [key, name] of unit.communities)
      for (let back = 0; back <= 13; back++)
        if (random.next() < 0.2 + 0.8 * unit.quality)
          meetings.push({
            level: "community",
            region: key,
            per: "month",
            back,
            day: random.int(3, 25),
            title: `${name}${SAMPLE_MARK}物业联席会议`,
            minutes: `围绕${random.pick(topics)}协商议事，形成决议并明确责任人。`,
          });
  }
  for (const compound of compounds) {
    const q = unitOfCompound.get(compound.key)?.quality ?? 0.5;
    for (let back = 0; back <= 4; back++)
      if (random.next() < 0.1 + 0.85 * q)
        meetings.push({
          level: "compound",
          compound: compound.key,
          per: "quarter",
          back,
          day: random.int(5, 80),
          title: `${plain(compound.name)}小区议事会${SAMPLE_MARK}`,
          minutes: `小区党支部、业委会、物业企业共商${random.pick(topics)}。`,
        });
  }
}

/**
 * Disclosures (信息公示) of the last windows before the load, for compounds with a contract:
 * the company's fee and service standards, contract summary (yearly) and public revenue
 * (quarterly); the committee's decisions (monthly) and maintenance fund (yearly). Good companies
 * and units publish on time; some publish late (past the 15 days of grace), some not at all.
 */
export const disclosures: DisclosureSeed[] = [];
{
  const items = [
    { item: "feeStandard", by: "company", per: "year", backs: 2, title: "{period}年度物业服务收费标准公示" },
    { item: "serviceStandard", by: "company", per: "year", backs: 2, title: "{period}年度物业服务标准公示" },
    {
      item: "contractSummary",
      by: "company",
      per: "year",
      backs: 2,
      title: "{period}年度物业服务合同主要内容公示",
    },
    { item: "publicRevenue", by: "company", per: "quarter", backs: 5, title: "{period}公共收益收支情况公示" },
    {
      item: "maintenanceFund",
      by: "committee",
      per: "year",
      backs: 2,
      title: "{period}年度维修资金使用情况公示",
    },
    {
      item: "committeeDecisions",
      by: "committee",
      per: "month",
      backs: 13,
      title: "{period}业主委员会决定事项公示",
    },
  ] as const;
  for (const compound of compounds) {
    if (!contracts.some((c) => c.compound === compound.key)) continue;
    const q = unitOfCompound.get(compound.key)?.quality ?? 0.5;
    const hasCommittee = committees.some((c) => c.compound === compound.key);
    for (const { item, by, per, backs, title } of items) {
      for (let back = 1; back <= backs; back++) {
        const company = contracts.find((c) => c.compound === compound.key)?.company ?? "";
        const p =
          by === "company" ? (companyQuality.get(company) ?? 0.5) + 0.15 : hasCommittee ? q + 0.1 : q * 0.5;
        if (random.next() >= p) continue;
        const late = random.next() > p - 0.1;
        disclosures.push({
          compound: compound.key,
          item,
          by,
          per,
          back,
          delayDays: late ? random.int(17, 45) : random.int(1, 12),
          title: `${plain(compound.name)}${title}${SAMPLE_MARK}`,
          content: "详见附件（示例数据）。",
        });
      }
    }
  }
}

/**
 * Responsibility tasks (责任清单) the county issued to townships, companies and committees, in
 * every state of the closed loop (open, in progress, submitted, verified, closed), some sent back
 * once, some done late.
 */
export const tasks: TaskSeed[] = [];
{
  const works = [
    ["电动车集中充电设施建设", "在小区内建成集中充电棚并投入使用。"],
    ["消防通道清障整治", "清理占用消防通道的车辆和杂物，施划标线。"],
    ["老旧小区物业服务覆盖", "推动无物业小区引入物业服务或实行自治管理。"],
    ["业委会换届选举", "指导任期届满的业主委员会依法换届。"],
    ["公共收益公示整改", "按季度公示公共收益收支情况。"],
    ["矛盾纠纷排查", "对辖区物业矛盾纠纷开展一次全面排查并建立台账。"],
  ] as const;
  const statuses = ["open", "inProgress", "submitted", "verified", "closed"] as const;
  let i = 0;
  const issue = (owner: TaskSeed["owner"], name: string) => {
    const [title, description] = works[i % works.length] ?? works[0];
    const status = statuses[i % statuses.length] ?? "open";
    const createdDaysAgo = 10 + ((i * 7) % 80);
    const done = status === "verified" || status === "closed";
    tasks.push({
      owner,
      title: `${name}${title}`,
      description,
      createdDaysAgo,
      // Finished ones were due in the past; open ones are due soon or overdue.
      dueInDays: done ? -((i * 3) % 20) - 1 : ((i * 5) % 40) - 10,
      status,
      ...(i % 7 === 3 && (status === "verified" || status === "closed" || status === "inProgress")
        ? { sentBack: true }
        : {}),
      ...(done && i % 4 === 1 ? { late: true } : {}),
    });
    i++;
  };
  for (const unit of unitPlans) issue({ unitType: "region", key: unit.key }, unit.name);
  for (const company of companies) issue({ unitType: "company", key: company.key }, plain(company.name));
  for (const committee of committees.slice(0, 6)) {
    const compound = compounds.find((c) => c.key === committee.compound);
    issue({ unitType: "committee", key: committee.compound }, `${plain(compound?.name ?? "")}业委会`);
  }
}

/**
 * Credit records (信用档案): awards to the best companies, findings against the weakest, an
 * administrative penalty (行政处罚) and a pending objection (异议) to it.
 */
export const credit: CreditSeed[] = [
  {
    company: "qiyuanwy",
    kind: "good",
    category: "市级物业服务示范项目",
    points: 5,
    source: "award",
    evidence: "所服务小区获评市级物业服务示范项目（示例）。",
    daysAgo: 200,
  },
  {
    company: "zhuangzi",
    kind: "good",
    category: "县级红色物业示范企业",
    points: 3,
    source: "award",
    evidence: "获评县级红色物业示范企业（示例）。",
    daysAgo: 120,
  },
  {
    company: "jinding",
    kind: "good",
    category: "见义勇为表彰",
    points: 2,
    source: "manual",
    evidence: "保安员协助扑救小区火情，获县应急管理局通报表扬（示例）。",
    daysAgo: 60,
  },
  {
    company: "hengxin",
    kind: "bad",
    category: "投诉办理超期",
    points: 3,
    source: "finding",
    evidence: "多件投诉超过办结时限未办理（示例）。",
    daysAgo: 45,
  },
  {
    company: "yijia",
    kind: "bad",
    category: "未按规定公示",
    points: 2,
    source: "finding",
    evidence: "未按季度公示公共收益收支情况（示例）。",
    daysAgo: 75,
  },
  {
    company: "anju",
    kind: "bad",
    category: "违规收费",
    points: 5,
    source: "administrativePenalty",
    evidence: "未经业主大会同意擅自提高物业费标准（示例）。",
    daysAgo: 30,
    penalty: {
      decisionNumber: "蒙市监罚〔2026〕示例001号",
      authority: "蒙城县市场监督管理局（示例）",
      penaltyType: "罚款",
      cause: "擅自提高物业服务收费标准（示例）。",
      fine: 0.5,
      partyCategory: "legalPerson",
      violationType: "违规收费",
    },
    objection: { reason: "涨价方案已经业主代表会议讨论，相关会议记录见附件（示例）。" },
  },
  {
    company: "xinyuan",
    kind: "bad",
    category: "安全隐患整改不力",
    points: 4,
    source: "finding",
    evidence: "消防设施损坏，限期整改逾期未完成（示例）。",
    daysAgo: 20,
  },
];

/**
 * Key steps in compounds' lives (全过程参与) with the sign-offs of those who took part: a company
 * selection and a renewal completed, an election and a major repair still under way.
 */
export const lifecycleEvents: LifecycleSeed[] = [
  {
    compound: "wenhua-jiayuan",
    kind: "contractRenewal",
    title: "文化佳苑物业服务合同续聘（示例）",
    daysAgo: 360,
    company: "zhuangzi",
    signed: 9,
    completed: true,
  },
  {
    compound: "xinghua-mingzhu",
    kind: "committeeElection",
    title: "杏花明珠第二届业主委员会换届选举（示例）",
    daysAgo: 40,
    signed: 1,
  },
  {
    compound: "yuehe-wan",
    kind: "majorRepair",
    title: "月河湾外墙及屋面防水大修（示例）",
    daysAgo: 25,
    signed: 1,
  },
];

/** Nominations (评优) of well-served compounds' contracts: one municipal project awarded, one pending. */
export const nominations: NominationSeed[] = [];
{
  const servedBy = (company: string) =>
    [...companyOfCompound].find(([compound, c]) => c === company && compound !== "wenhua-jiayuan")?.[0];
  const best = servedBy("qiyuanwy");
  const second = servedBy("jinding");
  if (best)
    nominations.push({
      compound: best,
      level: "municipal",
      note: "服务规范、业主满意度高（示例）。",
      award: true,
    });
  if (second)
    nominations.push({ compound: second, level: "municipal", note: "红色物业创建成效明显（示例）。" });
}
