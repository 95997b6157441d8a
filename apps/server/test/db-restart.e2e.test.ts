import { randomUUID } from "node:crypto";
import { openPostgres } from "@propgov/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, freePort, mainJs, PASSWORD, type Spawned, spawnNode, waitForReady } from "./helpers.js";
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

const bin = postgresBinaries();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DESCRIPTION = "restart-test";
const WORKERS = 4;
const RESTARTS = 2;
/** The bound of issue 11: the server serves again within 5 s of the database's return. */
const BACK_WITHIN_MS = 5_000;

interface Acknowledged {
  key: string;
  number: string;
  trackingCode: string;
  /** When the request that got the 201 was sent. */
  sentAt: number;
  replayed: boolean;
}

/** What every answer looked like, to assert on once the load is over. */
interface Observed {
  statuses: Map<number, number>;
  /** 503s without problem+json or without Retry-After. */
  badUnavailable: string[];
  /** Requests that got no answer at all (a refused or cut connection to the server). */
  networkErrors: number;
}

/**
 * The built server on a PostgreSQL cluster of its own, under public intake with Idempotency-Key
 * retries, while that cluster is stopped and started twice: the process stays alive, every
 * outage answers 503 (problem+json, Retry-After), it serves again within 5 s of the database's
 * return, and every acknowledged case is in the database exactly once.
 */
