import {
  AppError,
  type CaseKind,
  caseKindLabels,
  caseKinds,
  complaintConfig,
  dateInZone,
  type Label,
  type Period,
  periodWindow,
  type Ratio,
  rateLabels,
  ratio,
} from "@propgov/core";
import { rowsOf } from "@propgov/db";
import { and, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { casesWithin } from "../access/cases.js";
import { caseReachOf } from "../access/reach.js";
import { periodOf } from "../evaluations.js";
import { currentMechanism } from "../mechanism.js";
import { escapeLike } from "../search.js";
import { inTenant } from "../tx.js";
import { directFigures, FINISHED, LIVE, type RateSql, rolledFigures } from "./case-figures.js";
import { monthsOf, previousPeriod } from "./periods.js";
import { caseRegionAsked } from "./regions.js";

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
    const region = await caseRegionAsked(tx, ctx, reach, input.regionId);
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
