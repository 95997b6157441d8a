import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { latencySeries, latencySvg } from "./chart.js";
import {
  type BenchName,
  databaseUrl,
  runners,
  SMOKE,
  SMOKE_BESIDE,
  type Values,
  writeResult,
} from "./runs.js";
import { BENCHES, type Environment, type Results, summaryMarkdown } from "./summary.js";

/** The results files present in `out`, by bench. */
export function readResults(out: string): Results {
  const results: Record<string, unknown> = {};
  for (const name of BENCHES) {
    const file = join(out, `${name}.json`);
    if (existsSync(file)) results[name] = JSON.parse(readFileSync(file, "utf8"));
  }
  return results as Results;
}

const git = (...args: string[]) => {
  const run = spawnSync("git", args, { encoding: "utf8" });
  return run.status === 0 ? run.stdout.trim() : undefined;
};

/** This machine, now, at this commit; PostgreSQL's version as the results report it. */
export function environment(results: Results): Environment {
  const commit = git("rev-parse", "--short", "HEAD");
  const dirty = git("status", "--porcelain", "--untracked-files=no");
  const withPostgres = BENCHES.map((name) => results[name]).find(
    (r) => r && "machine" in r && "postgres" in r.machine && typeof r.machine.postgres === "string",
  );
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ").concat(" UTC"),
    commit: commit ? `${commit}${dirty ? " (with uncommitted changes)" : ""}` : "unknown",
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres:
      withPostgres && "machine" in withPostgres && "postgres" in withPostgres.machine
        ? (withPostgres.machine.postgres ?? null)
        : null,
  };
}

/** `<out>/README.md` and `<out>/latency.svg` from the results files in `out`. */
export function writeSummary(out: string): { markdown: string; svg: string } {
  const results = readResults(out);
  const markdown = summaryMarkdown(results, environment(results));
  const svg = latencySvg(latencySeries(results));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "README.md"), markdown);
  writeFileSync(join(out, "latency.svg"), svg);
  return { markdown, svg };
}

/** Databases a bench of this process left on the server (each bench drops its own). */
async function leftDatabases(): Promise<string[]> {
  const sql = postgres(databaseUrl(), { max: 1, onnotice() {} });
  try {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database
       where datname like 'propgov\\_bench\\_%' and datname like ${`%\\_${process.pid}`}`;
    for (const { datname } of rows) await sql.unsafe(`drop database if exists ${datname} with (force)`);
    return rows.map((r) => r.datname);
  } finally {
    await sql.end();
  }
}

export interface AllOutcome {
  failed: BenchName[];
  /** Databases the benches should have dropped and did not (dropped now): a failure too. */
  leftDatabases: string[];
  /** Seconds each bench took. */
  seconds: Partial<Record<BenchName, number>>;
}

/**
 * Every bench in turn (with its defaults, or at the smoke's sizes), each result written as it
 * comes, then the summary. A bench that throws is reported and the next one runs; goals missed are
 * in the summary, not in the outcome.
 */
export async function benchAll(values: Values & { out: string; smoke: boolean }): Promise<AllOutcome> {
  const failed: BenchName[] = [];
  const seconds: AllOutcome["seconds"] = {};
  const names = BENCHES.filter((name) => !values.smoke || name in SMOKE);
  const say = (line: string) => process.stderr.write(`bench all: ${line}\n`);
  if (values.smoke) say(`smoke: ${names.join(", ")} (widgets left out: CI's tests run its browser suite)`);
  const run = async (name: BenchName) => {
    const started = performance.now();
    say(`${name} …`);
    try {
      const own = values.smoke ? (SMOKE[name] ?? {}) : {};
      const ran = await runners[name]({ ...values, ...own });
      writeResult(values.out, name, ran);
      process.stdout.write(`\n${ran.markdown}\n`);
    } catch (error) {
      failed.push(name);
      say(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    seconds[name] = Math.round((performance.now() - started) / 100) / 10;
    say(`${name} took ${seconds[name]} s`);
  };
  const inTurn = async (list: readonly BenchName[]) => {
    for (const name of list) await run(name);
  };
  // The smoke's figures mean nothing, so its embedded-database lane runs beside the PostgreSQL one.
  if (values.smoke)
    await Promise.all([
      inTurn(names.filter((n) => !SMOKE_BESIDE.includes(n))),
      inTurn(names.filter((n) => SMOKE_BESIDE.includes(n))),
    ]);
  else await inTurn(names);
  const left = await leftDatabases();
  if (left.length > 0) {
    say(`databases left behind (now dropped): ${left.join(", ")}`);
  }
  writeSummary(values.out);
  say(`wrote ${join(values.out, "README.md")} and latency.svg; ${JSON.stringify(seconds)}`);
  return { failed, leftDatabases: left, seconds };
}
