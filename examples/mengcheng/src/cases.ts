import type { CaseSeed, CaseStepSeed } from "@propgov/api";
import { compounds, unitOfCompound } from "./data.js";
import { fakePhone, personName, seededRandom } from "./random.js";

/**
 * Demo cases (示例诉求) for the last 90 days: what residents of the sample compounds report and how
 * the communities and departments answered. Reporters are fictitious, their phone numbers
 * 1380000xxxx. A seeded generator draws them, so every installation gets the same history, ending
 * on the day it was installed (times are hours before the load). Well-run units answer fast and
 * please their residents; the laggards answer late, and a few of their cases are long overdue.
 */
const problems: readonly {
  category: string;
  descriptions: readonly string[];
  departments?: readonly string[];
}[] = [
  {
    category: "facilityRepair",
    descriptions: [
      "{b}号楼电梯停运两天，老人上下楼困难，请尽快维修。",
      "{b}号楼单元门禁坏了一周，陌生人随意进出。",
      "地下车库照明灯坏了大半，晚上停车看不清。",
      "{b}号楼楼顶漏水，顶层住户家里墙面发霉。",
      "小区大门道闸失灵，车辆进出排长队。",
    ],
  },
  {
    category: "serviceQuality",
    descriptions: [
      "小区保洁不及时，楼道垃圾堆放多日无人清理。",
      "物业值班室夜间无人，报修电话打不通。",
      "绿化带杂草丛生，物业很久没有修剪。",
      "保安巡逻流于形式，近期小区内电动车丢了两辆。",
    ],
  },
  {
    category: "disorderlyParking",
    descriptions: [
      "消防通道口长期有私家车乱停，晚上尤其严重。",
      "{b}号楼门口常有车辆堵住单元出口，轮椅出不去。",
      "小区外来车辆随意停放，业主自己的车位被占。",
    ],
  },
  {
    category: "ebikeIndoorCharging",
    descriptions: [
      "{b}号楼有住户把电动车推进楼道充电，存在火灾隐患。",
      "有住户把电动车电池拿回家充电，楼道里一股焦味。",
    ],
  },
  {
    category: "flyingWireCharging",
    descriptions: ["{b}号楼住户从窗户拉电线下来给电动车充电，电线横穿人行道。"],
  },
  {
    category: "fireLaneOccupation",
    descriptions: ["消防通道被商户堆放的杂物堵死，消防车进不来。"],
  },
  {
    category: "feeDispute",
    descriptions: [
      "物业费上涨未经业主大会讨论，也没有公示收费依据。",
      "停车费收费标准不清楚，同样的车位收费不一样。",
      "公共收益去向不明，物业从未公示电梯广告收入。",
    ],
  },
  {
    category: "neighbourDispute",
    descriptions: ["楼上住户夜间噪音扰民，多次沟通无果。", "邻居在楼道堆放杂物，协商不成发生争吵。"],
  },
  {
    category: "illegalConstruction",
    descriptions: ["一楼住户在公共绿地上私自搭建彩钢棚。", "顶楼住户在屋顶违规加盖阳光房。"],
  },
  {
    category: "utilityService",
    descriptions: ["小区东区连续三天晚上停水，未见通知。", "{b}号楼水压太低，高层住户白天用不上水。"],
    departments: ["waterSupply"],
  },
  {
    category: "utilityService",
    descriptions: ["小区频繁停电，冰箱里的东西都坏了。"],
    departments: ["powerSupply"],
  },
  {
    category: "garbageDumping",
    descriptions: ["小区西门外有人随意倾倒建筑垃圾。", "装修垃圾堆在{b}号楼下半个月没人清运。"],
  },
  {
    category: "greeneryDestruction",
    descriptions: ["中心花园绿地被毁，种上了蔬菜。", "有住户砍掉了楼前的两棵香樟树。"],
  },
  {
    category: "environmentSanitation",
    descriptions: ["小区化粪池堵塞外溢，气味很大。", "垃圾分类亭满溢，夏天蚊蝇很多。"],
  },
  {
    category: "propertyPolicyConsultation",
    descriptions: ["想了解维修资金如何申请使用，需要哪些手续。", "想咨询成立业主委员会需要什么条件和流程。"],
  },
  {
    category: "highAltitudeThrowing",
    descriptions: ["{b}号楼有人从高处扔下酒瓶，险些砸到行人。"],
  },
  {
    category: "illegalGroupRenting",
    descriptions: ["{b}号楼一套房子被隔成多间出租，住了十几个人。"],
  },
  {
    category: "ownerCompanyDispute",
    descriptions: ["业主与物业因车位归属发生纠纷，双方僵持不下。"],
  },
];

