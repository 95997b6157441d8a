import {
  AppError,
  type CaseKind,
  caseKindLabels,
  caseKinds,
  complaintConfig,
  dateInZone,
  endOfDayIn,
  type Label,
  type Period,
  periodWindow,
  type Ratio,
  rateLabels,
  ratio,
  satisfiedRatings,
  startOfDayIn,
} from "@propgov/core";
import { regions, rowsOf, type Tx } from "@propgov/db";
import { and, eq, isNull, like, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { casesWithin } from "./access/cases.js";
import { caseReachOf, type Reach } from "./access/reach.js";
import { periodOf } from "./evaluations.js";
import { currentMechanism } from "./mechanism.js";
import { escapeLike } from "./search.js";
import { inTenant } from "./tx.js";

export interface CaseKpisInput {
  /** A month `2026-10`, a quarter `2026-Q4` or a year `2026`; the current month when absent. */
  period?: string | undefined;
  /** Measure this region's subtree (by the cases' communities); region staff default to their own. */
  regionId?: string | undefined;
}

/** A rate of the period with the county's target (complaintHandling `targets`). */
export interface TargetedRate extends Ratio {
  name: Label;
  target: number;
  /** Whether the rate reaches the target; null while there is nothing to measure. */
  meetsTarget: boolean | null;
}

interface PeriodFigures {
  received: number;
  responseRate: Ratio;
  resolutionRate: Ratio;
  satisfactionRate: Ratio;
}

export interface CaseKpis {
  period: string;
  kind: Period["kind"];
  /** First and last day of the period (inclusive), in `timezone`. */
  from: string;
  to: string;
  timezone: string;
  /** Null for the county (within the caller's reach). */
  regionId: string | null;
  /** The instant the figures were read at; overdue counts and undecided deadlines are judged at it. */
  asAt: Date;
  received: number;
  /** Of `received`, cancelled as duplicate or invalid (they count in no rate). */
  cancelled: number;
  responseRate: TargetedRate;
  resolutionRate: TargetedRate;
  satisfactionRate: TargetedRate;
  overdue: { firstContact: number; checkIn: number; resolution: number; any: number };
  byCategory: { code: string; name: Label; kind: CaseKind | null; count: number }[];
  byKind: { kind: CaseKind; name: Label; count: number }[];
  byMonth: { month: string; count: number }[];
  previous: PeriodFigures & { period: string; from: string; to: string };
  change: {
    received: { absolute: number; relative: number | null };
    /** Differences in percentage points (this period − previous); null when either rate is null. */
    responseRate: number | null;
    resolutionRate: number | null;
    satisfactionRate: number | null;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of the same length just before: 2026-10 → 2026-09, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(period: Period): Period {
  const year = Number(period.label.slice(0, 4));
  const span = (label: string, y: number, first: number, last: number): Period => ({
    label,
    kind: period.kind,
    start: `${y}-${pad(first)}-01`,
    end: `${y}-${pad(last)}-${pad(lastDay(y, last))}`,
  });
  if (period.kind === "year") return span(String(year - 1), year - 1, 1, 12);
  if (period.kind === "quarter") {
    const q = Number(period.label.slice(6));
    const [y, p] = q === 1 ? [year - 1, 4] : [year, q - 1];
    return span(`${y}-Q${p}`, y, 3 * p - 2, 3 * p);
  }
  const month = Number(period.label.slice(5, 7));
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return span(`${y}-${pad(m)}`, y, m, m);
}

/** The months (`YYYY-MM`) a period spans. */
const monthsOf = (period: Period): string[] => {
  const year = period.start.slice(0, 4);
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `${year}-${pad(first + i)}`);
};

// Finished, merged into an original (重复件), or waiting for the dispatcher: no deadline runs against a unit.
const FINISHED = sql.raw(`('resolved', 'rated', 'closed', 'cancelled', 'merged', 'awaitingDispatch')`);
const SATISFIED = sql.raw(`(${satisfiedRatings.map((r) => `'${r}'`).join(", ")})`);
// Cancelled cases, repeat complaints (重复件) and cases waiting for the dispatcher count in no rate.
const LIVE = sql`cases.status not in ('cancelled', 'merged', 'awaitingDispatch')`;

type Window = { from: number; to: number };
/** The met and counted parts of a deadline rate over the deadlines in a window, as `<p>_<due>_met|counted`. */
type RateSql = (due: string, done: string, w: Window, p: string) => SQL;
type Groups = { category: string | null; kind: string | null; month: string | null; count: number }[];
type Figures = { f: Record<string, number>; groups: Groups };

/**
 * Case KPIs (三率, overdue, volumes and their trend) of a period for the cases the caller may see
 * (the same reach as the case list: county all, region staff their subtree, a department the
 * cases whistled to it, company and committee people their compounds), optionally narrowed to a
 * region's subtree. Period boundaries are midnights in the tenant's time zone.
 *
 * Definitions (cancelled cases count in no rate):
 * - response rate = cases contacted by their first-contact deadline ÷ cases whose first-contact
 *   deadline falls in the period; resolution rate likewise with the resolution deadline;
 *   a case still inside its deadline and not yet done counts in neither part until it is decided
 *   (met, or its deadline passes), so a running period is not dragged down by work not yet due;
 * - satisfaction rate = cases rated satisfied or basically satisfied ÷ cases rated in the period
 *   (a case re-rated after reopening counts with its latest rating).
 *
 * Built for a million cases per tenant, and flat in their number (issue 19): for the county and
 * region staff (the KPI page, the public directory) the figures come from `case_rollups`, the
 * aggregates per county × community × day × category × kind that a trigger on `cases` keeps in the
 * same transaction as every case change. The request then reads
 * 1. the rollup rows of this and the previous period (a primary-key range: days × communities ×
 *    categories, a few thousand rows whatever the number of cases) for the received, cancelled,
 *    rated and satisfied counts, the by-category, kind and month counts, and the deadlines of every
 *    day but today: a deadline on a day before today has passed (counted), one after today counts
 *    only if already met;
 * 2. today's deadlines from `cases` itself — the only ones "now" splits — by range scans of
 *    (tenant_id, first_contact_due_at) and (tenant_id, resolution_due_at) over one day;
 * 3. the overdue counts over the open cases only, by the partial open-cases index, as before: they
 *    turn on "now" with no event to move a rollup, and what is open is bounded by the work in hand,
 *    not by the history.
 * Callers whose reach is not a set of communities (a department, a company, a committee) read the
 * same figures straight from `cases` (`directFigures`), as before the rollups:
 * - the figures of this and the previous period in one pass of `count(*) filter (…)` over a
 *   BitmapOr of range scans on the (tenant_id, received_at), (tenant_id, first_contact_due_at),
 *   (tenant_id, resolution_due_at) and partial (tenant_id, rated_at) indexes;
 * - received counts by category, kind and month with `grouping sets`.
 * The region filter is `community_id in (communities of the subtree)`: a small hashed set.
 */
export async function caseKpis(ctx: TenantServiceContext, input: CaseKpisInput): Promise<CaseKpis> {
  const now = ctx.deps.now();
  const tz = ctx.tenant.timezone;
  const period = periodOf(input.period ?? dateInZone(now, tz).slice(0, 7), "query.period");
  const previous = previousPeriod(period);
  const window = periodWindow(period, tz);
  const before = periodWindow(previous, tz);

  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    if (reach.kind === "none") {
      throw new AppError("forbidden", "Your role's scope names no part of the county whose cases you read.");
    }
    const region = await regionAsked(tx, ctx, reach, input.regionId);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const targets = complaintConfig(mechanism).targets;

    const scope = and(
      sql`cases.tenant_id = ${ctx.tenant.id}`,
      casesWithin(reach),
      region
        ? sql`cases.community_id in (select r.id from regions r where r.tenant_id = ${ctx.tenant.id} and r.path like ${`${escapeLike(region.path)}%`})`
        : undefined,
    ) as SQL;
    const at = sql`${now.toISOString()}::timestamptz`;
    const instant = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
    const within = (column: string, w: { from: number; to: number }) =>
      sql`(cases.${sql.raw(column)} >= ${instant(w.from)} and cases.${sql.raw(column)} < ${instant(w.to)})`;
    const rate: RateSql = (due, done, w, p) => {
      const met = sql`cases.${sql.raw(done)} <= cases.${sql.raw(due)}`;
      return sql`count(*) filter (where ${LIVE} and ${within(due, w)} and ${met})::int as ${sql.raw(`${p}_${due}_met`)},
          count(*) filter (where ${LIVE} and ${within(due, w)} and (${met} or cases.${sql.raw(due)} < ${at}))::int as ${sql.raw(`${p}_${due}_counted`)}`;
    };

    const rolled = reach.kind === "county" || reach.kind === "region";
    const { f, groups } = rolled
      ? await rolledFigures(tx, ctx.tenant.id, region, scope, { period, previous, now, tz, rate, within })
      : await directFigures(tx, scope, { window, before, tz, rate, within });
    const n = (key: string) => Number(f[key] ?? 0);
    const periodFigures = (p: string): PeriodFigures => ({
      received: n(`${p}_received`),
      responseRate: ratio(n(`${p}_first_contact_due_at_met`), n(`${p}_first_contact_due_at_counted`)),
      resolutionRate: ratio(n(`${p}_resolution_due_at_met`), n(`${p}_resolution_due_at_counted`)),
      satisfactionRate: ratio(n(`${p}_rated_met`), n(`${p}_rated_counted`)),
    });
    const current = periodFigures("cur");
    const prior = periodFigures("prev");

    const byCategory = groups
      .filter((g) => g.category !== null)
      .map((g) => {
        const category = mechanism.categories.find((c) => c.code === g.category);
        return {
          code: g.category as string,
          name: category?.name ?? { zh: g.category as string, en: g.category as string },
          kind: category?.kind ?? null,
          count: Number(g.count),
        };
      })
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    const kindCount = new Map(groups.filter((g) => g.kind !== null).map((g) => [g.kind, Number(g.count)]));
    const monthCount = new Map(groups.filter((g) => g.month !== null).map((g) => [g.month, Number(g.count)]));

    // 3. Open cases past a deadline now.
    const lateCheckIn = sql`exists (select 1 from case_departments d where d.tenant_id = cases.tenant_id and d.case_id = cases.id and d.round = cases.round and d.checked_in_at is null and d.check_in_due_at < ${at})`;
    const lateContact = sql`(cases.contacted_at is null and cases.first_contact_due_at < ${at})`;
    const lateResolution = sql`cases.resolution_due_at < ${at}`;
    const [o] = rowsOf<Record<string, number>>(
      await tx.execute(sql`select
          count(*) filter (where ${lateContact})::int as first_contact,
          count(*) filter (where ${lateCheckIn})::int as check_in,
          count(*) filter (where ${lateResolution})::int as resolution,
          count(*) filter (where ${lateContact} or ${lateResolution} or ${lateCheckIn})::int as any_overdue
        from cases
        where ${scope} and cases.status not in ${FINISHED}`),
    );

    const targeted = (key: keyof typeof rateLabels, r: Ratio): TargetedRate => ({
      name: rateLabels[key],
      ...r,
      target: targets[key],
      meetsTarget: r.rate === null ? null : r.rate >= targets[key],
    });
    const points = (a: Ratio, b: Ratio) =>
      a.rate === null || b.rate === null ? null : Math.round((a.rate - b.rate) * 10_000) / 100;

    return {
      period: period.label,
      kind: period.kind,
      from: period.start,
      to: period.end,
      timezone: tz,
      regionId: region?.id ?? null,
      asAt: now,
      received: current.received,
      cancelled: n("cur_cancelled"),
      responseRate: targeted("responseRate", current.responseRate),
      resolutionRate: targeted("resolutionRate", current.resolutionRate),
      satisfactionRate: targeted("satisfactionRate", current.satisfactionRate),
      overdue: {
        firstContact: Number(o?.first_contact ?? 0),
        checkIn: Number(o?.check_in ?? 0),
        resolution: Number(o?.resolution ?? 0),
        any: Number(o?.any_overdue ?? 0),
      },
      byCategory,
      byKind: caseKinds.map((kind) => ({
        kind,
        name: caseKindLabels[kind],
        count: kindCount.get(kind) ?? 0,
      })),
      byMonth: monthsOf(period).map((month) => ({ month, count: monthCount.get(month) ?? 0 })),
      previous: { period: previous.label, from: previous.start, to: previous.end, ...prior },
      change: {
        received: {
          absolute: current.received - prior.received,
          relative: prior.received === 0 ? null : (current.received - prior.received) / prior.received,
        },
        responseRate: points(current.responseRate, prior.responseRate),
        resolutionRate: points(current.resolutionRate, prior.resolutionRate),
        satisfactionRate: points(current.satisfactionRate, prior.satisfactionRate),
      },
    };
  });
}

