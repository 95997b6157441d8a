import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../src/index.js";
import { reconnectDelaySeconds } from "../src/postgres.js";
import { testDrivers } from "../src/testing/index.js";

/**
 * postgres.js 3.4.9 throws an uncaught TypeError from `nextWrite` when a connection's socket is
 * gone under a queued write (porsager/postgres#1154, #1208): it killed the server whenever
 * PostgreSQL restarted. patches/postgres@3.4.9.patch guards it. These tests fail without it.
 */
const onPostgres = testDrivers().includes("postgres");

describe("the patched postgres.js driver", () => {
  it("is the patched build (a version bump must carry the fix or drop the patch on purpose)", () => {
    const require = createRequire(join(import.meta.dirname, "../package.json"));
    // "postgres" resolves to <root>/cjs/src/index.js for require (its exports hide package.json).
    const root = dirname(dirname(dirname(require.resolve("postgres"))));
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).name).toBe("postgres");
    for (const build of ["src", "cjs/src", "cf/src"]) {
      const source = readFileSync(join(root, build, "connection.js"), "utf8");
      expect(source, `${build}/connection.js`).toMatch(/function nextWrite\(fn\) \{\s*if \(!socket\)/);
    }
  });
});

describe("the pool's reconnect delay", () => {
  it("stays under half a second however many attempts failed (postgres.js's default reaches 20 s)", () => {
    for (const attempts of [0, 1, 5, 10, 50]) {
      const delay = reconnectDelaySeconds(attempts);
      expect(delay).toBeGreaterThan(0);
      expect(delay).toBeLessThanOrEqual(0.5);
    }
  });
});

describe.skipIf(!onPostgres)("a connection whose backend dies (needs a server: PostgreSQL only)", () => {
  const url = process.env.DATABASE_URL as string;
  let killer: postgres.Sql;
  let uncaught: unknown[];
  const record = (error: unknown) => uncaught.push(error);

  beforeAll(() => {
    killer = postgres(url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await killer?.end({ timeout: 1 });
  });
  beforeEach(() => {
    uncaught = [];
    process.on("uncaughtException", record);
  });
  afterEach(() => {
    process.off("uncaughtException", record);
  });

  const settled = (query: Promise<unknown>) =>
    Promise.race([
      query.then(
        () => "answered",
        (error: unknown) => error,
      ),
      new Promise((resolve) => setTimeout(() => resolve("hung"), 3_000)),
    ]);

  it("a reserved connection rejects its later queries (CONNECTION_CLOSED) instead of crashing", async () => {
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    try {
      const reserved = await sql.reserve();
      const [row] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
      await killer`select pg_terminate_backend(${row?.pid ?? 0})`;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const first = await settled(reserved`select 1`);
      const second = await settled(reserved`select 1`);
      // Unpatched, the second query throws from a setImmediate: an uncaught TypeError.
      await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toEqual([]);
      for (const outcome of [first, second]) {
        expect(outcome).toBeInstanceOf(Error);
        expect(isDatabaseUnavailable(outcome)).toBe(true);
      }
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it("a pool whose connections were terminated answers again on new ones", async () => {
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    try {
      const pids = await Promise.all(
        [0, 1].map(() => sql<{ pid: number }[]>`select pg_backend_pid() as pid, pg_sleep(0.05)`),
      );
      for (const [row] of pids) await killer`select pg_terminate_backend(${row?.pid ?? 0})`;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const outcomes = await Promise.all([0, 1, 2, 3].map(() => settled(sql`select 1 as one`)));
      await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toEqual([]);
      // A terminated connection may fail the query it was given; none may hang, and the pool
      // must answer on fresh connections afterwards.
      for (const outcome of outcomes) expect(outcome).not.toBe("hung");
      expect(await settled(sql`select 1 as one`)).toBe("answered");
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
