import { dateInZone, newId, shiftDate, shiftMonth, startOfDayIn } from "@propgov/core";
import { disclosures, meetings, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { insertChunked } from "../chunked.js";

/** A cadence window some periods before the current one: `back` 0 is this month (quarter, year). */
export type SeedPeriod = { per: "month" | "quarter" | "year"; back: number };

/**
 * A joint consultation (联席会商) a demo unit held, `day` days into a period before the load. The
 * loader names the party organisation that convened it (the community's) and those who took part
 * (the compound's branch, committee and company) from what the seed has.
 */
export type MeetingSeed = SeedPeriod & {
  level: "township" | "community" | "compound";
  region?: string;
  compound?: string;
  day: number;
  title: string;
  minutes: string;
};

/**
 * A disclosure (信息公示) for a window before the load, published `delayDays` after the window
 * ended (the policy's grace period decides whether that was on time). `by: company` is published
 * by the company whose contract ran at the window's end (none then: nothing is published).
 */
export type DisclosureSeed = SeedPeriod & {
  compound: string;
  item: string;
  by: "company" | "committee";
  delayDays: number;
  title: string;
  content: string;
};

/** What the loader knows of the registry it has just written, by seed key. */
export interface SeedIds {
  region: ReadonlyMap<string, string>;
  compound: ReadonlyMap<string, string>;
  /** Party organisations by what they are attached to: `region:<key>`, `compound:<key>`, `company:<key>`, `committee:<compound key>`. */
  partyOrg: ReadonlyMap<string, string>;
  committee: ReadonlyMap<string, string>;
  /** Contracts of each compound (ids of companies, dates). */
  contracts: ReadonlyMap<string, readonly { companyId: string; startsOn: string; endsOn: string }[]>;
  /** Each compound's community, by compound key. */
  communityOf: ReadonlyMap<string, string>;
}

interface Window {
  label: string;
  start: string;
  end: string;
}

/** The window `back` periods before the one `today` lies in (dates in the tenant's zone). */
export function windowBack(today: string, { per, back }: SeedPeriod): Window {
  const month = today.slice(0, 7);
  const lastDay = (m: string) => shiftDate(`${shiftMonth(m, 1)}-01`, -1);
  if (per === "month") {
    const m = shiftMonth(month, -back);
    return { label: m, start: `${m}-01`, end: lastDay(m) };
  }
  if (per === "quarter") {
    const [y, mo] = month.split("-").map(Number) as [number, number];
    const q = y * 4 + Math.floor((mo - 1) / 3) - back;
    const year = Math.floor(q / 4);
    const first = `${year}-${String((q % 4) * 3 + 1).padStart(2, "0")}`;
    return { label: `${year}-Q${(q % 4) + 1}`, start: `${first}-01`, end: lastDay(shiftMonth(first, 2)) };
  }
  const year = Number(month.slice(0, 4)) - back;
  return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Loads the demo's meetings and disclosures in the caller's transaction, with multi-row inserts:
 * each at its time before the load (none later than now), so the first bulletin after the load
 * has a record to judge.
 */
export async function loadActivitySeed(
  tx: Tx,
  ctx: TenantServiceContext,
  seed: { meetings?: readonly MeetingSeed[]; disclosures?: readonly DisclosureSeed[] },
  ids: SeedIds,
): Promise<{ meetings: number; disclosures: number }> {
  const now = ctx.deps.now();
  const zone = ctx.tenant.timezone;
  const today = dateInZone(now, zone);
  const tenantId = ctx.tenant.id;
  const at = (date: string, hour: number) => new Date(startOfDayIn(date, zone) + hour * 3_600_000);
  const mustHave = (map: ReadonlyMap<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Activity seed: no ${what} with key '${key}'.`);
    return id;
  };
  const contractOn = (compound: string, day: string) =>
    ids.contracts.get(compound)?.find((c) => c.startsOn <= day && day <= c.endsOn);
  let n = 0;

  const meetingRows: (typeof meetings.$inferInsert)[] = [];
  for (const m of seed.meetings ?? []) {
    const window = windowBack(today, m);
    const day = shiftDate(window.start, m.day);
    if (day > window.end) continue;
    const heldAt = at(day, 15);
    if (heldAt.getTime() > now.getTime()) continue;
    const community = m.compound
      ? ids.communityOf.get(m.compound)
      : m.level === "community"
        ? m.region
        : undefined;
    const convenedBy = community ? (ids.partyOrg.get(`region:${community}`) ?? null) : null;
    const participants: {
      unitType: "partyOrg" | "committee" | "company";
      unitId: string;
      attended: boolean;
    }[] = [];
    if (m.compound) {
      const branch = ids.partyOrg.get(`compound:${m.compound}`);
      if (branch) participants.push({ unitType: "partyOrg", unitId: branch, attended: true });
      const committee = ids.committee.get(m.compound);
      if (committee) participants.push({ unitType: "committee", unitId: committee, attended: true });
      const contract = contractOn(m.compound, day);
      if (contract) participants.push({ unitType: "company", unitId: contract.companyId, attended: true });
    }
    meetingRows.push({
      tenantId,
      id: newId("meeting", heldAt.getTime() + (n++ % 1000)),
      title: m.title,
      level: m.level,
      kind: "jointConsultation",
      regionId: m.region ? mustHave(ids.region, m.region, "region") : null,
      compoundId: m.compound ? mustHave(ids.compound, m.compound, "compound") : null,
      convenedBy,
      scheduledAt: at(day, 15),
      participants,
      agenda: [{ topic: m.title, matter: "other" }],
      minutes: m.minutes,
      status: "closed",
      heldAt,
      closedAt: new Date(heldAt.getTime() + 2 * 3_600_000),
      createdAt: at(shiftDate(day, -3), 9),
      updatedAt: heldAt,
    });
  }

  const disclosureRows: (typeof disclosures.$inferInsert)[] = [];
  for (const d of seed.disclosures ?? []) {
    const window = windowBack(today, d);
    const publishedAt = at(shiftDate(window.end, d.delayDays), 10);
    if (publishedAt.getTime() > now.getTime()) continue;
    const contract = contractOn(d.compound, window.end);
    if (d.by === "company" && !contract) continue;
    disclosureRows.push({
      tenantId,
      id: newId("disclosure", publishedAt.getTime() + (n++ % 1000)),
      compoundId: mustHave(ids.compound, d.compound, "compound"),
      companyId: d.by === "company" ? (contract?.companyId ?? null) : null,
      item: d.item,
      period: window.label,
      title: d.title.replace("{period}", window.label),
      content: d.content,
      publishedAt,
      publishedBy: null,
      publisherName: "示例数据",
      createdAt: publishedAt,
      updatedAt: publishedAt,
    });
  }
  await insertChunked(meetingRows, 300, (chunk) => tx.insert(meetings).values(chunk));
  await insertChunked(disclosureRows, 400, (chunk) => tx.insert(disclosures).values(chunk));
  return { meetings: meetingRows.length, disclosures: disclosureRows.length };
}
