import { cpus } from "node:os";
import postgres from "postgres";
import { type CaseSpread, generateCases } from "./generate.js";
import { PASSWORD, signIn, TENANT } from "./intake.js";
import { median } from "./load.js";
import { startServer } from "./server.js";

export interface KpisOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Case counts of the county, ascending (the data grows from one size to the next). */
  sizes: number[];
  /** Timed requests per size (after warm-up ones). */
  repeats: number;
  /** When the generated cases were received (see `generateCases`). */
  spread: CaseSpread;
}

export interface KpisSize {
  cases: number;
  rollupRows: number;
  /** Seconds the generator took to reach this size from the one before. */
  generateSeconds: number;
  /** Median and spread of `GET kpis/cases` (the current month, a county admin), ms. */
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface KpisResult {
  bench: "kpis";
  at: string;
  machine: { cpus: number; node: string; postgres: string };
  repeats: number;
  spread: CaseSpread;
  sizes: KpisSize[];
  /** The largest size's median ÷ the smallest's. */
  ratio: number;
  goal: { ratio: number; met: boolean };
}

const GOAL = 1.5;

/**
 * `GET kpis/cases` through the real HTTP server at growing case counts of one county (the demo
 * county plus generated cases, see `generateCases`), on its own database on the local PostgreSQL.
 */
export async function benchKpis(options: KpisOptions): Promise<KpisResult> {
  const dbName = `propgov_bench_kpis_${process.pid}`;
  const admin = postgres(options.databaseUrl, { max: 1, onnotice() {} });
  await admin.unsafe(`drop database if exists ${dbName}`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${dbName}`;
  const owner = postgres(url.toString(), { max: 2, onnotice() {} });
  const env = { DATABASE_URL: url.toString(), PROPGOV_ADMIN_PASSWORD: PASSWORD, PROPGOV_DEMO: "true" };
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
    const server = await startServer(env);
    const sizes: KpisSize[] = [];
    try {
      const client = await signIn(server.base, 1);
      const [tenant] = await owner<{ id: string }[]>`select id from tenants where slug = ${TENANT}`;
      if (!tenant) throw new Error("no demo county");
      const path = `/v1/tenants/${TENANT}/kpis/cases`;
      for (const size of options.sizes) {
        const [{ n }] =
          (await owner`select count(*)::int as n from cases where tenant_id = ${tenant.id}`) as unknown as [
            { n: number },
          ];
        const started = performance.now();
        if (size > n)
          await generateCases(owner, {
            tenantId: tenant.id,
            from: n,
            count: size - n,
            now: new Date(),
            spread: options.spread,
          });
        const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
        const [{ rows }] =
          (await owner`select count(*)::int as rows from case_rollups where tenant_id = ${tenant.id}`) as unknown as [
            { rows: number },
          ];
        const times: number[] = [];
        for (let i = 0; i < options.repeats + 3; i++) {
          const t = performance.now();
          const res = await client.json("GET", path);
          const ms = performance.now() - t;
          if (res.status !== 200)
            throw new Error(`GET kpis/cases answered ${res.status}: ${JSON.stringify(res.body)}`);
          if (i >= 3) times.push(ms);
        }
        const round = (x: number) => Math.round(x * 10) / 10;
        sizes.push({
          cases: Math.max(size, n),
          rollupRows: rows,
          generateSeconds,
          medianMs: round(median(times)),
          minMs: round(Math.min(...times)),
          maxMs: round(Math.max(...times)),
        });
        process.stderr.write(`bench kpis: ${JSON.stringify(sizes.at(-1))}\n`);
      }
      client.close();
    } finally {
      await server.stop();
    }
    const first = sizes[0] as KpisSize;
    const last = sizes.at(-1) as KpisSize;
    const ratio = Math.round((last.medianMs / first.medianMs) * 100) / 100;
    return {
      bench: "kpis",
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, postgres: version },
      repeats: options.repeats,
      spread: options.spread,
      sizes,
      ratio,
      goal: { ratio: GOAL, met: ratio <= GOAL },
    };
  } finally {
    await owner.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

const count = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

const spreadLabel = (s: CaseSpread) =>
  "perDay" in s ? `${s.perDay} cases a day over a growing history` : `the cases spread over ${s.days} days`;

export function kpisMarkdown(r: KpisResult): string {
  const first = r.sizes[0] as KpisSize;
  const last = r.sizes.at(-1) as KpisSize;
  return [
    `kpis, median of ${r.repeats} requests per size, ${spreadLabel(r.spread)}, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    `| request | ${r.sizes.map((s) => `${count(s.cases)} cases`).join(" | ")} | ${count(last.cases)} ÷ ${count(first.cases)} | goal |`,
    `|---|${r.sizes.map(() => "---|").join("")}---|---|`,
    `| \`GET kpis/cases\` | ${r.sizes.map((s) => `${s.medianMs} ms`).join(" | ")} | ${r.ratio}× | ≤ ${r.goal.ratio}× (${r.goal.met ? "met" : "not met"}) |`,
  ].join("\n");
}