/**
 * The region measured: the one asked if the caller may see it (region staff: within their
 * subtree), else 404 naming `query.regionId`; region staff default to their own region.
 */
async function regionAsked(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  regionId: string | undefined,
): Promise<{ id: string; path: string } | null> {
  const id = regionId ?? (reach.kind === "region" ? reach.regionId : undefined);
  if (!id) return null;
  const [row] = await tx
    .select({ id: regions.id, path: regions.path })
    .from(regions)
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.id, id),
        isNull(regions.archivedAt),
        reach.kind === "region" ? like(regions.path, `${escapeLike(reach.path)}%`) : undefined,
      ),
    );
  if (!row) {
    throw new AppError("not_found", `Region '${id}' was not found.`, {
      errors: [{ path: "query.regionId", message: "No such region in your part of the county." }],
    });
  }
  return row;
}

/**
 * The figures of this and the previous period from the rollups (see `caseKpis`), with today's
 * deadlines — the only ones "now" splits — read from `cases` by their indexes.
 */
async function rolledFigures(
  tx: Tx,
  tenantId: string,
  region: { path: string } | null,
  scope: SQL,
  o: {
    period: Period;
    previous: Period;
    now: Date;
    tz: string;
    rate: RateSql;
    within: (column: string, w: Window) => SQL;
  },
): Promise<Figures> {
  const today = dateInZone(o.now, o.tz);
  const day = (d: string) => sql`${d}::date`;
  const communities = region
    ? sql`and r.community_id in (select g.id from regions g where g.tenant_id = ${tenantId} and g.path like ${`${escapeLike(region.path)}%`})`
    : sql``;
  const as = (name: string) => sql.raw(name);
  const sums = (p: Period, key: string) => {
    const inPeriod = sql`r.day >= ${day(p.start)} and r.day <= ${day(p.end)}`;
    const notToday = sql`${inPeriod} and r.day <> ${day(today)}`;
    // Before today a deadline has passed, so every live case counts; after today only the met ones.
    const deadline = (due: string, met: string, name: string) =>
      sql`coalesce(sum(r.${sql.raw(met)}) filter (where ${notToday}), 0)::int as ${as(`${key}_${name}_met`)},
        coalesce(sum(case when r.day < ${day(today)} then r.${sql.raw(due)} else r.${sql.raw(met)} end) filter (where ${notToday}), 0)::int as ${as(`${key}_${name}_counted`)}`;
    return sql`coalesce(sum(r.received) filter (where ${inPeriod}), 0)::int as ${as(`${key}_received`)},
      coalesce(sum(r.cancelled) filter (where ${inPeriod}), 0)::int as ${as(`${key}_cancelled`)},
      ${deadline("fc_due", "fc_met", "first_contact_due_at")},
      ${deadline("res_due", "res_met", "resolution_due_at")},
      coalesce(sum(r.satisfied) filter (where ${inPeriod}), 0)::int as ${as(`${key}_rated_met`)},
      coalesce(sum(r.rated) filter (where ${inPeriod}), 0)::int as ${as(`${key}_rated_counted`)}`;
  };
  const [row] = rowsOf<Record<string, number>>(
    await tx.execute(sql`select ${sums(o.period, "cur")}, ${sums(o.previous, "prev")}
      from case_rollups r
      where r.tenant_id = ${tenantId} and r.day >= ${day(o.previous.start)} and r.day <= ${day(o.period.end)} ${communities}`),
  );
  const f: Record<string, number> = { ...row };
  if (today >= o.previous.start && today <= o.period.end) {
    const w = { from: startOfDayIn(today, o.tz), to: endOfDayIn(today, o.tz) };
    const [t] = rowsOf<Record<string, number>>(
      await tx.execute(sql`select ${o.rate("first_contact_due_at", "contacted_at", w, "t")},
          ${o.rate("resolution_due_at", "resolved_at", w, "t")}
        from cases
        where ${scope} and (${o.within("first_contact_due_at", w)} or ${o.within("resolution_due_at", w)})`),
    );
    const key = today >= o.period.start ? "cur" : "prev";
    for (const name of [
      "first_contact_due_at_met",
      "first_contact_due_at_counted",
      "resolution_due_at_met",
      "resolution_due_at_counted",
    ])
      f[`${key}_${name}`] = Number(f[`${key}_${name}`] ?? 0) + Number(t?.[`t_${name}`] ?? 0);
  }
  const groups = rowsOf<Groups[number]>(
    await tx.execute(sql`select category, kind, month, sum(received)::int as count
      from (select r.category, r.kind, to_char(r.day, 'YYYY-MM') as month, r.received
            from case_rollups r
            where r.tenant_id = ${tenantId} and r.day >= ${day(o.period.start)} and r.day <= ${day(o.period.end)}
              and r.received <> 0 ${communities}) received
      group by grouping sets ((category), (kind), (month))`),
  );
  return { f, groups };
}