const places = [
  "东门",
  "西门",
  "南门",
  "北门",
  "中心广场",
  "地下车库入口",
  "垃圾分类亭",
  "健身区",
  "1号楼东侧",
  "3号楼北侧",
];
const channels = ["hotline12345", "hotline12345", "web", "widget", "walkIn", "inspection"] as const;
const outcomes = [
  "已现场处置并向居民反馈。",
  "已约谈责任人，限期整改完毕。",
  "已完成维修并复查。",
  "已依法查处并督促整改。",
];

export const DEMO_CASE_COUNT = 320;

const random = seededRandom(20_260_101);
const byWeight = compounds.map((c) => Math.max(1, Math.round(c.households / 100)));
const totalWeight = byWeight.reduce((a, b) => a + b, 0);
const pickCompound = () => {
  let roll = random.next() * totalWeight;
  for (const [i, w] of byWeight.entries()) {
    roll -= w;
    if (roll < 0) return compounds[i] ?? compounds[0];
  }
  return compounds[0];
};

const between = (from: number, to: number) => Math.round((from + random.next() * (to - from)) * 10) / 10;

/** How many recent cases are held mid-way so far: each is held at the next stage. */
let held = 0;

/**
 * How one case goes, `ageHours` after it was received, in a unit of quality `q`: the community
 * answers (late where the unit is weak), resolves on the spot or whistles the departments, who
 * check in and complete; the resident rates; a dissatisfied rating reopens the case for a second
 * round. Recent cases are still in the middle of this; a few old ones of weak units are stuck.
 */
function stepsFor(
  q: number,
  ageHours: number,
  departments: readonly string[],
  stuck: boolean,
): CaseStepSeed[] {
  const steps: CaseStepSeed[] = [];
  let spent = 0;
  const add = (step: CaseStepSeed) => {
    spent += step.afterHours;
    steps.push(step);
  };
  const fits = (hours: number) => spent + hours < ageHours;
  const contact = () => {
    const late = random.next() > q + 0.35;
    const hours = late ? between(2.5, 9) : between(0.1, 1.5);
    if (!fits(hours)) return false;
    add({ action: "contact", afterHours: hours });
    return true;
  };
  if (stuck) {
    // Contacted, then nothing: long past its resolution deadline.
    contact();
    return steps;
  }
  if (ageHours < 168 && random.next() < 0.85) {
    // A recent case, still on its way: held at one stage (received … resolved, awaiting the rating).
    const stage = held++ % 6;
    const quick = () => between(0.1, Math.min(4, ageHours / 12));
    if (stage >= 1) add({ action: "contact", afterHours: quick() });
    if (stage >= 2 && stage <= 4) {
      add({ action: "whistle", afterHours: quick(), departments });
      if (stage >= 3)
        for (const department of departments) add({ action: "checkIn", department, afterHours: quick() });
      if (stage >= 4)
        for (const department of departments)
          add({ action: "complete", department, afterHours: quick(), outcome: random.pick(outcomes) });
    }
    if (stage === 5) add({ action: "resolve", afterHours: quick() });
    return steps;
  }
  if (random.next() < 0.04) {
    if (fits(1))
      add({
        action: "cancel",
        reason: random.next() < 0.6 ? "duplicate" : "invalid",
        afterHours: between(0.5, 3),
      });
    return steps;
  }
  const round = (second: boolean): boolean => {
    if (!contact()) return false;
    const whistle = !second && random.next() < 0.38;
    if (whistle) {
      if (!fits(1)) return false;
      add({ action: "whistle", afterHours: between(0.5, 3), departments });
      for (const department of departments) {
        const late = random.next() > q + 0.4;
        const checkIn = late ? between(3, 10) : between(0.2, 1.5);
        if (!fits(checkIn)) return false;
        add({ action: "checkIn", department, afterHours: checkIn });
      }
      for (const department of departments) {
        const hours = between(6, q > 0.6 ? 40 : 110);
        if (!fits(hours)) return false;
        add({ action: "complete", department, afterHours: hours, outcome: random.pick(outcomes) });
      }
    }
    const resolve = whistle ? between(1, 6) : between(1, q > 0.6 ? 30 : 120);
    if (!fits(resolve)) return false;
    add({ action: "resolve", afterHours: resolve });
    return true;
  };
  if (!round(false)) return steps;
  // The resident rates within a day or two; some never do (resolved, awaiting the rating).
  const rateAfter = between(4, 40);
  if (!fits(rateAfter) || random.next() < 0.12) return steps;
  const roll = random.next();
  const rating =
    roll < 0.45 + q * 0.45 ? "satisfied" : roll < 0.9 + q * 0.07 ? "basicallySatisfied" : "unsatisfied";
  add({ action: "rate", rating, afterHours: rateAfter });
  if (rating === "unsatisfied") {
    // Reopened: a second round, which goes better.
    if (!round(true)) return steps;
    if (!fits(24)) return steps;
    add({ action: "rate", rating: "basicallySatisfied", afterHours: between(4, 24) });
  }
  const closeAfter = between(1, 24);
  if (fits(closeAfter) && random.next() < 0.9) add({ action: "close", afterHours: closeAfter });
  // Now and then the same problem is reported again soon after: the case is reopened.
  else if (fits(30) && random.next() < 0.5) {
    add({ action: "reopen", afterHours: between(12, 30) });
    // The second round: answered again, resolved, rated and closed, as far as time has come.
    if (!round(true)) return steps;
    const rerate = between(4, 24);
    if (!fits(rerate)) return steps;
    add({ action: "rate", rating: "satisfied", afterHours: rerate });
    if (fits(2)) add({ action: "close", afterHours: between(0.5, 2) });
  }
  return steps;
}

