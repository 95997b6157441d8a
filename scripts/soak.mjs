#!/usr/bin/env node
// A soak run of the built server under mixed load, outside CI: does its memory settle after
// warm-up? Starts apps/server/dist/main.js on a fresh PGlite folder (or on DATABASE_URL, which
// must name an empty database), drives reads, public intake and staff actions for the given
// duration, samples the server's resident set size (RSS) every few seconds, and prints RSS over
// time and the slope of a least-squares line through the samples after warm-up.
//
//   pnpm soak                                   10 minutes, sample every 5 s, 2 minutes warm-up
//   pnpm soak --duration 120 --warmup 30        seconds
//   pnpm soak --concurrency 8 --sample 2 --json soak.json
//
// The load is closed-loop (each worker sends its next request when the last one answered) and
// paced by --think milliseconds between requests, so it measures memory, not peak throughput.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = new URL("..", import.meta.url).pathname;
const mainJs = join(root, "apps/server/dist/main.js");
const PASSWORD = "soak-password-not-secret";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "600" },
    warmup: { type: "string", default: "120" },
    sample: { type: "string", default: "5" },
    concurrency: { type: "string", default: "4" },
    think: { type: "string", default: "10" },
    json: { type: "string" },
  },
});
const durationS = Number(args.duration);
const warmupS = Number(args.warmup);
const sampleS = Number(args.sample);
const concurrency = Number(args.concurrency);
const thinkMs = Number(args.think);
for (const [name, value] of Object.entries({ durationS, warmupS, sampleS, concurrency, thinkMs })) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: not a number`);
}
if (warmupS >= durationS) throw new Error("--warmup must be shorter than --duration");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The resident set size of `pid` in MiB: /proc on Linux, else `ps`. */
async function rssMiB(pid) {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  }
  const ps = spawn("ps", ["-o", "rss=", "-p", String(pid)]);
  let out = "";
  ps.stdout.on("data", (chunk) => {
    out += chunk;
  });
  await new Promise((resolve) => ps.once("close", resolve));
  return Number(out.trim()) / 1024;
}

/** Least squares through (x, y): the slope and the coefficient of determination. */
function regression(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy) };
}

function startServer(port, dataDir) {
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PROPGOV_ADMIN_PASSWORD: PASSWORD,
    PROPGOV_DEMO: "true",
    PROPGOV_TRUST_PROXY: "true",
    PROPGOV_LOG_LEVEL: "error",
    ...(process.env.DATABASE_URL ? {} : { PROPGOV_DATA_DIR: dataDir, DATABASE_URL: "" }),
  };
  const child = spawn(process.execPath, [mainJs], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stdout.resume(); // error lines only; read and dropped so the pipe never fills
  child.stderr.setEncoding("utf8").on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  return { child, stderr: () => stderr };
}

async function waitForReady(base, server) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.stderr()}`);
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server was not ready within 120 s:\n${server.stderr()}`);
}

/** The mixed load: what each request does, by weight. */
function scenario(base, token, compoundIds) {
  const tenant = `${base}/v1/tenants/mengcheng`;
  const staff = { authorization: `Bearer ${token}` };
  /** Cases filed by this run and not yet handled by staff; tracking codes to read back. */
  const received = [];
  /** Cases a worker has taken, so that no other worker takes them from a later listing. */
  const taken = new Set();
  const tracking = [];
  const pick = (list) => list[Math.floor(Math.random() * list.length)];

  const send = async (path, init = {}) => {
    const res = await fetch(path, { ...init, signal: AbortSignal.timeout(30_000) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
  const post = (path, body, headers = {}) =>
    send(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  const actions = {
    /** A resident's report with an Idempotency-Key; one in ten is sent twice (a retry). */
    async intake(worker) {
      const key = randomUUID();
      const body = {
        category: "serviceQuality",
        compoundId: pick(compoundIds),
        description: `soak ${key}: 3号楼电梯坏了三天，物业没人来修。`,
        reporter: { name: "张三", phone: "13812345678" },
      };
      const headers = { "idempotency-key": key, "x-forwarded-for": `198.51.100.${worker + 1}` };
      const res = await post(`${tenant}/public/cases`, body, headers);
      if (res.status === 201) {
        tracking.push(res.body.trackingCode);
        if (Math.random() < 0.1) await post(`${tenant}/public/cases`, body, headers);
      }
      return res.status;
    },
    async listCases() {
      return (await send(`${tenant}/cases?limit=20`, { headers: staff })).status;
    },
    async listCompounds() {
      return (await send(`${tenant}/compounds?limit=50`, { headers: staff })).status;
    },
    async trackCase() {
      if (tracking.length === 0) return actions.listCases();
      return (await send(`${tenant}/public/cases/${pick(tracking)}`)).status;
    },
    async me() {
      return (await send(`${base}/v1/auth/me`, { headers: staff })).status;
    },
    /** Staff take the oldest case they have not handled: first contact, then resolve it. */
    async handleCase() {
      if (received.length === 0) {
        const list = await send(`${tenant}/cases?status=received&limit=20`, { headers: staff });
        if (list.status !== 200) return list.status;
        received.push(...list.body.items.map((c) => c.id).filter((id) => !taken.has(id)));
        if (received.length === 0) return list.status;
      }
      const id = received.shift();
      taken.add(id);
      const contact = await post(`${tenant}/cases/${id}/contact`, { note: "已电话联系居民" }, staff);
      if (contact.status !== 200) return contact.status;
      return (await post(`${tenant}/cases/${id}/resolve`, { note: "已修复" }, staff)).status;
    },
  };
  const weighted = [
    ["intake", 3],
    ["listCases", 2],
    ["listCompounds", 1],
    ["trackCase", 2],
    ["me", 1],
    ["handleCase", 1],
  ].flatMap(([name, weight]) => Array(weight).fill(name));
  return { actions, next: () => pick(weighted) };
}

async function main() {
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build first (pnpm soak does)`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "propgov-soak-"));
  const server = startServer(port, dataDir);
  const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${dataDir}`;
  try {
    await waitForReady(base, server);
    const login = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: "mengcheng", username: "admin", password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const { token } = await login.json();
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const settings = await (await fetch(`${base}/v1/tenants/mengcheng/settings`, { headers: auth })).json();
    await fetch(`${base}/v1/tenants/mengcheng/settings`, {
      method: "PUT",
      headers: auth,
      body: JSON.stringify({ ...settings, publicIntake: { perMinute: 10_000 } }),
    });
    const compounds = await (
      await fetch(`${base}/v1/tenants/mengcheng/compounds?limit=50`, { headers: auth })
    ).json();
    const compoundIds = compounds.items.map((c) => c.id);
    if (compoundIds.length === 0) throw new Error("the demo tenant has no compounds");

    console.log(
      `soak: ${durationS} s on ${database}, ${concurrency} workers, think ${thinkMs} ms, RSS every ${sampleS} s, warm-up ${warmupS} s (node ${process.version}, pid ${server.child.pid})`,
    );
    const { actions, next } = scenario(base, token, compoundIds);
    const statuses = new Map();
    const perAction = new Map();
    let requests = 0;
    let failures = 0;
    const started = performance.now();
    const elapsedS = () => (performance.now() - started) / 1000;
    const running = () => elapsedS() < durationS && server.child.exitCode === null;

    const worker = async (n) => {
      while (running()) {
        const name = next();
        let status;
        try {
          status = await actions[name](n);
        } catch (error) {
          status = `error:${error.cause?.code ?? error.name}`;
        }
        requests++;
        if (typeof status !== "number" || status >= 500) failures++;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        perAction.set(name, (perAction.get(name) ?? 0) + 1);
        if (thinkMs > 0) await sleep(thinkMs);
      }
    };

    const samples = [];
    const sampler = (async () => {
      let lastRequests = 0;
      let lastAt = 0;
      while (running()) {
        const t = elapsedS();
        const rss = await rssMiB(server.child.pid);
        const rate = t > lastAt ? (requests - lastRequests) / (t - lastAt) : 0;
        samples.push({ t, rss, requests, rate });
        lastRequests = requests;
        lastAt = t;
        await sleep(sampleS * 1000);
      }
    })();

    await Promise.all([...Array(concurrency)].map((_, n) => worker(n)).concat(sampler));
    if (server.child.exitCode !== null)
      throw new Error(`the server exited during the soak:\n${server.stderr()}`);
    const final = { t: elapsedS(), rss: await rssMiB(server.child.pid), requests, rate: 0 };
    samples.push(final);

    report({ samples, statuses, perAction, requests, failures, database });
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((resolve) =>
      server.child.exitCode !== null ? resolve() : server.child.once("exit", resolve),
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report({ samples, statuses, perAction, requests, failures, database }) {
  const after = samples.filter((s) => s.t >= warmupS);
  const fit = regression(after.map((s) => ({ x: s.t / 60, y: s.rss })));
  const rssAfter = after.map((s) => s.rss);
  const summary = {
    database,
    durationS,
    warmupS,
    concurrency,
    requests,
    failures,
    statuses: Object.fromEntries(statuses),
    perAction: Object.fromEntries(perAction),
    rssStartMiB: samples[0]?.rss,
    rssAtWarmupMiB: after[0]?.rss,
    rssEndMiB: samples.at(-1)?.rss,
    rssMinAfterWarmupMiB: Math.min(...rssAfter),
    rssMaxAfterWarmupMiB: Math.max(...rssAfter),
    slopeMiBPerMinute: fit.slope,
    r2: fit.r2,
  };

  // RSS over time: every sample when there are few, else about 20 rows (the last always).
  const every = Math.max(1, Math.ceil(samples.length / 20));
  const rows = samples.filter((_, i) => i % every === 0 || i === samples.length - 1);
  console.log("\n| t (s) | RSS (MiB) | requests | req/s |");
  console.log("|------:|----------:|---------:|------:|");
  for (const s of rows) {
    console.log(`| ${s.t.toFixed(0)} | ${s.rss.toFixed(1)} | ${s.requests} | ${s.rate.toFixed(1)} |`);
  }
  console.log(
    `\n${requests} requests, ${failures} failed (5xx or no answer); answers ${JSON.stringify(summary.statuses)}`,
  );
  console.log(`by action ${JSON.stringify(summary.perAction)}`);
  console.log(
    `RSS after warm-up (${after.length} samples from ${warmupS} s): ${summary.rssMinAfterWarmupMiB.toFixed(1)}–${summary.rssMaxAfterWarmupMiB.toFixed(1)} MiB; slope ${fit.slope.toFixed(3)} MiB/min (r² ${fit.r2.toFixed(2)})`,
  );
  if (args.json) writeFileSync(args.json, `${JSON.stringify({ ...summary, samples }, null, 2)}\n`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`soak: ${error.stack ?? error}`);
  process.exitCode = 1;
});
