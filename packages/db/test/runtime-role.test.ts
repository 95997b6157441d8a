import { newId } from "@propgov/core";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgErrorCode, tenants, users, withPlatform, withTenant } from "../src/index.js";
import { openPostgres } from "../src/postgres.js";
import { createTestDatabase, type TestDatabase, testDrivers } from "../src/testing/index.js";

/**
 * The deployment the README describes: migrations as the owner, the server logged in as a role
 * that owns nothing and may only become propgov_app. PGlite has a single superuser, so this
 * runs on PostgreSQL only.
 */
const onPostgres = testDrivers().includes("postgres");

describe.skipIf(!onPostgres)(
  "a least-privilege runtime login on PostgreSQL (needs a server: skipped on PGlite only)",
  () => {
    let tdb: TestDatabase;
    let runtime: ReturnType<typeof openPostgres>;
    const role = "propgov_test_runtime";
    const tenantId = newId("tenant");

    beforeAll(async () => {
      tdb = await createTestDatabase("postgres");
      const admin = postgres(process.env.DATABASE_URL as string, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`
        do $$ begin
          if not exists (select 1 from pg_roles where rolname = '${role}') then
            create role ${role} login password 'runtime-test' noinherit;
          end if;
        end $$;
        grant propgov_app to ${role};`);
      } finally {
        await admin.end();
      }
      await withPlatform(tdb.handle.db, (tx) =>
        tx.insert(tenants).values({ id: tenantId, slug: "runtime", name: "县", divisionCode: "341622" }),
      );
      const url = new URL(process.env.DATABASE_URL as string);
      const name = (await tdb.handle.db.execute(sql`select current_database() as name`)) as unknown as {
        name: string;
      }[];
      url.username = role;
      url.password = "runtime-test";
      url.pathname = `/${name[0]?.name}`;
      runtime = openPostgres(url.toString(), { max: 2 });
    });

    afterAll(async () => {
      await runtime?.close();
      await tdb?.destroy();
    });

    it("works through withTenant", async () => {
      await withTenant(runtime.db, tenantId, (tx) =>
        tx.insert(users).values({
          tenantId,
          id: newId("user"),
          username: "admin",
          displayName: "admin",
          passwordHash: "x",
          roles: ["countyAdmin"],
        }),
      );
      const rows = await withTenant(runtime.db, tenantId, (tx) => tx.select().from(users));
      expect(rows).toHaveLength(1);
    });

    it("can do nothing outside it: no table privilege of its own, no DDL", async () => {
      const read = await runtime.db
        .select()
        .from(users)
        .catch((e: unknown) => e);
      expect(pgErrorCode(read)).toBe("42501");
      const ddl = await runtime.db.execute(sql`create table intruder (id int)`).catch((e: unknown) => e);
      expect(pgErrorCode(ddl)).toBe("42501");
    });
  },
);
