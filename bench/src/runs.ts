import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchBundles, bundlesMarkdown } from "./bundles.js";
import { benchEvaluations, evaluationsMarkdown } from "./evaluations.js";
import { benchImport, type ImportDriver, importMarkdown } from "./import.js";
import { benchIntake, intakeMarkdown } from "./intake.js";
import { benchKpis, kpisMarkdown } from "./kpis.js";
import { benchLists, listsMarkdown } from "./lists.js";
import { benchRls, rlsMarkdown } from "./rls.js";
import { benchStartup, startupMarkdown } from "./startup.js";
import type { BENCHES } from "./summary.js";
import { benchTenants, tenantsMarkdown } from "./tenants.js";

export type BenchName = (typeof BENCHES)[number];

/** The command line's option values (strings and flags), before each bench applies its defaults. */
export type Values = Record<string, string | boolean | undefined>;

/** A bad option: the CLI prints it and exits 2. */
export class UsageError extends Error {}

export interface Ran {
  result: unknown;
  markdown: string;
  /** Written by the bench itself (the widgets' browser suite writes its own files). */
  written?: boolean;
  /** The process exit code the bench asks for on its own (the widgets over budget). */
  exitCode?: number;
}

export const databaseUrl = () => process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const str = (v: Values, key: string, fallback: string) => {
  const value = v[key];
  return typeof value === "string" ? value : fallback;
};
const positiveInt = (v: Values, key: string, fallback: string) => {
  const n = Number(str(v, key, fallback));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${key} must be a positive integer`);
  return n;
};
const sizesOf = (v: Values) => {
  const sizes = str(v, "sizes", v.full ? "10000,100000,1000000" : "10000,100000")
    .split(",")
    .map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new UsageError("--sizes must be positive integers (comma-separated)");
  return sizes.sort((a, b) => a - b);
};
const spreadOf = (v: Values) => {
  const perDay = Number(str(v, "per-day", "300"));
  const spreadDays = typeof v["spread-days"] === "string" ? Number(v["spread-days"]) : undefined;
  if ((spreadDays !== undefined && !(spreadDays > 0)) || !(perDay > 0))
    throw new UsageError("--per-day and --spread-days must be positive numbers");
  return spreadDays === undefined ? { perDay } : { days: spreadDays };
};

/** Each bench with its defaults: run it, and its result and markdown. */
export const runners: Record<BenchName, (v: Values) => Promise<Ran>> = {
  async intake(v) {
    const seconds = Number(str(v, "seconds", "20"));
    if (!(seconds > 0)) throw new UsageError("--seconds must be positive");
    const connections = positiveInt(v, "connections", "8");
    const result = await benchIntake({
      databaseUrl: databaseUrl(),
      seconds,
      connections,
      countOnly: !!v["count-only"],
    });
    return { result, markdown: intakeMarkdown(result) };
  },
  async widgets(v) {
    const out = str(v, "out", "bench/results");
    const started = Date.now();
    const run = spawnSync(
      "pnpm",
      ["exec", "vitest", "run", "packages/widgets/test/widgets.browser.test.ts", "-t", "renders first"],
      { stdio: "inherit", env: { ...process.env, PROPGOV_BENCH: "widgets", PROPGOV_BENCH_OUT: out } },
    );
    const file = join(out, "widgets.json");
    // Over budget the suite fails after writing its result: a goal missed, not a broken bench.
    if (!existsSync(file) || statSync(file).mtimeMs < started)
      throw new Error(`the widgets' browser suite wrote no result (exit ${run.status})`);
    return {
      result: JSON.parse(readFileSync(file, "utf8")),
      markdown: readFileSync(join(out, "widgets.md"), "utf8").trimEnd(),
      written: true,
      exitCode: run.status ?? 1,
    };
  },
  async kpis(v) {
    const options = {
      databaseUrl: databaseUrl(),
      sizes: sizesOf(v),
      repeats: positiveInt(v, "repeats", "15"),
    };
    const result = await benchKpis({ ...options, spread: spreadOf(v) });
    return { result, markdown: kpisMarkdown(result) };
  },
  async evaluations(v) {
    const options = {
      databaseUrl: databaseUrl(),
      sizes: sizesOf(v),
      repeats: positiveInt(v, "repeats", "5"),
    };
    const result = await benchEvaluations({ ...options, spread: spreadOf(v) });
    return { result, markdown: evaluationsMarkdown(result) };
  },
  async lists(v) {
    const result = await benchLists({
      databaseUrl: databaseUrl(),
      sizes: sizesOf(v),
      repeats: positiveInt(v, "repeats", "30"),
    });
    return { result, markdown: listsMarkdown(result) };
  },
  async import(v) {
    const rows = positiveInt(v, "rows", "10000");
    if (rows > 10_000)
      throw new UsageError("--rows must be an integer from 1 to 10000 (the most one import takes)");
    const drivers = str(v, "drivers", "postgres,pglite")
      .split(",")
      .map((d) => d.trim());
    if (drivers.length === 0 || drivers.some((d) => d !== "postgres" && d !== "pglite"))
      throw new UsageError("--drivers takes postgres, pglite or both (comma-separated)");
    const result = await benchImport({
      databaseUrl: databaseUrl(),
      rows,
      drivers: drivers as ImportDriver[],
    });
    return { result, markdown: importMarkdown(result) };
  },
  async rls(v) {
    const result = await benchRls({
      databaseUrl: databaseUrl(),
      cases: positiveInt(v, "cases", "100000"),
      counties: positiveInt(v, "counties", "10"),
      repeats: positiveInt(v, "repeats", "200"),
    });
    return { result, markdown: rlsMarkdown(result) };
  },
  async tenants(v) {
    const result = await benchTenants({
      databaseUrl: databaseUrl(),
      cases: positiveInt(v, "cases", "1000"),
      counties: positiveInt(v, "counties", "3000"),
      repeats: positiveInt(v, "repeats", "30"),
    });
    return { result, markdown: tenantsMarkdown(result) };
  },
  async startup(v) {
    const result = await benchStartup({
      firstRuns: positiveInt(v, "first", "3"),
      restarts: positiveInt(v, "restarts", "5"),
    });
    return { result, markdown: startupMarkdown(result) };
  },
  async bundles() {
    const result = benchBundles();
    return { result, markdown: bundlesMarkdown(result) };
  },
};