/** The weakest units, each with old cases stuck open. */
const stuckUnits = new Set(["xiaoxinji", "maji", "yuefang"]);

export const cases: CaseSeed[] = Array.from({ length: DEMO_CASE_COUNT }, (_, i): CaseSeed => {
  const compound = pickCompound();
  if (!compound) throw new Error("no compounds");
  const unit = unitOfCompound.get(compound.key);
  const q = unit?.quality ?? 0.5;
  const problem = random.pick(problems);
  const description = random
    .pick(problem.descriptions)
    .replace("{b}", String(random.int(1, Math.max(1, compound.buildings))));
  // Fewer cases as the weeks go by: the seed's goal is that complaints fall.
  const hoursAgo = Math.max(1, Math.round(2160 * (1 - random.next() ** 1.4)));
  // One old case in each weak unit is stuck (long overdue at the bulletin); the laggards show.
  const stuck = stuckUnits.has(unit?.key ?? "") && hoursAgo > 400 && hoursAgo < 900 && random.next() < 0.5;
  const departments = problem.departments ? [...problem.departments] : undefined;
  const located = random.next() < 0.4 && compound.location;
  const anonymous = random.next() < 0.08;
  const channel = anonymous ? "inspection" : random.pick(channels);
  return {
    compound: compound.key,
    category: problem.category,
    description,
    ...(anonymous ? {} : { reporter: { name: personName(random), phone: fakePhone(5000 + i) } }),
    channel,
    hoursAgo,
    ...(located && compound.location
      ? {
          location: {
            text: `${compound.name.replace("(示例)", "")}${random.pick(places)}`,
            lat: Math.round((compound.location.lat + (random.next() - 0.5) * 0.002) * 1_000_000) / 1_000_000,
            long: Math.round((compound.location.lng + (random.next() - 0.5) * 0.002) * 1_000_000) / 1_000_000,
          },
        }
      : {}),
    steps: stepsFor(q, hoursAgo, departments ?? defaultDepartments(problem.category), stuck),
  };
});

/** The departments of the category in anhui-3338 a demo whistle summons (the first two at most). */
function defaultDepartments(category: string): string[] {
  const first: Record<string, string[]> = {
    facilityRepair: ["housingCentre"],
    serviceQuality: ["housingCentre"],
    disorderlyParking: ["police", "urbanManagement"],
    ebikeIndoorCharging: ["fireRescue"],
    flyingWireCharging: ["fireRescue", "powerSupply"],
    fireLaneOccupation: ["fireRescue"],
    feeDispute: ["housingCentre", "marketRegulation"],
    neighbourDispute: ["townshipStreet"],
    illegalConstruction: ["urbanManagement", "naturalResources"],
    garbageDumping: ["urbanManagement"],
    greeneryDestruction: ["urbanManagement"],
    environmentSanitation: ["housingCentre", "urbanManagement"],
    propertyPolicyConsultation: ["housingCentre"],
    highAltitudeThrowing: ["police"],
    illegalGroupRenting: ["police", "housingCentre"],
    ownerCompanyDispute: ["townshipStreet", "housingCentre"],
  };
  return first[category] ?? ["housingCentre"];
}
