import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./load.js";
import { startServer } from "./server.js";

export interface StartupOptions {
  /** First starts, each on a fresh data folder (default 3). */
  firstRuns: number;
  /** Restarts on the existing folder, and PGlite opens of it (default 5 each). */
  restarts: number;
}

export interface Timings {
  medianMs: number;
  runsMs: number[];
}

export interface StartupResult {
  bench: "startup";
  at: string;
  machine: { cpus: number; cpu: string; node: string; pglite: string };
  /** (a) `node apps/server/dist/main.js` on an empty folder (embedded PGlite, demo, console) until `GET /ready` answers. */
  firstStart: Timings;
  /** (b) the same server on the folder a first start left, until `GET /ready` answers. */
  restart: Timings;
  /** (c) a bare node script on that folder: `new PGlite(dir)`, `waitReady`, `select 1`. */
  pgliteOpen: Timings;
  /** restart ÷ pgliteOpen (medians). */
  ratio: number;
  /** VmRSS of the server process once ready, MiB (medians). */
  rssMiB: { firstStart: number; restart: number; pgliteOpen: number };
  goals: {
    ratio: { max: number; met: boolean };
    firstStartMs: { max: number; met: boolean };
  };
}

const RATIO_GOAL = 1.5;
const FIRST_START_GOAL_MS = 8_000;
const POLL_MS = 10;

// The PGlite the server runs (@propgov/db's), as an ES module.
const dbPackage = fileURLToPath(new URL("../../packages/db/package.json", import.meta.url));
const pgliteCjs = createRequire(dbPackage).resolve("@electric-sql/pglite");
const pgliteEntry = pathToFileURL(join(dirname(pgliteCjs), "index.js")).href;
const pgliteVersion = (
  JSON.parse(readFileSync(join(dirname(pgliteCjs), "..", "package.json"), "utf8")) as { version: string }
).version;

const openScript = `
import { readFileSync } from "node:fs";
const { PGlite } = await import(${JSON.stringify(pgliteEntry)});
const db = new PGlite(process.argv[2]);
await db.waitReady;
await db.query("select 1");
const rss = /VmRSS:\\s+(\\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
process.stdout.write("ready " + rss + "\\n");
await db.close();
`;

/** VmRSS of a process, MiB (Linux /proc). */
function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** A fresh node process opening `dataDir` with PGlite alone: ms from spawn to its `select 1`, and its RSS. */
async function pgliteOpen(script: string, dataDir: string): Promise<{ ms: number; rssMiB: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  let ms = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
    if (!ms && out.includes("\n")) ms = performance.now() - started;
  });
  const [code] = await once(child, "exit");
  const rss = /^ready (\d+)/.exec(out)?.[1];
  if (code !== 0 || !rss) throw new Error(`the PGlite open exited with ${code}: ${out}`);
  return { ms, rssMiB: Number(rss) / 1024 };
}

const round = (x: number) => Math.round(x);
const timings = (runs: number[]): Timings => ({ medianMs: round(median(runs)), runsMs: runs.map(round) });
const mib = (values: number[]) => Math.round(median(values) * 10) / 10;

// The embedded database as `pnpm start` runs it: no DATABASE_URL, the demo on, a generated password.
const embedded = (dataDir: string) => ({
  DATABASE_URL: undefined,
  PROPGOV_DATA_DIR: dataDir,
  PROPGOV_DEMO: undefined,
  PROPGOV_ADMIN_PASSWORD: undefined,
  PROPGOV_MIGRATE_ON_START: undefined,
});

/**
 * The built server's start on the embedded database: first starts on fresh folders, then
 * restarts on the folder the last one left against PGlite's own open of that folder, each a
 * fresh process timed from spawn (the server until `GET /ready` answers, polled every 10 ms).
 */
export async function benchStartup(options: StartupOptions): Promise<StartupResult> {
  const root = mkdtempSync(join(tmpdir(), "propgov-bench-startup-"));
  try {
    const script = join(root, "open.mjs");
    writeFileSync(script, openScript);
    const say = (line: string) => process.stderr.write(`bench startup: ${line}\n`);

    const first: number[] = [];
    const firstRss: number[] = [];
    let dataDir = "";
    for (let i = 0; i < options.firstRuns; i++) {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      dataDir = join(root, `data-${i}`);
      const server = await startServer(embedded(dataDir), { pollMs: POLL_MS, quiet: true });
      firstRss.push(rssMiB(server.pid));
      await server.stop();
      first.push(server.readyMs);
      say(`first start ${i + 1}: ${round(server.readyMs)} ms, ${firstRss.at(-1)?.toFixed(1)} MiB`);
    }

    const restart: number[] = [];
    const restartRss: number[] = [];
    const open: number[] = [];
    const openRss: number[] = [];
    // Alternate the two so that a busy moment of the machine weighs on both alike.
    for (let i = 0; i < options.restarts; i++) {
      const server = await startServer(embedded(dataDir), { pollMs: POLL_MS, quiet: true });
      restartRss.push(rssMiB(server.pid));
      await server.stop();
      restart.push(server.readyMs);
      const opened = await pgliteOpen(script, dataDir);
      open.push(opened.ms);
      openRss.push(opened.rssMiB);
      say(`restart ${i + 1}: ${round(server.readyMs)} ms; PGlite open ${round(opened.ms)} ms`);
    }

    const firstStart = timings(first);
    const restarted = timings(restart);
    const pgliteOpened = timings(open);
    const ratio = Math.round((restarted.medianMs / pgliteOpened.medianMs) * 100) / 100;
    return {
      bench: "startup",
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? "?",
        node: process.version,
        pglite: pgliteVersion,
      },
      firstStart,
      restart: restarted,
      pgliteOpen: pgliteOpened,
      ratio,
      rssMiB: { firstStart: mib(firstRss), restart: mib(restartRss), pgliteOpen: mib(openRss) },
      goals: {
        ratio: { max: RATIO_GOAL, met: ratio <= RATIO_GOAL },
        firstStartMs: { max: FIRST_START_GOAL_MS, met: firstStart.medianMs <= FIRST_START_GOAL_MS },
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function startupMarkdown(r: StartupResult): string {
  const m = r.machine;
  return [
    `startup, embedded PGlite ${m.pglite}, on ${m.cpus} cores (${m.cpu}), Node ${m.node} (${r.at})`,
    "",
    "| start | median | runs | RSS once ready | goal |",
    "|---|---|---|---|---|",
    `| first start, fresh folder, demo loaded | ${seconds(r.firstStart.medianMs)} | ${r.firstStart.runsMs.length} | ${r.rssMiB.firstStart} MiB | ≤ ${seconds(r.goals.firstStartMs.max)} (${r.goals.firstStartMs.met ? "met" : "not met"}) |`,
    `| restart on that folder | ${seconds(r.restart.medianMs)} | ${r.restart.runsMs.length} | ${r.rssMiB.restart} MiB | ≤ ${r.goals.ratio.max}× PGlite's open |`,
    `| PGlite's own open of it (\`new PGlite\`, \`select 1\`) | ${seconds(r.pgliteOpen.medianMs)} | ${r.pgliteOpen.runsMs.length} | ${r.rssMiB.pgliteOpen} MiB | |`,
    `| restart ÷ PGlite's open | ${r.ratio}× | | | ≤ ${r.goals.ratio.max}× (${r.goals.ratio.met ? "met" : "not met"}) |`,
  ].join("\n");
}