/**
 * `pnpm bench all --smoke`: every bench at tiny sizes, so that CI sees each one run end to end in
 * a minute or two. The figures mean nothing; a bench that throws fails the run. The widgets'
 * bench is left out: it is the widgets' browser suite, which CI's tests run already. The startup
 * bench (embedded PGlite, no PostgreSQL) runs beside the others (`SMOKE_BESIDE`).
 */
export const SMOKE: Partial<Record<BenchName, Values>> = {
  intake: { seconds: "1", warmup: "0.5", connections: "4" },
  kpis: { sizes: "1000,2000", repeats: "3" },
  evaluations: { sizes: "1000,2000", repeats: "2" },
  lists: { sizes: "1000,2000", repeats: "3" },
  import: { rows: "200", drivers: "postgres" },
  rls: { cases: "1000", counties: "2", repeats: "5" },
  tenants: { counties: "20", cases: "100", repeats: "3" },
  startup: { first: "1", restarts: "1" },
  bundles: {},
};

/** The smoke runs these in a lane of their own, beside the PostgreSQL benches. */
export const SMOKE_BESIDE: readonly BenchName[] = ["startup", "bundles"];

/** `<out>/<name>.json` and `<name>.md`. */
export function writeResult(out: string, name: string, ran: Ran): void {
  if (ran.written) return;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(ran.result, null, 2)}\n`);
  writeFileSync(join(out, `${name}.md`), `${ran.markdown}\n`);
}