describe.skipIf(!bin)(
  "the server across PostgreSQL restarts (needs PostgreSQL's binaries; CI fails without them)",
  () => {
    let cluster: ThrowawayPostgres;
    let server: Spawned;
    let base: string;
    let compoundId: string;

    const json = async (method: string, path: string, body?: unknown, token?: string) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text);
    };

    beforeAll(async () => {
      cluster = await startThrowawayPostgres(bin as string);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      server = spawnNode(
        mainJs,
        [],
        childEnv({
          DATABASE_URL: cluster.url,
          PORT: String(port),
          HOST: "127.0.0.1",
          PROPGOV_ADMIN_PASSWORD: PASSWORD,
          PROPGOV_DEMO: "true",
          PROPGOV_TRUST_PROXY: "true",
          PROPGOV_LOG_LEVEL: "warn",
        }),
      );
      await waitForReady(base, server);
      const { token } = await json("POST", "/v1/auth/login", {
        tenant: "mengcheng",
        username: "admin",
        password: PASSWORD,
      });
      // The intake's per-client budget (20 a minute by default) would answer 429 under this load.
      const settings = await json("GET", "/v1/tenants/mengcheng/settings", undefined, token);
      await json(
        "PUT",
        "/v1/tenants/mengcheng/settings",
        { ...settings, publicIntake: { perMinute: 10_000 } },
        token,
      );
      const compounds = await json("GET", "/v1/tenants/mengcheng/compounds?limit=1", undefined, token);
      compoundId = compounds.items[0].id;
    });

    afterAll(async () => {
      if (server?.child.exitCode === null) {
        server.child.kill("SIGKILL");
        await server.exited;
      }
      await cluster?.remove();
    });

    const alive = () => server.child.exitCode === null && server.child.signalCode === null;

    /** Files reports until `running()` turns false, each retried with its key until acknowledged. */
    async function intake(worker: number, running: () => boolean, acks: Acknowledged[], seen: Observed) {
      while (running()) {
        const key = randomUUID();
        const body = {
          category: "serviceQuality",
          compoundId,
          description: `${DESCRIPTION} ${key}`,
          reporter: { name: "张三", phone: "13812345678" },
        };
        for (;;) {
          const sentAt = performance.now();
          let res: Response;
          try {
            res = await fetch(`${base}/v1/tenants/mengcheng/public/cases`, {
              method: "POST",
              headers: {
                "content-type": "application/json",
                "idempotency-key": key,
                "x-forwarded-for": `203.0.113.${worker + 1}`,
              },
              body: JSON.stringify(body),
              signal: AbortSignal.timeout(20_000),
            });
          } catch {
            seen.networkErrors++;
            if (!alive()) return;
            await sleep(100);
            continue;
          }
          const text = await res.text();
          seen.statuses.set(res.status, (seen.statuses.get(res.status) ?? 0) + 1);
          if (res.status === 201) {
            const receipt = JSON.parse(text) as { number: string; trackingCode: string };
            acks.push({
              key,
              ...receipt,
              sentAt,
              replayed: res.headers.get("idempotent-replayed") === "true",
            });
            break;
          }
          if (res.status === 503) {
            if (
              res.headers.get("content-type") !== "application/problem+json" ||
              !(Number(res.headers.get("retry-after")) > 0)
            ) {
              seen.badUnavailable.push(
                `${res.headers.get("content-type")} ${res.headers.get("retry-after")}`,
              );
            }
            // Retry-After says 2 s; the test retries sooner to time the recovery finely.
            await sleep(100);
            continue;
          }
          // Anything else is a finding: stop retrying this key and let the assertions report it.
          break;
        }
        await sleep(20);
      }
    }

    /** Polls `probe` every 50 ms until it holds; the milliseconds it took. */
    async function timeUntil(probe: () => Promise<boolean>, limitMs = 60_000): Promise<number> {
      const started = performance.now();
      while (performance.now() - started < limitMs) {
        if (!alive()) throw new Error(`the server exited:\n${server.stderr()}`);
        if (await probe().catch(() => false)) return performance.now() - started;
        await sleep(50);
      }
      throw new Error(`not within ${limitMs} ms`);
    }

    const readyStatus = async () => {
      const res = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(10_000) }).catch((error) => {
        throw alive() ? error : new Error(`the server exited:\n${server.stderr()}`);
      });
      await res.arrayBuffer();
      return { status: res.status, retryAfter: res.headers.get("retry-after") };
    };

    it("stays alive, answers 503 while the database is down, serves again within 5 s, loses and doubles no case", async () => {
      const acks: Acknowledged[] = [];
      const seen: Observed = { statuses: new Map(), badUnavailable: [], networkErrors: 0 };
      let loading = true;
      const workers = Array.from({ length: WORKERS }, (_, i) => intake(i, () => loading, acks, seen));

      const outages: {
        ready: { status: number; retryAfter: string | null };
        readyBackMs: number;
        intakeBackMs: number;
      }[] = [];
      try {
        await sleep(2_000);
        for (let restart = 0; restart < RESTARTS; restart++) {
          await cluster.stop();
          await sleep(500);
          const ready = await readyStatus();
          await sleep(1_500);
          await cluster.start();
          const up = performance.now();
          const readyBackMs = await timeUntil(async () => (await readyStatus()).status === 200);
          const intakeBackMs = await timeUntil(async () => acks.some((a) => a.sentAt >= up));
          outages.push({ ready, readyBackMs, intakeBackMs });
          await sleep(2_000);
        }
      } finally {
        loading = false;
        await Promise.all(workers);
      }
      console.log(
        `[db-restart] ${acks.length} cases acknowledged (${acks.filter((a) => a.replayed).length} replayed); answers ${JSON.stringify(Object.fromEntries(seen.statuses))}; outages ${JSON.stringify(outages)}`,
      );

      // 1. The process is alive and said nothing of an uncaught error.
      expect(server.child.exitCode).toBeNull();
      expect(server.child.signalCode).toBeNull();
      expect(server.stderr()).not.toMatch(/TypeError|uncaught/i);
      expect((await readyStatus()).status).toBe(200);

      // 2. While the database was down: /ready 503 with Retry-After; requests 503, never 500.
      for (const { ready } of outages) {
        expect(ready.status).toBe(503);
        expect(Number(ready.retryAfter)).toBeGreaterThan(0);
      }
      expect([...seen.statuses.keys()].sort()).toEqual([201, 503]);
      expect(seen.badUnavailable).toEqual([]);
      expect(seen.networkErrors).toBe(0);

      // 3. Back within 5 s of the database's return, after each restart.
      expect(outages).toHaveLength(RESTARTS);
      for (const { readyBackMs, intakeBackMs } of outages) {
        expect(readyBackMs).toBeLessThanOrEqual(BACK_WITHIN_MS);
        expect(intakeBackMs).toBeLessThanOrEqual(BACK_WITHIN_MS);
      }

      // 4. Every acknowledged case is stored exactly once, and nothing else was filed.
      const db = openPostgres(cluster.url, { max: 1 });
      const sql = db.client;
      try {
        const rows = await sql<{ description: string; n: number; numbers: string[] }[]>`
          select description, count(*)::int as n, array_agg(number) as numbers
          from cases where description like ${`${DESCRIPTION} %`} group by description`;
        const stored = new Map(rows.map((r) => [r.description.slice(DESCRIPTION.length + 1), r]));
        expect(acks.length).toBeGreaterThan(20);
        expect(new Set(acks.map((a) => a.key)).size).toBe(acks.length);
        const lost = acks.filter((a) => !stored.has(a.key));
        const doubled = rows.filter((r) => r.n !== 1);
        const mismatched = acks.filter((a) => stored.get(a.key)?.numbers[0] !== a.number);
        expect({ lost, doubled, mismatched }).toEqual({ lost: [], doubled: [], mismatched: [] });
        expect(rows.length).toBe(acks.length);
      } finally {
        await db.close();
      }
    }, 180_000);
  },
);
