import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { PASSWORD, signIn, TENANT } from "./intake.js";
import type { HttpClient } from "./server.js";
import { startServer } from "./server.js";

export type ImportDriver = "postgres" | "pglite";

export interface ImportOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Compounds in the file (the import takes at most 10,000). */
  rows: number;
  drivers: ImportDriver[];
}

export interface ImportRun {
  driver: ImportDriver;
  rows: number;
  /** `POST imports/compounds` without commit: the whole file read and checked, nothing written. */
  dryRunSeconds: number;
  /** `POST imports/compounds?commit=true`: checked again and every row written, one transaction. */
  commitSeconds: number;
  /** rows ÷ commitSeconds */
  rowsPerSecond: number;
  goalMet: boolean;
}

export interface ImportResult {
  bench: "import";
  at: string;
  machine: { cpus: number; node: string; postgres: string | null };
  rows: number;
  runs: ImportRun[];
  goal: { seconds: number; met: boolean };
}

const GOAL_SECONDS = 10;
const MODES = ["专业化物业服务", "自管", "无", "professional", "selfManaged"];

/**
 * One CSV of `rows` new compounds spread over the given communities (by id), in the columns and
 * Chinese headers staff use; every other row with a location. Names are unique per `tag`.
 */
export function compoundCsv(rows: number, communityIds: readonly string[], tag: string): string {
  const lines = ["名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数,纬度,经度"];
  for (let i = 1; i <= rows; i++) {
    const community = communityIds[i % communityIds.length];
    const located = i % 2 === 0;
    lines.push(
      [
        `导入小区${tag}-${i}`,
        `"漆园路${i}号, ${1 + (i % 30)}栋"`,
        community,
        MODES[i % MODES.length],
        40 + (i % 900),
        1 + (i % 40),
        i % 13,
        located ? (33.2 + (i % 1000) / 10_000).toFixed(4) : "",
        located ? (116.5 + (i % 1000) / 10_000).toFixed(4) : "",
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function communities(client: HttpClient): Promise<string[]> {
  const res = await client.json("GET", `/v1/tenants/${TENANT}/regions?kind=community&limit=100`);
  const ids = ((res.body as { items?: { id: string }[] } | null)?.items ?? []).map((r) => r.id);
  if (res.status !== 200 || ids.length === 0)
    throw new Error(`no communities to import into: ${res.status} ${JSON.stringify(res.body)}`);
  return ids;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

/** A dry run, then the commit, of one file through the server at `base`. */
async function importOnce(base: string, driver: ImportDriver, rows: number): Promise<ImportRun> {
  const client = await signIn(base, 1);
  try {
    const csv = compoundCsv(rows, await communities(client), String(process.pid));
    const path = `/v1/tenants/${TENANT}/imports/compounds`;
    let t = performance.now();
    const dry = await client.raw("POST", path, csv, "text/csv");
    const dryRunMs = performance.now() - t;
    const dryBody = dry.body as { valid?: number; errors?: unknown[] } | null;
    if (dry.status !== 200 || dryBody?.valid !== rows)
      throw new Error(`the dry run answered ${dry.status}: ${JSON.stringify(dryBody?.errors?.slice(0, 3))}`);
    t = performance.now();
    const done = await client.raw("POST", `${path}?commit=true`, csv, "text/csv");
    const commitMs = performance.now() - t;
    const created = (done.body as { created?: unknown[] } | null)?.created?.length;
    if (done.status !== 201 || created !== rows)
      throw new Error(
        `the commit answered ${done.status} with ${created} created: ${JSON.stringify(done.body).slice(0, 500)}`,
      );
    return {
      driver,
      rows,
      dryRunSeconds: seconds(dryRunMs),
      commitSeconds: seconds(commitMs),
      rowsPerSecond: Math.round(rows / (commitMs / 1000)),
      goalMet: commitMs / 1000 <= GOAL_SECONDS,
    };
  } finally {
    client.close();
  }
}

/**
 * `POST imports/compounds` of a generated CSV through the real HTTP server, as the demo county's
 * admin, on a fresh database of its own: on the local PostgreSQL (`propgov_bench_import_<pid>`,
 * dropped afterwards) and on a fresh PGlite folder in the temp dir (removed afterwards).
 */
export async function benchImport(options: ImportOptions): Promise<ImportResult> {
  const runs: ImportRun[] = [];
  let version: string | null = null;
  const env = { PROPGOV_ADMIN_PASSWORD: PASSWORD, PROPGOV_DEMO: "true" };
  for (const driver of options.drivers) {
    if (driver === "postgres") {
      const dbName = `propgov_bench_import_${process.pid}`;
      const admin = postgres(options.databaseUrl, { max: 1, onnotice() {} });
      try {
        await admin.unsafe(`drop database if exists ${dbName}`);
        await admin.unsafe(`create database ${dbName}`);
        const [row] = await admin<{ version: string }[]>`select current_setting('server_version') as version`;
        version = row?.version ?? null;
        const url = new URL(options.databaseUrl);
        url.pathname = `/${dbName}`;
        const server = await startServer({ ...env, DATABASE_URL: url.toString() });
        try {
          runs.push(await importOnce(server.base, driver, options.rows));
        } finally {
          await server.stop();
        }
      } finally {
        await admin.unsafe(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    } else {
      const dir = mkdtempSync(join(tmpdir(), "propgov-bench-import-"));
      try {
        const server = await startServer({ ...env, DATABASE_URL: undefined, PROPGOV_DATA_DIR: dir });
        try {
          runs.push(await importOnce(server.base, driver, options.rows));
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    process.stderr.write(`bench import: ${JSON.stringify(runs.at(-1))}\n`);
  }
  return {
    bench: "import",
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, postgres: version },
    rows: options.rows,
    runs,
    goal: { seconds: GOAL_SECONDS, met: runs.every((r) => r.goalMet) },
  };
}

export function importMarkdown(r: ImportResult): string {
  const database = (d: ImportDriver) =>
    d === "postgres" ? `PostgreSQL ${r.machine.postgres ?? ""}`.trim() : "PGlite (embedded)";
  return [
    `import of ${r.rows} compounds from CSV, on ${r.machine.cpus} cores, Node ${r.machine.node} (${r.at})`,
    "",
    "| database | dry run s | commit s | rows/s committed | goal ≤ 10 s |",
    "|---|---|---|---|---|",
    ...r.runs.map(
      (run) =>
        `| ${database(run.driver)} | ${run.dryRunSeconds} | ${run.commitSeconds} | ${run.rowsPerSecond} | ${run.goalMet ? "met" : "not met"} |`,
    ),
  ].join("\n");
}
