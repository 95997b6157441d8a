import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { closedLoop, median, type RateResult } from "./load.js";
import { HttpClient, startServer } from "./server.js";
import { CountingProxy, type WireCounts } from "./wire.js";

export interface IntakeOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  seconds: number;
  connections: number;
  /** Count one request's statements only, without the throughput runs. */
  countOnly?: boolean;
  /** Uncounted seconds before each run's counted ones (default 2). */
  warmupSeconds?: number;
}

export interface IntakeResult {
  bench: "intake";
  at: string;
  machine: { cpus: number; node: string; postgres: string };
  seconds: number;
  connections: number;
  api: RateResult;
  apiOneConnection: RateResult;
  raw: RateResult;
  /** api.perSecond ÷ raw.perSecond */
  ratio: number;
  /** One signed-in `POST cases`, steady state (median of the counted requests). */
  perRequest: WireCounts;
  /** The SQL of the last counted request's statements, in order. */
  statements: string[];
  goals: { ratio: boolean; statements: boolean; transactions: boolean; eightFasterThanOne: boolean };
}

/** The demo county a first start with PROPGOV_DEMO=true creates, and its admin's password. */
export const TENANT = "mengcheng";
export const PASSWORD = "bench-intake-ninety-7731";

/**
 * Cases per second through the whole HTTP API (a county admin's token, `connections` keep-alive
 * sockets) against raw postgres.js inserts of the same rows (counter, case, its `received` event,
 * the audit entry) in one transaction each, on the same database, in one run. One request is
 * also counted on the wire: statements, round trips and transactions.
 */
