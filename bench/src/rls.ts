import { cpus } from "node:os";
import postgres from "postgres";
import { growCases, tenantIdOf } from "./generate.js";
import { PASSWORD, TENANT } from "./intake.js";
import { median } from "./load.js";
import { startServer } from "./server.js";
import { copyCounty } from "./tenants.js";

export interface RlsOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Cases of the measured county (the demo county plus generated ones). */
  cases: number;
  /** Counties in the database, the measured one included (the others are copies of it). */
  counties: number;
  /** Timed runs of each query per side (after warm-up ones). */
  repeats: number;
}

export interface RlsQuery {
  query: string;
  /** Median ms as the table owner, no RLS (a superuser). */
  ownerMs: number;
  /** Median ms as the app does it: SET LOCAL ROLE and the tenant setting in the same transaction. */
  appMs: number;
  /** Median ms as the app role with the settings made once for the session: the policies alone. */
  policyMs: number;
  /** appMs ÷ ownerMs */
  ratio: number;
  /** policyMs ÷ ownerMs */
  policyRatio: number;
}

export interface RlsResult {
  bench: "rls";
  at: string;
  machine: { cpus: number; node: string; postgres: string };
  cases: number;
  counties: number;
  repeats: number;
  queries: RlsQuery[];
  /** Geometric means of the ratios. */
  ratio: number;
  policyRatio: number;
  goal: { ratio: number; met: boolean };
}

const GOAL = 1.15;
const APP_ROLE = "propgov_app";

type Statement = { text: string; params: (string | number)[] };

/**
 * The same SQL as the table owner (a superuser: no row-level security) and as the application
 * role under RLS, on a database with one county of `cases` cases and `counties − 1` copies of it
 * (so the policies have other tenants' rows to keep out). The queries are those the API's
 * services send for a county admin: a case list's first page, one case with its timeline, the
 * KPI queries of the current month, a compound list's first page. The two sides alternate.
 */
