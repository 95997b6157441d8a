import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchAll, writeSummary } from "./all.js";
import { type BenchName, runners, UsageError, writeResult } from "./runs.js";
import { BENCHES } from "./summary.js";

const usage = `usage: pnpm bench intake [--seconds 20] [--warmup 2] [--connections 8] [--out bench/results] [--count-only]
       pnpm bench widgets [--out bench/results]
       pnpm bench kpis [--sizes 10000,100000] [--full] [--repeats 15] [--per-day 300 | --spread-days 400]
                       [--out bench/results]
       pnpm bench evaluations [--sizes 10000,100000] [--full] [--repeats 5] [--per-day 300 | --spread-days 400]
                       [--out bench/results]
       pnpm bench import [--rows 10000] [--drivers postgres,pglite] [--out bench/results]
       pnpm bench rls [--cases 100000] [--counties 10] [--repeats 200] [--out bench/results]
       pnpm bench tenants [--counties 3000] [--cases 1000] [--repeats 30] [--out bench/results]
       pnpm bench startup [--first 3] [--restarts 5] [--out bench/results]
       pnpm bench lists [--sizes 10000,100000] [--full] [--repeats 30] [--out bench/results]
       pnpm bench bundles [--out bench/results]
       pnpm bench all [--smoke] [--full] [--out bench/results]
       pnpm bench summary [--out bench/results]

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
           own open of that folder in a bare node script (goal 1.5×), with each process's RSS.
  lists    the first page and a deep cursor page (after 90% of the rows) of GET cases (newest first
           and by status), compounds, tasks, audit-events and the admin's notifications through the
           HTTP API, 50 a page, at 10k and 100k rows of each (and 1M with --full; the cases by the KPI
           bench's generator, the rest set-based too): the median of --repeats rounds (one request of
           every page in turn) per size, each largest ÷ smallest against the goal 1.2×. Same
           DATABASE_URL use.
  bundles  raw and gzip sizes of the built SDK (packages/sdk/dist), the widget bundle the server
           serves as /widgets/propgov-widgets.js with every chunk it imports (goal 30 kB gzip) and
           the console's JavaScript (apps/console/dist/assets); run \`pnpm build\` first.
  all      every bench above in turn with its defaults (--full passed to the size benches), each
           result written as it comes, then the summary. Exits 1 if a bench throws or leaves a
           database behind (a goal missed is in the summary, not the exit code). --smoke: every
           bench but widgets at tiny sizes (1k and 2k cases, a 1 s intake, 20 counties, one start;
           startup and bundles beside the PostgreSQL ones), to a temporary folder unless --out is
           given: what CI runs so that the benches cannot rot.
  summary  <out>/README.md, one table of every figure in <out>/*.json with its ratio, goal and
           whether it is met, the date, machine and commit; and <out>/latency.svg, latency against
           data size of kpis, evaluations and lists (log-log), from whichever results exist.`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      seconds: { type: "string" },
      connections: { type: "string" },
      warmup: { type: "string" },
      out: { type: "string" },
      "count-only": { type: "boolean", default: false },
      sizes: { type: "string" },
      full: { type: "boolean", default: false },
      repeats: { type: "string" },
      "per-day": { type: "string" },
      "spread-days": { type: "string" },
      rows: { type: "string" },
      drivers: { type: "string" },
      counties: { type: "string" },
      cases: { type: "string" },
      first: { type: "string" },
      restarts: { type: "string" },
      smoke: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  const [name] = positionals;
  if (values.help || !name || !(name === "all" || name === "summary" || isBench(name))) {
    process.stdout.write(`${usage}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const smokeOut = join(tmpdir(), `propgov-bench-smoke-${process.pid}`);
  const out = values.out ?? (name === "all" && values.smoke ? smokeOut : "bench/results");
  if (name === "summary") {
    const { markdown } = writeSummary(out);
    process.stdout.write(`${markdown}\nwrote ${join(out, "README.md")} and ${join(out, "latency.svg")}\n`);
    return;
  }
  if (name === "all") {
    const started = performance.now();
    const outcome = await benchAll({ ...values, out, smoke: values.smoke });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    process.stdout.write(
      `\nbench all${values.smoke ? " --smoke" : ""}: ${seconds} s; results in ${out}; ${
        outcome.failed.length > 0 ? `FAILED: ${outcome.failed.join(", ")}` : "every bench ran"
      }${outcome.leftDatabases.length > 0 ? `; databases left behind: ${outcome.leftDatabases.join(", ")}` : ""}\n`,
    );
    if (values.smoke && values.out === undefined) rmSync(out, { recursive: true, force: true });
    process.exit(outcome.failed.length > 0 || outcome.leftDatabases.length > 0 ? 1 : 0);
  }
  const ran = await runners[name]({ ...values, out });
  writeResult(out, name, ran);
  if (!ran.written) process.stdout.write(`${JSON.stringify(ran.result)}\n\n${ran.markdown}\n`);
  if (ran.exitCode) process.exit(ran.exitCode);
}

const isBench = (name: string): name is BenchName => (BENCHES as readonly string[]).includes(name);

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