export async function benchIntake(options: IntakeOptions): Promise<IntakeResult> {
  const dbName = `propgov_bench_${process.pid}`;
  const admin = postgres(options.databaseUrl, { max: 1, onnotice() {} });
  await admin.unsafe(`drop database if exists ${dbName}`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${dbName}`;
  const env = { DATABASE_URL: url.toString(), PROPGOV_ADMIN_PASSWORD: PASSWORD, PROPGOV_DEMO: "true" };
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];

    // 1. Count one request on the wire: a server whose database connection goes through the proxy.
    const proxy = new CountingProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const proxied = new URL(url);
    proxied.host = `127.0.0.1:${await proxy.listen()}`;
    let perRequest: WireCounts;
    let statements: string[] = [];
    let sample: { body: Record<string, unknown> };
    {
      const server = await startServer({ ...env, DATABASE_URL: proxied.toString() });
      try {
        const client = await signIn(server.base, 1);
        sample = await intakeBody(client);
        const counted: WireCounts[] = [];
        for (let i = 0; i < 25; i++) {
          proxy.reset(i === 24);
          await fileCase(client, sample.body);
          if (i >= 5) counted.push({ ...proxy.counts }); // the first requests prepare their statements
        }
        statements = (proxy.counts.log ?? []).map((text) => text.replace(/\s+/g, " ").slice(0, 160));
        perRequest = {
          statements: median(counted.map((c) => c.statements)),
          roundTrips: median(counted.map((c) => c.roundTrips)),
          transactions: median(counted.map((c) => c.transactions)),
        };
        client.close();
      } finally {
        await server.stop();
        await proxy.close();
      }
    }

    if (options.countOnly) {
      process.stdout.write(`${JSON.stringify({ perRequest, statements }, null, 2)}\n`);
      process.exit(0);
    }

    // 2. Through the API, directly on PostgreSQL: 1 connection, then `connections`.
    const server = await startServer(env);
    let api: RateResult;
    let apiOneConnection: RateResult;
    try {
      const one = await signIn(server.base, 1);
      apiOneConnection = await closedLoop(
        1,
        options.seconds,
        () => fileCase(one, sample.body),
        options.warmupSeconds,
      );
      one.close();
      const many = await signIn(server.base, options.connections);
      api = await closedLoop(
        options.connections,
        options.seconds,
        () => fileCase(many, sample.body),
        options.warmupSeconds,
      );
      many.close();
    } finally {
      await server.stop();
    }

    // 3. The ceiling: the same rows, inserted by postgres.js on the same database.
    const raw = await rawInserts(url.toString(), options);

    const ratio = Math.round((api.perSecond / raw.perSecond) * 1000) / 1000;
    return {
      bench: "intake",
      at: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version, postgres: version },
      seconds: options.seconds,
      connections: options.connections,
      api,
      apiOneConnection,
      raw,
      ratio,
      perRequest,
      statements,
      goals: {
        ratio: ratio >= 0.5,
        statements: perRequest.statements <= 12,
        transactions: perRequest.transactions <= 1,
        eightFasterThanOne: api.perSecond > apiOneConnection.perSecond,
      },
    };
  } finally {
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

/** The demo admin signed in, as a client with `connections` keep-alive sockets. */
export async function signIn(base: string, connections: number): Promise<HttpClient> {
  const anonymous = new HttpClient(base, 1);
  const res = await anonymous.json("POST", "/v1/auth/login", {
    tenant: TENANT,
    username: "admin",
    password: PASSWORD,
  });
  anonymous.close();
  const token = (res.body as { token?: string } | null)?.token;
  if (res.status !== 200 || !token)
    throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  return new HttpClient(base, connections, { authorization: `Bearer ${token}` });
}

/** A case like the demo's: its first case's category and compound. */
export async function intakeBody(client: HttpClient): Promise<{ body: Record<string, unknown> }> {
  const res = await client.json("GET", `/v1/tenants/${TENANT}/cases?limit=1`);
  type Listed = { category: { code: string }; compound: { id: string } };
  const first = (res.body as { items?: Listed[] }).items?.[0];
  if (!first) throw new Error(`the demo has no case to copy: ${res.status}`);
  return {
    body: {
      category: first.category.code,
      compoundId: first.compound.id,
      description: "楼道灯不亮，已经一周了。(bench)",
      channel: "hotline12345",
      reporter: { name: "王女士", phone: "13800000000" },
    },
  };
}

export async function fileCase(client: HttpClient, body: Record<string, unknown>): Promise<void> {
  const res = await client.json("POST", `/v1/tenants/${TENANT}/cases`, body);
  if (res.status !== 201) throw new Error(`POST cases answered ${res.status}: ${JSON.stringify(res.body)}`);
}

/** postgres.js with `connections` connections, each loop one transaction of the rows one intake writes. */
async function rawInserts(url: string, options: IntakeOptions): Promise<RateResult> {
  const sql = postgres(url, { max: options.connections, onnotice() {} });
  try {
    const [caseRow] = await sql`select * from cases where description like '%(bench)' limit 1`;
    if (!caseRow) throw new Error("no benchmark case to copy");
    const [eventRow] = await sql`select * from case_events where case_id = ${caseRow.id} limit 1`;
    const [auditRow] = await sql`select * from audit_events where target_id = ${caseRow.id} limit 1`;
    if (!eventRow || !auditRow) throw new Error("the benchmark case has no event or audit entry");
    const json = await jsonColumns(sql);
    const year = new Date().getUTCFullYear() + 100; // a counter row of its own, far from the API's
    return await closedLoop(
      options.connections,
      options.seconds,
      async () => {
        await sql.begin(async (tx) => {
          const [counter] = await tx`
          insert into case_counters (tenant_id, year, last) values (${caseRow.tenant_id}, ${year}, 1)
          on conflict (tenant_id, year) do update set last = case_counters.last + 1 returning last`;
          const id = `${String(caseRow.id).split("_")[0]}_${token(26)}`;
          const number = `RAW-${year}-${String(counter?.last).padStart(6, "0")}`;
          const row = { ...caseRow, id, number, tracking_code: token(12) };
          await tx`insert into cases ${tx(typed(tx, row, json.cases))}`;
          const event = { ...eventRow, id: `${String(eventRow.id).split("_")[0]}_${token(26)}`, case_id: id };
          await tx`insert into case_events ${tx(typed(tx, event, json.case_events))}`;
          const entry = {
            ...auditRow,
            id: `${String(auditRow.id).split("_")[0]}_${token(26)}`,
            target_id: id,
          };
          await tx`insert into audit_events ${tx(typed(tx, entry, json.audit_events))}`;
        });
      },
      options.warmupSeconds,
    );
  } finally {
    await sql.end();
  }
}

type Row = Record<string, unknown>;

async function jsonColumns(sql: postgres.Sql): Promise<Record<string, Set<string>>> {
  const rows = await sql<{ table_name: string; column_name: string }[]>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('json', 'jsonb')
      and table_name in ('cases', 'case_events', 'audit_events')`;
  const out: Record<string, Set<string>> = {
    cases: new Set(),
    case_events: new Set(),
    audit_events: new Set(),
  };
  for (const r of rows) out[r.table_name]?.add(r.column_name);
  return out;
}

/** JSON columns go as JSON, not as PostgreSQL arrays. */
function typed(tx: postgres.TransactionSql, row: Row, json: Set<string> | undefined): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = json?.has(key) && value !== null ? tx.json(value as postgres.JSONValue) : value;
  }
  return out;
}

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function token(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += ALPHABET[b % 32];
  return out;
}

export function intakeMarkdown(r: IntakeResult): string {
  const rate = (x: RateResult) => `${x.perSecond} | ${x.p50Ms} | ${x.p99Ms} | ${x.errors}`;
  return [
    `intake, ${r.seconds} s per run, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    "| run | cases/s | p50 ms | p99 ms | errors |",
    "|---|---|---|---|---|",
    `| API, ${r.connections} connections | ${rate(r.api)} |`,
    `| API, 1 connection | ${rate(r.apiOneConnection)} |`,
    `| raw postgres.js, ${r.connections} connections | ${rate(r.raw)} |`,
    "",
    `ratio API ÷ raw: **${r.ratio}** (goal ≥ 0.5: ${r.goals.ratio ? "met" : "not met"})`,
    "",
    `one \`POST cases\`: ${r.perRequest.statements} statements (goal ≤ 12: ${r.goals.statements ? "met" : "not met"}), ${r.perRequest.roundTrips} round trips, ${r.perRequest.transactions} transaction(s) (goal 1: ${r.goals.transactions ? "met" : "not met"}); ${r.connections} connections faster than 1: ${r.goals.eightFasterThanOne ? "yes" : "no"}`,
  ].join("\n");
}