export async function benchRls(options: RlsOptions): Promise<RlsResult> {
  const dbName = `propgov_bench_rls_${process.pid}`;
  const admin = postgres(options.databaseUrl, { max: 1, onnotice() {} });
  await admin.unsafe(`drop database if exists ${dbName}`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${dbName}`;
  const owner = postgres(url.toString(), { max: 1, onnotice() {} });
  const app = postgres(url.toString(), { max: 1, onnotice() {} });
  const session = postgres(url.toString(), { max: 1, onnotice() {} });
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
    // The server migrates the database and writes the demo county, then goes.
    const server = await startServer({
      DATABASE_URL: url.toString(),
      PROPGOV_ADMIN_PASSWORD: PASSWORD,
      PROPGOV_DEMO: "true",
    });
    await server.stop();
    const tenant = { id: await tenantIdOf(owner, TENANT) };
    const { cases } = await growCases(owner, tenant.id, options.cases, { perDay: 300 });
    await copyCounty(owner, tenant.id, options.counties - 1);
    await owner`vacuum analyze`;
    await session.unsafe(`set role ${APP_ROLE}`);
    await session`select set_config('app.tenant_id', ${tenant.id}, false)`;

    const queries = await representativeQueries(owner, tenant.id);
    const timed = Object.fromEntries(
      Object.keys(queries).map((name) => [
        name,
        { owner: [] as number[], app: [] as number[], policy: [] as number[] },
      ]),
    );
    for (let i = 0; i < options.repeats + 5; i++) {
      for (const [name, statements] of Object.entries(queries)) {
        const t = timed[name] as { owner: number[]; app: number[]; policy: number[] };
        const runs: [number[], () => Promise<unknown>][] = [
          [t.owner, () => owner.begin((tx) => statements.map((s) => tx.unsafe(s.text, s.params)))],
          [
            t.app,
            () =>
              app.begin((tx) => [
                tx`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenant.id}, true)`,
                ...statements.map((s) => tx.unsafe(s.text, s.params)),
              ]),
          ],
          [t.policy, () => session.begin((tx) => statements.map((s) => tx.unsafe(s.text, s.params)))],
        ];
        // Each side first as often as last.
        const order = i % 2 === 0 ? runs : [...runs].reverse();
        for (const [into, run] of order) {
          const started = performance.now();
          await run();
          if (i >= 5) into.push(performance.now() - started);
        }
      }
    }
    const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
    const results = Object.entries(timed).map(([query, t]) => {
      const ownerMs = median(t.owner);
      const appMs = median(t.app);
      const policyMs = median(t.policy);
      return {
        query,
        ownerMs: round(ownerMs),
        appMs: round(appMs),
        policyMs: round(policyMs),
        ratio: round(appMs / ownerMs, 2),
        policyRatio: round(policyMs / ownerMs, 2),
      };
    });
    const geomean = (xs: number[]) => round(Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length), 2);
    const ratio = geomean(results.map((r) => r.ratio));
    return {
      bench: "rls",
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, postgres: version },
      cases,
      counties: options.counties,
      repeats: options.repeats,
      queries: results,
      ratio,
      policyRatio: geomean(results.map((r) => r.policyRatio)),
      goal: { ratio: GOAL, met: ratio <= GOAL },
    };
  } finally {
    await Promise.all([owner.end(), app.end(), session.end()]);
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

/**
 * The SQL the services send for these reads (`listCases`, `getCase`, `caseKpis` from the
 * rollups, `listCompounds`), their main statements with the county admin's filters.
 */
async function representativeQueries(
  sql: postgres.Sql,
  tenantId: string,
): Promise<Record<string, Statement[]>> {
  const [sample] = await sql<{ id: string }[]>`
    select id from cases where tenant_id = ${tenantId} order by id desc offset 100 limit 1`;
  if (!sample) throw new Error("no case to read");
  const now = new Date();
  const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const [prevStart, curStart, nextStart] = [month(-1), month(0), month(1)];
  const curEnd = day(new Date(nextStart.getTime() - 86_400_000));
  const prevEnd = day(new Date(curStart.getTime() - 86_400_000));
  const today = day(now);
  const at = now.toISOString();
  const sums = (p: string, from: string, to: string) => `
    coalesce(sum(r.received) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date), 0)::int as ${p}_received,
    coalesce(sum(r.cancelled) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date), 0)::int as ${p}_cancelled,
    coalesce(sum(r.fc_met) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date and r.day <> $2::date), 0)::int as ${p}_fc_met,
    coalesce(sum(case when r.day < $2::date then r.fc_due else r.fc_met end)
      filter (where r.day >= '${from}'::date and r.day <= '${to}'::date and r.day <> $2::date), 0)::int as ${p}_fc_counted,
    coalesce(sum(r.res_met) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date and r.day <> $2::date), 0)::int as ${p}_res_met,
    coalesce(sum(case when r.day < $2::date then r.res_due else r.res_met end)
      filter (where r.day >= '${from}'::date and r.day <= '${to}'::date and r.day <> $2::date), 0)::int as ${p}_res_counted,
    coalesce(sum(r.satisfied) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date), 0)::int as ${p}_rated_met,
    coalesce(sum(r.rated) filter (where r.day >= '${from}'::date and r.day <= '${to}'::date), 0)::int as ${p}_rated_counted`;
  const finished = `('resolved', 'rated', 'closed', 'cancelled', 'merged', 'awaitingDispatch')`;
  return {
    "case list, first page": [
      { text: "select * from cases where tenant_id = $1 order by id desc limit 21", params: [tenantId] },
    ],
    "case by id, with its timeline": [
      { text: "select * from cases where tenant_id = $1 and id = $2", params: [tenantId, sample.id] },
      {
        text: "select * from case_events where tenant_id = $1 and case_id = $2 order by at, id",
        params: [tenantId, sample.id],
      },
    ],
    "KPIs of the month": [
      {
        text: `select ${sums("cur", day(curStart), curEnd)}, ${sums("prev", day(prevStart), prevEnd)}
                 from case_rollups r
                where r.tenant_id = $1 and r.day >= '${day(prevStart)}'::date and r.day <= '${curEnd}'::date`,
        params: [tenantId, today],
      },
      {
        text: `select count(*) filter (where contacted_at <= first_contact_due_at)::int as fc_met,
                      count(*) filter (where resolved_at <= resolution_due_at)::int as res_met, count(*)::int as n
                 from cases
                where tenant_id = $1 and status not in ('cancelled', 'merged', 'awaitingDispatch')
                  and ((first_contact_due_at >= $2::date and first_contact_due_at < $2::date + 1)
                    or (resolution_due_at >= $2::date and resolution_due_at < $2::date + 1))`,
        params: [tenantId, today],
      },
      {
        text: `select category, kind, month, sum(received)::int as count
                 from (select r.category, r.kind, to_char(r.day, 'YYYY-MM') as month, r.received
                         from case_rollups r
                        where r.tenant_id = $1 and r.day >= '${day(curStart)}'::date and r.day <= '${curEnd}'::date
                          and r.received <> 0) received
                group by grouping sets ((category), (kind), (month))`,
        params: [tenantId],
      },
      {
        text: `select count(*) filter (where contacted_at is null and first_contact_due_at < $2::timestamptz)::int as first_contact,
                      count(*) filter (where resolution_due_at < $2::timestamptz)::int as resolution
                 from cases where tenant_id = $1 and status not in ${finished}`,
        params: [tenantId, at],
      },
    ],
    "compound list, first page": [
      {
        text: "select * from compounds where tenant_id = $1 and archived_at is null order by id limit 51",
        params: [tenantId],
      },
    ],
  };
}

export function rlsMarkdown(r: RlsResult): string {
  return [
    `rls, median of ${r.repeats} transactions per query and side, ${r.cases} cases in the county, ${r.counties} counties, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    "| query | owner, no RLS | app role, RLS (as the app) | ratio | app role, session settings | ratio |",
    "|---|---|---|---|---|---|",
    ...r.queries.map(
      (q) =>
        `| ${q.query} | ${q.ownerMs} ms | ${q.appMs} ms | ${q.ratio}× | ${q.policyMs} ms | ${q.policyRatio}× |`,
    ),
    "",
    `overall (geometric mean) **${r.ratio}×** as the app does it (goal ≤ ${r.goal.ratio}×: ${r.goal.met ? "met" : "not met"}), ${r.policyRatio}× for the policies alone`,
  ].join("\n");
}
