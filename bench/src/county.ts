import { cpus } from "node:os";
import postgres from "postgres";
import { type CaseSpread, growCases, tenantIdOf } from "./generate.js";
import { PASSWORD, signIn, TENANT } from "./intake.js";
import { median } from "./load.js";
import { type HttpClient, startServer } from "./server.js";

/** Where a size bench ran. */
export interface Machine {
  cpus: number;
  node: string;
  postgres: string;
}

/** The demo county on a database of its own, served by the built server, grown on demand. */
export interface BenchCounty {
  /** A county admin's keep-alive client. */
  client: HttpClient;
  /** The database owner (a superuser: no RLS). */
  owner: postgres.Sql;
  tenantId: string;
  machine: Machine;
  /** Grows the county's cases to `size` (never shrinks them); the cases it has then, and how long it took. */
  growTo(size: number): Promise<{ cases: number; generateSeconds: number }>;
}

/**
 * Runs `body` against the demo county on a fresh database `propgov_bench_<name>_<pid>` on the
 * server of `databaseUrl`, dropped afterwards; the built server runs on it with the demo seeded.
 * The county grows with cases received as `spread` says (see `generateCases`).
 */
export async function withBenchCounty<T>(
  databaseUrl: string,
  name: string,
  spread: CaseSpread,
  body: (county: BenchCounty) => Promise<T>,
): Promise<T> {
  const dbName = `propgov_bench_${name}_${process.pid}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice() {} });
  await admin.unsafe(`drop database if exists ${dbName}`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${dbName}`;
  const owner = postgres(url.toString(), { max: 2, onnotice() {} });
  const env = { DATABASE_URL: url.toString(), PROPGOV_ADMIN_PASSWORD: PASSWORD, PROPGOV_DEMO: "true" };
  try {
    const [{ version }] = (await admin`select current_setting('server_version') as version`) as unknown as [
      { version: string },
    ];
    const server = await startServer(env);
    try {
      const client = await signIn(server.base, 1);
      try {
        const tenantId = await tenantIdOf(owner, TENANT);
        return await body({
          client,
          owner,
          tenantId,
          machine: { cpus: cpus().length, node: process.version, postgres: version },
          growTo: (size) => growCases(owner, tenantId, size, spread),
        });
      } finally {
        client.close();
      }
    } finally {
      await server.stop();
    }
  } finally {
    await owner.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The median and spread of `repeats` runs of `request` after `warmups` untimed ones. */
export async function timeRequests(
  repeats: number,
  request: () => Promise<void>,
  warmups = 3,
): Promise<Timing> {
  const times: number[] = [];
  for (let i = 0; i < repeats + warmups; i++) {
    const t = performance.now();
    await request();
    if (i >= warmups) times.push(performance.now() - t);
  }
  return {
    medianMs: round1(median(times)),
    minMs: round1(Math.min(...times)),
    maxMs: round1(Math.max(...times)),
  };
}

/** The largest size's median ÷ the smallest's, to two decimals. */
export function sizeRatio(sizes: readonly Timing[]): number {
  const first = sizes[0] as Timing;
  const last = sizes.at(-1) as Timing;
  return Math.round((last.medianMs / first.medianMs) * 100) / 100;
}

/** 10000 → 10k, 1000000 → 1M. */
export const countLabel = (n: number) =>
  n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n);

/** A one-row table of medians per size with the ratio against its goal. */
export function sizesTable(
  request: string,
  r: { sizes: readonly (Timing & { cases: number })[]; ratio: number; goal: { ratio: number; met: boolean } },
): string[] {
  const first = r.sizes[0] as { cases: number };
  const last = r.sizes.at(-1) as { cases: number };
  return [
    `| request | ${r.sizes.map((s) => `${countLabel(s.cases)} cases`).join(" | ")} | ${countLabel(last.cases)} ÷ ${countLabel(first.cases)} | goal |`,
    `|---|${r.sizes.map(() => "---|").join("")}---|---|`,
    `| \`${request}\` | ${r.sizes.map((s) => `${s.medianMs} ms`).join(" | ")} | ${r.ratio}× | ≤ ${r.goal.ratio}× (${r.goal.met ? "met" : "not met"}) |`,
  ];
}

/** How the generated cases were spread, for a result's caption. */
export const spreadLabel = (s: CaseSpread) =>
  "perDay" in s ? `${s.perDay} cases a day over a growing history` : `the cases spread over ${s.days} days`;
