import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { benchEvaluations, evaluationsMarkdown } from "./evaluations.js";
import { benchImport, type ImportDriver, importMarkdown } from "./import.js";
import { benchIntake, intakeMarkdown } from "./intake.js";
import { benchKpis, kpisMarkdown } from "./kpis.js";
import { benchRls, rlsMarkdown } from "./rls.js";
import { benchStartup, startupMarkdown } from "./startup.js";
import { benchTenants, tenantsMarkdown } from "./tenants.js";

const usage = `usage: pnpm bench intake [--seconds 20] [--connections 8] [--out bench/results] [--count-only]
       pnpm bench widgets [--out bench/results]
       pnpm bench kpis [--sizes 10000,100000] [--full] [--repeats 15] [--per-day 300 | --spread-days 400]
                       [--out bench/results]
       pnpm bench evaluations [--sizes 10000,100000] [--full] [--repeats 5] [--per-day 300 | --spread-days 400]
                       [--out bench/results]
       pnpm bench import [--rows 10000] [--drivers postgres,pglite] [--out bench/results]
       pnpm bench rls [--cases 100000] [--counties 10] [--repeats 200] [--out bench/results]
       pnpm bench tenants [--counties 3000] [--cases 1000] [--repeats 30] [--out bench/results]
       pnpm bench startup [--first 3] [--restarts 5] [--out bench/results]

  intake   cases/s through the HTTP API against raw postgres.js inserts of the same rows,
           with the statements, round trips and transactions of one request.
           Uses DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it creates
           and drops a database of its own there.
  widgets  the complaint form's first render after its scripts arrive, CPU throttled 4× in
           Debian Chromium, the median of seven cold loads against the 100 ms budget (the
           widgets' browser suite with PROPGOV_BENCH=widgets; exits non-zero over budget).
  kpis     GET kpis/cases through the HTTP API at 10k and 100k cases of one county (and 1M with
           --full), written by a set-based SQL generator; the median of --repeats requests per
           size, and the largest ÷ smallest ratio against the goal 1.5×. Same DATABASE_URL use.
  evaluations  POST evaluations {period} of the current month the same way (same county, same
           generator, --repeats runs per size after two warm-ups, default 5), against the goal 3×.
           Both file the generated cases at --per-day a day, so a larger county has a longer
           history (default); --spread-days D instead puts them all in the last D days, a busier county.
  import   a generated CSV of --rows new compounds (at most 10,000) POSTed to imports/compounds,
           dry run then commit, on a fresh database of its own on DATABASE_URL and on a fresh
           PGlite folder; the commit's seconds and rows/s against the goal of 10 s.
  rls      the same SQL (a case list's first page, a case by id, the KPI queries, a compound
           list) as the table owner without RLS and as the app role under RLS, on one county of
           --cases cases among --counties; each ratio and their geometric mean against 1.15×.
  tenants  GET cases, GET kpis/cases and POST cases of one county through the HTTP API on a
           database of 1 county and then of --counties (set-based copies of it, --cases cases
           each); each ratio against 1.2×, and the database size per county and in total.
  startup  the built server on the embedded database (PGlite, as \`pnpm start\` runs it), timed from
           spawn until GET /ready answers: the median of --first first starts on fresh folders
           (demo loaded; goal 8 s) and of --restarts restarts on the folder left, against PGlite's
           own open of that folder in a bare node script (goal 1.5×), with each process's RSS.`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: "string", default: "20" },
      connections: { type: "string", default: "8" },
      out: { type: "string", default: "bench/results" },
      "count-only": { type: "boolean", default: false },
      sizes: { type: "string" },
      full: { type: "boolean", default: false },
      repeats: { type: "string" },
      "per-day": { type: "string", default: "300" },
      "spread-days": { type: "string" },
      rows: { type: "string", default: "10000" },
      drivers: { type: "string", default: "postgres,pglite" },
      counties: { type: "string" },
      cases: { type: "string" },
      first: { type: "string", default: "3" },
      restarts: { type: "string", default: "5" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [name] = positionals;
  if (name === "widgets" && !values.help) {
    const run = spawnSync(
      "pnpm",
      ["exec", "vitest", "run", "packages/widgets/test/widgets.browser.test.ts", "-t", "renders first"],
      { stdio: "inherit", env: { ...process.env, PROPGOV_BENCH: "widgets", PROPGOV_BENCH_OUT: values.out } },
    );
    process.exit(run.status ?? 1);
  }
  if ((name === "kpis" || name === "evaluations") && !values.help) {
    const sizes = (values.sizes ?? (values.full ? "10000,100000,1000000" : "10000,100000"))
      .split(",")
      .map(Number);
    const repeats = Number(values.repeats ?? (name === "kpis" ? "15" : "5"));
    if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repeats) || repeats < 1) {
      process.stderr.write(
        "--sizes must be positive integers (comma-separated) and --repeats a positive integer\n",
      );
      process.exit(2);
    }
    const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const spreadDays = values["spread-days"] === undefined ? undefined : Number(values["spread-days"]);
    const perDay = Number(values["per-day"]);
    if ((spreadDays !== undefined && !(spreadDays > 0)) || !(perDay > 0)) {
      process.stderr.write("--per-day and --spread-days must be positive numbers\n");
      process.exit(2);
    }
    const spread = spreadDays === undefined ? { perDay } : { days: spreadDays };
    const options = { databaseUrl, sizes: sizes.sort((a, b) => a - b), repeats, spread };
    const [result, markdown] =
      name === "kpis"
        ? await benchKpis(options).then((r) => [r, kpisMarkdown(r)] as const)
        : await benchEvaluations(options).then((r) => [r, evaluationsMarkdown(r)] as const);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(`${values.out}/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${values.out}/${name}.md`, `${markdown}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n\n${markdown}\n`);
    return;
  }
  if (name === "import" && !values.help) {
    const rows = Number(values.rows);
    const drivers = values.drivers.split(",").map((d) => d.trim());
    if (!Number.isInteger(rows) || rows < 1 || rows > 10_000) {
      process.stderr.write("--rows must be an integer from 1 to 10000 (the most one import takes)\n");
      process.exit(2);
    }
    if (drivers.length === 0 || drivers.some((d) => d !== "postgres" && d !== "pglite")) {
      process.stderr.write("--drivers takes postgres, pglite or both (comma-separated)\n");
      process.exit(2);
    }
    const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const result = await benchImport({ databaseUrl, rows, drivers: drivers as ImportDriver[] });
    const markdown = importMarkdown(result);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(`${values.out}/import.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${values.out}/import.md`, `${markdown}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n\n${markdown}\n`);
    return;
  }
  if ((name === "rls" || name === "tenants") && !values.help) {
    const counties = Number(values.counties ?? (name === "rls" ? "10" : "3000"));
    const cases = Number(values.cases ?? (name === "rls" ? "100000" : "1000"));
    const repeats = Number(values.repeats ?? (name === "rls" ? "200" : "30"));
    if (![counties, cases, repeats].every((n) => Number.isInteger(n) && n >= 1)) {
      process.stderr.write("--counties, --cases and --repeats must be positive integers\n");
      process.exit(2);
    }
    const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const result =
      name === "rls"
        ? await benchRls({ databaseUrl, cases, counties, repeats })
        : await benchTenants({ databaseUrl, cases, counties, repeats });
    const markdown = result.bench === "rls" ? rlsMarkdown(result) : tenantsMarkdown(result);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(`${values.out}/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${values.out}/${name}.md`, `${markdown}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n\n${markdown}\n`);
    return;
  }
  if (name === "startup" && !values.help) {
    const firstRuns = Number(values.first);
    const restarts = Number(values.restarts);
    if (!Number.isInteger(firstRuns) || firstRuns < 1 || !Number.isInteger(restarts) || restarts < 1) {
      process.stderr.write("--first and --restarts must be positive integers\n");
      process.exit(2);
    }
    const result = await benchStartup({ firstRuns, restarts });
    const markdown = startupMarkdown(result);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(`${values.out}/startup.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${values.out}/startup.md`, `${markdown}\n`);
    process.stdout.write(`${JSON.stringify(result)}\n\n${markdown}\n`);
    return;
  }
  if (values.help || name !== "intake") {
    process.stdout.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if (!(seconds > 0) || !Number.isInteger(connections) || connections < 1) {
    process.stderr.write("--seconds must be positive and --connections a positive integer\n");
    process.exit(2);
  }
  const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const result = await benchIntake({ databaseUrl, seconds, connections, countOnly: values["count-only"] });
  const markdown = intakeMarkdown(result);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(`${values.out}/intake.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${values.out}/intake.md`, `${markdown}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n\n${markdown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
