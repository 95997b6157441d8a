import type { RequestLog } from "@propgov/api";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { jsonLogger } from "../src/logger.js";
import { clientAddressFrom } from "../src/server.js";

const line = (level: RequestLog["level"], status: number): RequestLog => ({
  level,
  msg: "request",
  requestId: "req_1",
  tenant: "mengcheng",
  method: "GET",
  path: "/v1/auth/me",
  status,
  durationMs: 1.5,
});

describe("jsonLogger", () => {
  it("writes one JSON line per request with the time first, at or above the level", () => {
    const lines: string[] = [];
    const logger = jsonLogger("warn", { write: (l) => lines.push(l) }, () => new Date(0));
    logger.request?.(line("info", 200));
    logger.request?.(line("warn", 404));
    logger.error?.(new Error("boom"), { requestId: "req_2" });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({ time: "1970-01-01T00:00:00.000Z", ...line("warn", 404) });
    expect(JSON.parse(lines[1]!)).toMatchObject({
      level: "error",
      requestId: "req_2",
      error: { message: "boom" },
    });
  });

  it("writes nothing when silent", () => {
    const lines: string[] = [];
    const logger = jsonLogger("silent", { write: (l) => lines.push(l) });
    logger.request?.(line("error", 500));
    logger.error?.(new Error("boom"), { requestId: "r" });
    expect(lines).toEqual([]);
  });
});

describe("clientAddressFrom", () => {
  const appWith = (trustProxy: boolean) => {
    const app = new Hono();
    const address = clientAddressFrom(trustProxy);
    app.get("/", (c) => c.text(address(c as never) ?? "none"));
    return app;
  };
  const headers = { "x-forwarded-for": "203.0.113.7, 10.0.0.2" };

  it("takes the first X-Forwarded-For hop only when the proxy is trusted", async () => {
    expect(await (await appWith(true).request("/", { headers })).text()).toBe("203.0.113.7");
    // Untrusted: the header is ignored; outside @hono/node-server there is no socket address.
    expect(await (await appWith(false).request("/", { headers })).text()).toBe("none");
  });
});
