import { testDrivers } from "@propgov/db/testing";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { CountingProxy, FrontendParser, type WireCounts } from "../src/wire.js";

const message = (type: string, ...parts: (string | Buffer)[]) => {
  const body = Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(`${p}\0`) : p)));
  const head = Buffer.alloc(5);
  head.write(type, 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
};

const startup = () => {
  const body = Buffer.from("user\0postgres\0\0");
  const out = Buffer.alloc(8);
  out.writeInt32BE(body.length + 8, 0);
  out.writeInt32BE(196608, 4);
  return Buffer.concat([out, body]);
};

const fresh = (): WireCounts => ({ statements: 0, roundTrips: 0, transactions: 0 });

describe("FrontendParser", () => {
  it("counts executes and simple queries as statements, and begins as transactions", () => {
    const counts = fresh();
    const parser = new FrontendParser(counts);
    const bytes = Buffer.concat([
      startup(),
      message("Q", "begin"),
      message("P", "s1", "insert into t values ($1)", Buffer.alloc(2)),
      message("B", "", "s1", Buffer.alloc(6)),
      message("E", "", Buffer.alloc(4)),
      message("S"),
      message("B", "", "s1", Buffer.alloc(6)),
      message("E", "", Buffer.alloc(4)),
      message("Q", "commit"),
      message("P", "", "BEGIN ISOLATION LEVEL READ COMMITTED", Buffer.alloc(2)),
      message("B", "", "", Buffer.alloc(6)),
      message("E", "", Buffer.alloc(4)),
    ]);
    // Fed in awkward pieces, as TCP may deliver them.
    for (let i = 0; i < bytes.length; i += 7) parser.push(bytes.subarray(i, i + 7));
    expect(counts).toEqual({ statements: 5, roundTrips: 0, transactions: 2 });
  });
});

const onPostgres = testDrivers().includes("postgres");

describe.runIf(onPostgres)("CountingProxy on PostgreSQL", () => {
  it("counts what postgres.js does: a prepared transaction of two statements", async () => {
    const target = new URL(process.env.DATABASE_URL ?? "");
    const proxy = new CountingProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(target);
    url.host = `127.0.0.1:${await proxy.listen()}`;
    const sql = postgres(url.toString(), { max: 1, onnotice() {} });
    try {
      await sql`select 1`; // connect and prepare
      await sql.begin((tx) => [tx`select 1 as a`, tx`select 2 as b`]);
      proxy.reset();
      await sql.begin(async (tx) => {
        await tx`select 1 as a`;
        await tx`select 2 as b`;
      });
      expect(proxy.counts.transactions).toBe(1);
      expect(proxy.counts.statements).toBe(4); // begin, two selects, commit
      expect(proxy.counts.roundTrips).toBe(4);
    } finally {
      await sql.end();
      await proxy.close();
    }
  });
});