/** The figures of this and the previous period straight from `cases`, for reaches that are not communities. */
async function directFigures(
  tx: Tx,
  scope: SQL,
  o: {
    window: Window;
    before: Window;
    tz: string;
    rate: RateSql;
    within: (column: string, w: Window) => SQL;
  },
): Promise<Figures> {
  const { within } = o;
  const figures = (w: Window, p: string) =>
    sql`count(*) filter (where ${within("received_at", w)})::int as ${sql.raw(`${p}_received`)},
        count(*) filter (where ${within("received_at", w)} and cases.status = 'cancelled')::int as ${sql.raw(`${p}_cancelled`)},
        ${o.rate("first_contact_due_at", "contacted_at", w, p)},
        ${o.rate("resolution_due_at", "resolved_at", w, p)},
        count(*) filter (where ${LIVE} and ${within("rated_at", w)} and cases.rating in ${SATISFIED})::int as ${sql.raw(`${p}_rated_met`)},
        count(*) filter (where ${LIVE} and ${within("rated_at", w)} and cases.rating is not null)::int as ${sql.raw(`${p}_rated_counted`)}`;
  const both = { from: o.before.from, to: o.window.to };
  const [f] = rowsOf<Record<string, number>>(
    await tx.execute(sql`select ${figures(o.window, "cur")}, ${figures(o.before, "prev")}
      from cases
      where ${scope} and (${within("received_at", both)} or ${within("first_contact_due_at", both)}
        or ${within("resolution_due_at", both)} or (cases.rated_at is not null and ${within("rated_at", both)}))`),
  );
  const groups = rowsOf<Groups[number]>(
    await tx.execute(sql`select category, kind, month, count(*)::int as count
      from (select cases.category, cases.kind, to_char(cases.received_at at time zone ${o.tz}, 'YYYY-MM') as month
            from cases where ${scope} and ${within("received_at", o.window)}) received
      group by grouping sets ((category), (kind), (month))`),
  );
  return { f: f ?? {}, groups };
}
