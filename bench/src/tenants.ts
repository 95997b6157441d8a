import { cpus } from "node:os";
import postgres from "postgres";
import { growCases, tenantIdOf } from "./generate.js";
import { fileCase, intakeBody, PASSWORD, signIn, TENANT } from "./intake.js";
import { median } from "./load.js";
import { type HttpClient, startServer } from "./server.js";

export interface TenantsOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Counties in the large database, the demo county included. */
  counties: number;
  /** Cases of each county. */
  cases: number;
  /** Timed requests of each kind per database (after warm-up ones). */
  repeats: number;
}

export interface RequestTimes {
  request: string;
  oneMs: number;
  manyMs: number;
  ratio: number;
}

export interface TenantsResult {
  bench: "tenants";
  at: string;
  machine: { cpus: number; node: string; postgres: string };
  counties: number;
  casesPerCounty: number;
  repeats: number;
  /** Seconds to write the other counties (registry and cases), set-based. */
  copySeconds: number;
  requests: RequestTimes[];
  /** The largest ratio of the three. */
  ratio: number;
  storage: {
    oneCountyBytes: number;
    totalBytes: number;
    /** (total − one county's database) ÷ the counties added. */
    perCountyBytes: number;
    /** The `cases` table with its indexes and TOAST, ÷ its rows. */
    perCaseBytes: number;
    cases: number;
  };
  goal: { ratio: number; met: boolean };
}

const GOAL = 1.2;

/**
 * Tables not copied to the other counties: tokens with globally unique ids (sessions, API keys),
 * per-request bookkeeping, and deliveries the server would start sending.
 */
const NOT_COPIED = new Set([
  "sessions",
  "api_keys",
  "idempotency_keys",
  "rate_limits",
  "outbox",
  "deliveries",
  "delivery_attempts",
]);

/**
 * The same requests of one county through the real HTTP server on a database holding only that
 * county (the demo county with `cases` generated cases) and then on the same database grown to
 * `counties` counties, each a set-based copy of the first one's rows under a new tenant id.
 */
