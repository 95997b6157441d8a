import { dateInZone, endOfDayIn, type Period, satisfiedRatings, startOfDayIn } from "@propgov/core";
import { rowsOf, type Tx } from "@propgov/db";
import { type SQL, sql } from "drizzle-orm";
import { escapeLike } from "../search.js";

// Finished, merged into an original (重复件), or waiting for the dispatcher: no deadline runs against a unit.
export const FINISHED = sql.raw(`('resolved', 'rated', 'closed', 'cancelled', 'merged', 'awaitingDispatch')`);
export const SATISFIED = sql.raw(`(${satisfiedRatings.map((r) => `'${r}'`).join(", ")})`);
// Cancelled cases, repeat complaints (重复件) and cases waiting for the dispatcher count in no rate.
export const LIVE = sql`cases.status not in ('cancelled', 'merged', 'awaitingDispatch')`;

export type Window = { from: number; to: number };
/** The met and counted parts of a deadline rate over the deadlines in a window, as `<p>_<due>_met|counted`. */
export type RateSql = (due: string, done: string, w: Window, p: string) => SQL;
export type Groups = { category: string | null; kind: string | null; month: string | null; count: number }[];
export type Figures = { f: Record<string, number>; groups: Groups };

/**
 * The figures of this and the previous period from the rollups (see `caseKpis`), with today's
 * deadlines — the only ones "now" splits — read from `cases` by their indexes.
 */
export async function rolledFigures(
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
export async function directFigures(
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
