import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { benchIntake, intakeMarkdown } from "./intake.js";
import { benchKpis, kpisMarkdown } from "./kpis.js";

const usage = `usage: pnpm bench intake [--seconds 20] [--connections 8] [--out bench/results] [--count-only]
       pnpm bench widgets [--out bench/results]
       pnpm bench kpis [--sizes 10000,100000] [--full] [--repeats 15] [--per-day 300 | --spread-days 400]
                       [--out bench/results]

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
           The cases come at --per-day a day, so a larger county has a longer history (default);
           --spread-days D instead puts them all in the last D days, a busier county.`;

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
      repeats: { type: "string", default: "15" },
      "per-day": { type: "string", default: "300" },
      "spread-days": { type: "string" },
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
  if (name === "kpis" && !values.help) {
    const sizes = (values.sizes ?? (values.full ? "10000,100000,1000000" : "10000,100000"))
      .split(",")
      .map(Number);
    const repeats = Number(values.repeats);
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
    const result = await benchKpis({ databaseUrl, sizes: sizes.sort((a, b) => a - b), repeats, spread });
    const markdown = kpisMarkdown(result);
    mkdirSync(values.out, { recursive: true });
    writeFileSync(`${values.out}/kpis.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${values.out}/kpis.md`, `${markdown}\n`);
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