export async function benchTenants(options: TenantsOptions): Promise<TenantsResult> {
  const dbName = `propgov_bench_tenants_${process.pid}`;
  const admin = postgres(options.databaseUrl, { max: 1, onnotice() {} });
  await admin.unsafe(`drop database if exists ${dbName}`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${dbName}`;
  const owner = postgres(url.toString(), { max: 1, onnotice() {} });
  const env = { DATABASE_URL: url.toString(), PROPGOV_ADMIN_PASSWORD: PASSWORD, PROPGOV_DEMO: "true" };
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
    const server = await startServer(env);
    try {
      const tenant = { id: await tenantIdOf(owner, TENANT) };
      await growCases(owner, tenant.id, options.cases, { perDay: 30 });
      const client = await signIn(server.base, 1);
      const { body } = await intakeBody(client);
      await owner`vacuum analyze`;
      const one = await timeRequests(client, body, options.repeats);
      const oneCountyBytes = await databaseSize(owner);
      process.stderr.write(`bench tenants: 1 county: ${JSON.stringify(one)}, ${oneCountyBytes} bytes\n`);

      const started = performance.now();
      await copyCounty(owner, tenant.id, options.counties - 1);
      const copySeconds = Math.round((performance.now() - started) / 100) / 10;
      await owner`vacuum analyze`;
      const totalBytes = await databaseSize(owner);
      const [caseStats] = (await owner`
        select count(*)::int as cases, pg_total_relation_size('cases')::bigint as bytes from cases`) as unknown as [
        { cases: number; bytes: string },
      ];
      process.stderr.write(`bench tenants: ${options.counties} counties written in ${copySeconds} s\n`);
      const many = await timeRequests(client, body, options.repeats);
      client.close();

      const requests = Object.keys(one).map((request) => {
        const oneMs = one[request] as number;
        const manyMs = many[request] as number;
        return { request, oneMs, manyMs, ratio: Math.round((manyMs / oneMs) * 100) / 100 };
      });
      const ratio = Math.max(...requests.map((r) => r.ratio));
      return {
        bench: "tenants",
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version, postgres: version },
        counties: options.counties,
        casesPerCounty: options.cases,
        repeats: options.repeats,
        copySeconds,
        requests,
        ratio,
        storage: {
          oneCountyBytes,
          totalBytes,
          perCountyBytes: Math.round((totalBytes - oneCountyBytes) / Math.max(1, options.counties - 1)),
          perCaseBytes: Math.round(Number(caseStats.bytes) / caseStats.cases),
          cases: caseStats.cases,
        },
        goal: { ratio: GOAL, met: ratio <= GOAL },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await owner.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

/** Median ms of each request, the three kinds interleaved, after three warm-up rounds. */
async function timeRequests(
  client: HttpClient,
  body: Record<string, unknown>,
  repeats: number,
): Promise<Record<string, number>> {
  const requests: Record<string, () => Promise<void>> = {
    "GET cases": async () => {
      const res = await client.json("GET", `/v1/tenants/${TENANT}/cases`);
      if (res.status !== 200) throw new Error(`GET cases answered ${res.status}`);
    },
    "GET kpis/cases": async () => {
      const res = await client.json("GET", `/v1/tenants/${TENANT}/kpis/cases`);
      if (res.status !== 200) throw new Error(`GET kpis/cases answered ${res.status}`);
    },
    "POST cases": () => fileCase(client, body),
  };
  const times = Object.fromEntries(Object.keys(requests).map((name) => [name, [] as number[]]));
  for (let i = 0; i < repeats + 3; i++) {
    for (const [name, run] of Object.entries(requests)) {
      const t = performance.now();
      await run();
      const ms = performance.now() - t;
      if (i >= 3) times[name]?.push(ms);
    }
  }
  return Object.fromEntries(
    Object.entries(times).map(([name, t]) => [name, Math.round(median(t) * 10) / 10]),
  );
}

async function databaseSize(sql: postgres.Sql): Promise<number> {
  const [{ bytes }] =
    (await sql`select pg_database_size(current_database())::bigint as bytes`) as unknown as [
      { bytes: string },
    ];
  return Number(bytes);
}

/**
 * `copies` more counties, each a copy of county `tenantId`'s rows (registry, mechanism, users,
 * cases, rollups, …) under a new tenant id, slug `bench-<n>`: one `insert … select` per table
 * for all copies at once. Rows keep their ids, which are unique per tenant (every key starts with
 * `tenant_id`). Foreign keys and triggers are off while copying (`session_replication_role`):
 * the copies are consistent because the original is. Runs as the database owner (a superuser).
 */
export async function copyCounty(sql: postgres.Sql, tenantId: string, copies: number): Promise<void> {
  if (copies < 1) return;
  const columns = await sql<{ table_name: string; column_name: string }[]>`
    select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
       and exists (select 1 from information_schema.columns k
                    where k.table_schema = 'public' and k.table_name = c.table_name and k.column_name = 'tenant_id')
     order by c.table_name, c.ordinal_position`;
  const tables = new Map<string, string[]>();
  for (const c of columns)
    if (!NOT_COPIED.has(c.table_name))
      tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c.column_name]);
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`create temporary table bench_copies on commit drop as
      select 'ten_bench' || lpad(g::text, 6, '0') as id, g from generate_series(1, ${copies}) g`;
    await tx`
      insert into tenants (id, slug, name, division_code, timezone, settings, created_at, updated_at, archived_at, demo)
      select c.id, 'bench-' || c.g, t.name || ' ' || c.g, t.division_code, t.timezone, t.settings,
             t.created_at, t.updated_at, t.archived_at, false
        from tenants t, bench_copies c where t.id = ${tenantId}`;
    for (const [table, cols] of tables) {
      const list = cols.map((c) => `"${c}"`).join(", ");
      const values = cols.map((c) => (c === "tenant_id" ? "c.id" : `t."${c}"`)).join(", ");
      await tx.unsafe(
        `insert into "${table}" (${list}) select ${values} from "${table}" t, bench_copies c where t.tenant_id = $1`,
        [tenantId],
      );
    }
  });
}

export function tenantsMarkdown(r: TenantsResult): string {
  const mib = (b: number) => `${Math.round((b / 1024 / 1024) * 10) / 10} MiB`;
  const s = r.storage;
  return [
    `tenants, median of ${r.repeats} requests each, ${r.casesPerCounty} cases per county, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    `| request | 1 county | ${r.counties} counties | ratio | goal |`,
    "|---|---|---|---|---|",
    ...r.requests.map(
      (q) =>
        `| \`${q.request}\` | ${q.oneMs} ms | ${q.manyMs} ms | ${q.ratio}× | ≤ ${r.goal.ratio}× (${q.ratio <= r.goal.ratio ? "met" : "not met"}) |`,
    ),
    "",
    `largest ratio **${r.ratio}×** (goal ≤ ${r.goal.ratio}×: ${r.goal.met ? "met" : "not met"}); the ${r.counties - 1} other counties written in ${r.copySeconds} s`,
    "",
    `database: ${mib(s.oneCountyBytes)} with 1 county, ${mib(s.totalBytes)} with ${r.counties}: ${mib(s.perCountyBytes)} per county; \`cases\` with its indexes ${s.perCaseBytes} bytes per case (${s.cases} cases)`,
  ].join("\n");
}
