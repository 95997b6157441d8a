import { type DbHandle, MoveError, moveTenant, rowsOf, shardRouter } from "@propgov/db";
import { migrate } from "@propgov/db/migrate";
import { openPostgres } from "@propgov/db/postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  postgresBinaries,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../../../apps/server/test/throwaway-postgres.js";
import { caseBody, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness, PASSWORD } from "./harness.js";

/**
 * Counties over two PostgreSQL clusters: the shared one is the directory and the shard
 * `default` (the suite's own database on it), and a second cluster this suite starts is the
 * shard `east`. PostgreSQL only by nature; under CI (DATABASE_URL always set there) a second
 * cluster that cannot start fails the suite.
 */
type Sql = ReturnType<typeof openPostgres>["client"];

const bin = process.env.DATABASE_URL ? postgresBinaries() : undefined;

describe.skipIf(!bin)("counties on two shards", () => {
  let east: ThrowawayPostgres;
  let eastDb: DbHandle;
  let h: Harness;
  /** Superuser connections straight to each database: they see every row, RLS aside. */
  let onEast: Sql;
  let onDirectory: Sql;

  const count = async (db: Sql, table: string, tenantId: string) => {
    const column = table === "tenants" ? "id" : "tenant_id";
    const [row] = await db.unsafe(`select count(*)::int as n from "${table}" where ${column} = $1`, [
      tenantId,
    ]);
    return row?.n as number;
  };

  beforeAll(async () => {
    east = await startThrowawayPostgres(bin as string);
    eastDb = openPostgres(east.url, { max: 4 });
    await migrate(eastDb);
    h = await createHarness("postgres", { shards: (directory) => shardRouter(directory, { east: eastDb }) });
    onEast = openPostgres(east.url, { max: 1 }).client;
    const directoryUrl = new URL(process.env.DATABASE_URL as string);
    const [row] = rowsOf<{ db: string }>(await h.deps.db.db.execute(sql`select current_database() as db`));
    directoryUrl.pathname = `/${row?.db}`;
    onDirectory = openPostgres(directoryUrl.toString(), { max: 1 }).client;
  }, 180_000);

  afterAll(async () => {
    await onEast?.end();
    await onDirectory?.end();
    await h?.destroy();
    await eastDb?.close();
    await east?.remove();
  });

  const createCounty = async (slug: string, divisionCode: string, shard?: string) => {
    const res = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug, name: slug, divisionCode, ...(shard ? { shard } : {}) },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const admin = await h.request("POST", `/v1/tenants/${slug}/users`, {
      token: h.rootToken,
      body: { username: "admin", displayName: "管理员", password: PASSWORD, roles: ["countyAdmin"] },
    });
    expect(admin.status, JSON.stringify(admin.body)).toBe(201);
    return { id: res.body.id as string, slug, body: res.body };
  };

  it("places a new county on the chosen shard; an unknown shard is 422 at body.shard", async () => {
    const unknown = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "nowhere", name: "nowhere", divisionCode: "341699", shard: "west" },
    });
    expectProblem(unknown, 422, "unprocessable");
    expect(failingPaths(unknown)).toEqual(["body.shard"]);

    const lixin = await createCounty("lixin", "341623", "east");
    expect(lixin.body.shard).toBe("east");
    const token = await h.login("lixin", "admin");
    const users = await h.request("GET", "/v1/tenants/lixin/users", { token });
    expect(users.status).toBe(200);
    expect(users.body.items.map((u: { username: string }) => u.username)).toEqual(["admin"]);

    // The county's rows are on east; the directory holds its entry only.
    expect(await count(onEast, "users", lixin.id)).toBe(1);
    expect(await count(onEast, "sessions", lixin.id)).toBe(1);
    expect(await count(onEast, "mechanism_versions", lixin.id)).toBe(1);
    expect(await count(onDirectory, "users", lixin.id)).toBe(0);
    expect(await count(onDirectory, "mechanism_versions", lixin.id)).toBe(0);
    const [entry] = await onDirectory`select shard from tenants where id = ${lixin.id}`;
    expect(entry?.shard).toBe("east");
    // A county on the default shard is in the directory's database, not on east.
    expect(await count(onDirectory, "users", h.ours.id)).toBeGreaterThan(0);
    expect(await count(onEast, "users", h.ours.id)).toBe(0);
    expect(await count(onEast, "tenants", h.ours.id)).toBe(0);
  });

  it("answers 503 with Retry-After while a county is marked moving", async () => {
    await onDirectory`update tenants set moving_to = 'east' where id = ${h.other.id}`;
    try {
      const res = await h.request("GET", "/v1/tenants/other/users", { token: h.other.adminToken });
      expectProblem(res, 503, "unavailable");
      expect(res.headers.get("retry-after")).toBe("30");
    } finally {
      await onDirectory`update tenants set moving_to = null where id = ${h.other.id}`;
    }
    expect((await h.request("GET", "/v1/tenants/other/users", { token: h.other.adminToken })).status).toBe(
      200,
    );
  });

  it("moves a county to another shard, verified, and it keeps working over HTTP", async () => {
    const world = await seedCaseWorld(h, h.ours);
    const filed = await h.request("POST", "/v1/tenants/ours/cases", {
      token: h.ours.adminToken,
      body: caseBody(world),
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const casesBefore = await count(onDirectory, "cases", h.ours.id);
    const rollupsBefore = await count(onDirectory, "case_rollups", h.ours.id);
    expect(casesBefore).toBe(1);
    expect(rollupsBefore).toBeGreaterThan(0);

    const report = await moveTenant(h.deps.shards, h.ours.id, "east");
    expect(report).toMatchObject({ from: "default", to: "east" });
    const byTable = new Map(report.tables.map((t) => [t.table, t]));
    expect(byTable.get("cases")?.rows).toBe(1);
    expect(byTable.get("case_rollups")?.rows).toBe(rollupsBefore);
    expect(byTable.get("case_events")?.rows).toBeGreaterThan(0);
    expect(byTable.get("audit_events")?.rows).toBeGreaterThan(0);
    // Each table's rows are now on east, as many as the report counted, and gone from the directory.
    for (const t of report.tables) {
      if (t.table === "tenants") continue;
      expect([t.table, await count(onEast, t.table, h.ours.id)]).toEqual([t.table, t.rows]);
      expect([t.table, await count(onDirectory, t.table, h.ours.id)]).toEqual([t.table, 0]);
    }
    // The rollups on east are the source's, not what the trigger wrote again on insert.
    const [rollup] =
      await onEast`select sum(received)::int as received from case_rollups where tenant_id = ${h.ours.id}`;
    expect(rollup?.received).toBe(1);
    const [entry] = await onDirectory`select shard, moving_to from tenants where id = ${h.ours.id}`;
    expect(entry).toEqual({ shard: "east", moving_to: null });

    // The old session still works (sessions moved too), and so does a new sign-in.
    const listed = await h.request("GET", "/v1/tenants/ours/cases", { token: h.ours.adminToken });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toEqual([filed.body.id]);
    const token = await h.login("ours", "admin");
    const again = await h.request("POST", "/v1/tenants/ours/cases", { token, body: caseBody(world) });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(await count(onEast, "cases", h.ours.id)).toBe(2);
    expect(await count(onDirectory, "cases", h.ours.id)).toBe(0);
    const me = await h.request("GET", "/v1/auth/me", { token });
    expect(me.status).toBe(200);
  });

  it("moves a county back onto the directory's database", async () => {
    const fuyang = await createCounty("fuyang", "341200", "east");
    const report = await moveTenant(h.deps.shards, fuyang.id, "default");
    expect(report.to).toBe("default");
    expect(await count(onEast, "tenants", fuyang.id)).toBe(0);
    expect(await count(onEast, "users", fuyang.id)).toBe(0);
    expect(await count(onDirectory, "users", fuyang.id)).toBe(1);
    const token = await h.login("fuyang", "admin");
    expect((await h.request("GET", "/v1/tenants/fuyang/users", { token })).status).toBe(200);
  });

  it("a failing move leaves the source as it was and the target without the county", async () => {
    const tables = ["users", "mechanism_versions", "audit_events", "assessment_templates"];
    const before = await Promise.all(tables.map((t) => count(onDirectory, t, h.other.id)));
    // The target refuses the county's mechanism half way through the copy.
    await onEast.unsafe(`create function refuse_county() returns trigger language plpgsql as $$
      begin raise exception 'refused by the test'; end $$`);
    await onEast.unsafe(`create trigger refuse_county before insert on mechanism_versions for each row
      when (new.tenant_id = '${h.other.id}') execute function refuse_county()`);
    try {
      await expect(moveTenant(h.deps.shards, h.other.id, "east")).rejects.toThrow(MoveError);
    } finally {
      await onEast.unsafe("drop trigger refuse_county on mechanism_versions; drop function refuse_county()");
    }
    const [entry] = await onDirectory`select shard, moving_to from tenants where id = ${h.other.id}`;
    expect(entry).toEqual({ shard: null, moving_to: null });
    expect(await Promise.all(tables.map((t) => count(onDirectory, t, h.other.id)))).toEqual(before);
    for (const t of ["tenants", ...tables]) expect([t, await count(onEast, t, h.other.id)]).toEqual([t, 0]);
    expect((await h.request("GET", "/v1/tenants/other/users", { token: h.other.adminToken })).status).toBe(
      200,
    );
  });

  it("refuses an unknown target shard and a move to where the county is", async () => {
    await expect(moveTenant(h.deps.shards, h.other.id, "west")).rejects.toThrow(/no shard named 'west'/);
    await expect(moveTenant(h.deps.shards, h.other.id, "default")).rejects.toThrow(/already/);
  });
});
