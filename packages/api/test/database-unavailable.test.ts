import type { DbHandle } from "@propgov/db";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";

/** drizzle's wrapping of a driver error: the driver's error is the cause. */
const wrapped = (cause: Error) =>
  Object.assign(new Error("Failed query: begin\nparams: "), { name: "DrizzleQueryError", cause });

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

/** An app whose every transaction fails with `error`, and what it sent to the error log. */
function appFailingWith(error: unknown) {
  const reported: unknown[] = [];
  const failing = () => Promise.reject(error);
  const db = {
    driver: "postgres",
    ping: failing,
    close: async () => {},
    db: { transaction: failing, execute: failing, select: failing },
  } as unknown as DbHandle;
  const app = createApp({ db, logger: { error: (e) => reported.push(e) } });
  return { app, reported };
}

const TRACKING = "/v1/tenants/mengcheng/public/cases/K7QH-3M9T-XR2P";

describe("a database that cannot be reached answers 503, never 500", () => {
  const unreachable: [string, unknown][] = [
    [
      "connection refused (on the cause)",
      wrapped(coded("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")),
    ],
    ["connection reset", wrapped(coded("read ECONNRESET", "ECONNRESET"))],
    ["postgres.js: connection closed", coded("write CONNECTION_CLOSED 127.0.0.1:5432", "CONNECTION_CLOSED")],
    ["postgres.js: connection ended", wrapped(coded("write CONNECTION_ENDED", "CONNECTION_ENDED"))],
    [
      "postgres.js: connection destroyed",
      wrapped(coded("write CONNECTION_DESTROYED", "CONNECTION_DESTROYED")),
    ],
    ["postgres.js: connect timeout", wrapped(coded("write CONNECT_TIMEOUT", "CONNECT_TIMEOUT"))],
    [
      "57P01 admin_shutdown (a restart)",
      wrapped(coded("terminating connection due to administrator command", "57P01")),
    ],
    ["57P02 crash_shutdown", wrapped(coded("terminating connection because of crash", "57P02"))],
    ["57P03 cannot_connect_now", wrapped(coded("the database system is starting up", "57P03"))],
    ["08006 connection_failure", wrapped(coded("connection failure", "08006"))],
    [
      "an AggregateError of refused addresses",
      wrapped(
        Object.assign(new AggregateError([coded("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], ""), {}),
      ),
    ],
  ];

  it.each(unreachable)("%s: 503 problem+json with Retry-After, and no error logged", async (_, error) => {
    const { app, reported } = appFailingWith(error);
    const res = await app.request(TRACKING);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await res.json()) as { code: string; status: number; detail: string };
    expect(body).toMatchObject({ code: "unavailable", status: 503 });
    expect(body.detail).not.toMatch(/ECONN|127\.0\.0\.1|Failed query/);
    expect(reported).toEqual([]);
  });

  it("Open311 answers 503 in its own error format, with Retry-After", async () => {
    const { app, reported } = appFailingWith(wrapped(coded("connect ECONNREFUSED", "ECONNREFUSED")));
    const res = await app.request("/open311/v2/services.json?jurisdiction_id=mengcheng");
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res.json()).toEqual([{ code: 503, description: expect.stringContaining("database") }]);
    expect(reported).toEqual([]);
  });

  it("a query error that is not about the connection stays a logged 500", async () => {
    const { app, reported } = appFailingWith(wrapped(coded("division by zero", "22012")));
    const res = await app.request(TRACKING);
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
    expect(reported).toHaveLength(1);
  });

  it("GET /ready answers 503 with Retry-After when the ping is refused", async () => {
    const { app } = appFailingWith(wrapped(coded("connect ECONNREFUSED", "ECONNREFUSED")));
    const res = await app.request("/ready");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).not.toBeNull();
  });
});
