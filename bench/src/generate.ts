import type postgres from "postgres";

/** When generated cases were received: a steady daily volume over a growing history, or a fixed window. */
export type CaseSpread = { perDay: number } | { days: number };

/**
 * A fast SQL data generator: `count` more cases in one county, written set-based by
 * `insert … select … from generate_series`, as the app writes them — numbers and tracking codes
 * unique, a category and kind of the county's mechanism, a compound of the registry with its
 * community, the deadlines of the category (2 h first contact, 5 days resolution), and a life
 * that fits the status: most cases contacted, resolved and rated on time, some late, some
 * cancelled; open cases only among those of the last six days (what is open is the work in hand,
 * not the history). When they were received is the `spread`:
 * - `{ perDay }` (history): a steady daily volume, case g received (g − 1) / perDay days before
 *   `now`, so more cases mean a longer history — how a county reaches a million cases;
 * - `{ days }` (volume): `count` cases spread evenly over the last `days` days, so more cases mean
 *   a busier county, with more of them in any month and more open at once.
 * The rollups are written by one `propgov_case_rollups_rebuild` afterwards instead of the trigger
 * per row (the same rows: the `rollups verify` tests hold the two equal). Runs as the database
 * owner (a superuser: no RLS).
 */
export async function generateCases(
  sql: postgres.Sql,
  o: {
    tenantId: string;
    from: number;
    count: number;
    now: Date;
    spread: CaseSpread;
    /** The categories and kinds to spread the cases over; default those of the county's cases. */
    categories?: { category: string; kind: string }[];
  },
): Promise<void> {
  const now = o.now.toISOString();
  const perDay = "perDay" in o.spread ? o.spread.perDay : 0;
  const days = "days" in o.spread ? o.spread.days : 0;
  const compounds = await sql<{ id: string; community_id: string }[]>`
    select id, community_id from compounds where tenant_id = ${o.tenantId} and archived_at is null order by id`;
  if (compounds.length === 0) throw new Error("the county has no compounds to file cases in");
  const categories =
    o.categories ??
    (await sql<{ category: string; kind: string }[]>`
      select distinct category, kind from cases where tenant_id = ${o.tenantId} order by 1`);
  if (categories.length === 0) throw new Error("the county has no cases to take categories from");
  // JSON as text then cast: the same on a plain postgres.js client and on one drizzle has wrapped
  // (whose json serializer passes values through).
  const categoriesJson = JSON.stringify(categories);
  const compoundsJson = JSON.stringify(compounds);
  await sql.begin(async (tx) => {
    await tx`alter table cases disable trigger cases_rollups_sync`;
    // g: the case's ordinal; h: a hash of it that picks everything else.
    await tx`
      insert into cases (tenant_id, id, number, tracking_code, category, kind, compound_id, community_id,
                         description, reporter_name, reporter_phone, channel, status, received_at,
                         round_started_at, first_contact_due_at, resolution_due_at, contacted_at, resolved_at,
                         rated_at, rating, closed_at, cancelled_at, cancel_reason, created_at, updated_at)
      select ${o.tenantId}, 'cas_' || upper(substr(md5('bench' || g), 1, 26)),
             'BK-' || lpad(g::text, 8, '0'), upper(substr(md5('track' || g), 1, 12)),
             (${categoriesJson}::text::jsonb -> (h % ${categories.length})::int ->> 'category'),
             (${categoriesJson}::text::jsonb -> (h % ${categories.length})::int ->> 'kind'),
             (${compoundsJson}::text::jsonb -> (h % ${compounds.length})::int ->> 'id'),
             (${compoundsJson}::text::jsonb -> (h % ${compounds.length})::int ->> 'community_id'),
             '楼道灯不亮，已经一周了。(bench)', '王女士', '13800000000', 'hotline12345',
             s.status, r.at, r.at, r.at + interval '2 hours', r.at + interval '5 days',
             case when s.status in ('received', 'cancelled') then null
                  else r.at + (case when h % 10 = 0 then interval '3 hours' else interval '40 minutes' end) end,
             case when s.status in ('resolved', 'rated', 'closed')
                  then r.at + (case when h % 7 = 0 then interval '6 days' else interval '2 days' end) end,
             case when s.status in ('rated', 'closed') then r.at + interval '3 days' end,
             case when s.status in ('rated', 'closed')
                  then (array['satisfied', 'satisfied', 'basicallySatisfied', 'unsatisfied'])[1 + h % 4] end,
             case when s.status = 'closed' then r.at + interval '4 days' end,
             case when s.status = 'cancelled' then r.at + interval '1 hour' end,
             case when s.status = 'cancelled' then 'duplicate' end,
             r.at, r.at
        from generate_series(${o.from + 1}::bigint, ${o.from + o.count}::bigint) g,
             lateral (select abs(hashtext('bench' || g)::bigint) as h) x,
             lateral (select ${now}::timestamptz - interval '1 second' * case
                               when ${perDay}::float8 > 0 then (g - 1) * 86400.0 / ${perDay}::float8 + h % 600
                               else ${days}::float8 * 86400 * ((g * 0.6180339887) - floor(g * 0.6180339887)) end as at) r,
             lateral (select case when r.at > ${now}::timestamptz - interval '6 days'
                                  then (array['received', 'contacted', 'whistled', 'resolved'])[1 + h % 4]
                                  else (array['rated', 'rated', 'rated', 'closed', 'resolved', 'rated',
                                              'cancelled', 'rated', 'closed', 'rated'])[1 + h % 10] end as status) s`;
    await tx`alter table cases enable trigger cases_rollups_sync`;
    await tx`select propgov_case_rollups_rebuild(${o.tenantId})`;
  });
  await sql`vacuum analyze cases`;
  await sql`vacuum analyze case_rollups`;
}

/** The id of the county whose slug is `slug` (the demo's, in the benches). */
export async function tenantIdOf(sql: postgres.Sql, slug: string): Promise<string> {
  const [tenant] = await sql<{ id: string }[]>`select id from tenants where slug = ${slug}`;
  if (!tenant) throw new Error(`no county '${slug}'`);
  return tenant.id;
}

/**
 * Grows a county's cases to `size` with `generateCases` (never shrinks them): the cases it has
 * then, and the seconds it took.
 */
export async function growCases(
  sql: postgres.Sql,
  tenantId: string,
  size: number,
  spread: CaseSpread,
): Promise<{ cases: number; generateSeconds: number }> {
  const [row] = await sql<
    { n: number }[]
  >`select count(*)::int as n from cases where tenant_id = ${tenantId}`;
  const n = row?.n ?? 0;
  const started = performance.now();
  if (size > n) await generateCases(sql, { tenantId, from: n, count: size - n, now: new Date(), spread });
  return { cases: Math.max(size, n), generateSeconds: Math.round((performance.now() - started) / 100) / 10 };
}
