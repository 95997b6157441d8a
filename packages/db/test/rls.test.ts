import { newId } from "@propgov/core";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiKeys,
  auditEvents,
  type Database,
  pgErrorCode,
  platformUsers,
  sessions,
  tenants,
  users,
  withoutTenant,
  withPlatform,
  withTenant,
  withTokenLookup,
} from "../src/index.js";
import { createTestDatabase, type TestDatabase, testDrivers } from "../src/testing/index.js";

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to be refused");
}

describe.each(testDrivers())("row-level security on %s", (driver) => {
  let tdb: TestDatabase;
  let db: Database;
  const a = { id: newId("tenant"), user: newId("user"), session: newId("session"), key: newId("apiKey") };
  const b = { id: newId("tenant"), user: newId("user"), session: newId("session"), key: newId("apiKey") };

  beforeAll(async () => {
    tdb = await createTestDatabase(driver);
    db = tdb.handle.db;
    await withPlatform(db, async (tx) => {
      await tx.insert(tenants).values([
        { id: a.id, slug: "county-a", name: "A县", divisionCode: "341622" },
        { id: b.id, slug: "county-b", name: "B县", divisionCode: "341621" },
      ]);
    });
    for (const t of [a, b]) {
      await withTenant(db, t.id, async (tx) => {
        await tx.insert(users).values({
          tenantId: t.id,
          id: t.user,
          username: "admin",
          displayName: `admin of ${t.id}`,
          passwordHash: "x",
          roles: ["countyAdmin"],
        });
        await tx.insert(sessions).values({
          tenantId: t.id,
          id: t.session,
          userId: t.user,
          secretHash: "h",
          expiresAt: new Date(Date.now() + 60_000),
        });
        await tx.insert(apiKeys).values({
          tenantId: t.id,
          id: t.key,
          name: "hotline",
          prefix: "key_",
          secretHash: "h",
          roles: ["countyAdmin"],
        });
        await tx.insert(auditEvents).values({
          tenantId: t.id,
          id: newId("auditEvent"),
          actorType: "system",
          action: "test.seed",
          targetType: "user",
          targetId: t.user,
        });
      });
    }
  });

  afterAll(async () => {
    await tdb?.destroy();
  });

  it("a tenant transaction reads only its own rows, even when it asks for the other tenant's", async () => {
    await withTenant(db, a.id, async (tx) => {
      expect((await tx.select().from(users)).map((u) => u.id)).toEqual([a.user]);
      expect(await tx.select().from(users).where(eq(users.tenantId, b.id))).toEqual([]);
      expect(await tx.select().from(sessions).where(eq(sessions.id, b.session))).toEqual([]);
      expect(await tx.select().from(apiKeys).where(eq(apiKeys.id, b.key))).toEqual([]);
      expect((await tx.select().from(auditEvents)).every((e) => e.tenantId === a.id)).toBe(true);
    });
  });

  it("a tenant transaction cannot update or delete the other tenant's rows", async () => {
    await withTenant(db, a.id, async (tx) => {
      const updated = await tx
        .update(users)
        .set({ displayName: "hijacked" })
        .where(eq(users.id, b.user))
        .returning();
      expect(updated).toEqual([]);
      const deleted = await tx.delete(sessions).where(eq(sessions.id, b.session)).returning();
      expect(deleted).toEqual([]);
    });
    await withTenant(db, b.id, async (tx) => {
      const [row] = await tx.select().from(users).where(eq(users.id, b.user));
      expect(row?.displayName).toBe(`admin of ${b.id}`);
      expect(await tx.select().from(sessions).where(eq(sessions.id, b.session))).toHaveLength(1);
    });
  });

  it("a tenant transaction cannot insert rows for the other tenant", async () => {
    const error = await rejection(
      withTenant(db, a.id, (tx) =>
        tx.insert(users).values({
          tenantId: b.id,
          id: newId("user"),
          username: "intruder",
          displayName: "intruder",
          passwordHash: "x",
          roles: ["countyAdmin"],
        }),
      ),
    );
    expect(pgErrorCode(error)).toBe("42501");
  });

  it("no tenant table, now or later, accepts a row for another tenant from a tenant transaction", async () => {
    const listed = await db.execute(sql`
      select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col
                    where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
      order by c.relname`);
    const names = (
      (Array.isArray(listed) ? listed : (listed as { rows: unknown[] }).rows) as { relname: string }[]
    ).map((r) => r.relname);
    expect(names).toEqual(
      expect.arrayContaining(["cases", "case_events", "meetings", "disclosures", "tasks", "credit_records"]),
    );
    for (const table of names) {
      // The row-level security check runs before NOT NULL and foreign keys, so a row holding
      // nothing but another tenant's id is refused by the policy itself.
      const error = await rejection(
        withTenant(db, a.id, (tx) =>
          tx.execute(sql`insert into ${sql.identifier(table)} (tenant_id) values (${b.id})`),
        ),
      );
      expect(pgErrorCode(error), table).toBe("42501");
      const message = String((error as { cause?: { message?: string } }).cause?.message ?? error);
      expect(message, table).toContain("row-level security");
    }
  });

  it("a tenant transaction cannot move its own row into the other tenant", async () => {
    const error = await rejection(
      withTenant(db, a.id, (tx) => tx.update(apiKeys).set({ tenantId: b.id }).where(eq(apiKeys.id, a.key))),
    );
    expect(pgErrorCode(error)).toBe("42501");
  });

  it("a transaction with no tenant set sees no tenant rows", async () => {
    await withoutTenant(db, async (tx) => {
      expect(await tx.select().from(users)).toEqual([]);
      expect(await tx.select().from(sessions)).toEqual([]);
      expect(await tx.select().from(apiKeys)).toEqual([]);
      expect(await tx.select().from(auditEvents)).toEqual([]);
      expect(await tx.select().from(platformUsers)).toEqual([]);
      // Tenants themselves are global: a slug must resolve before the tenant is known.
      expect((await tx.select().from(tenants)).length).toBe(2);
    });
  });

  it("a tenant transaction cannot see platform users nor create tenants", async () => {
    await withPlatform(db, (tx) =>
      tx
        .insert(platformUsers)
        .values({ id: newId("platformUser"), username: "root", displayName: "Root", passwordHash: "x" }),
    );
    await withTenant(db, a.id, async (tx) => {
      expect(await tx.select().from(platformUsers)).toEqual([]);
    });
    const error = await rejection(
      withTenant(db, a.id, (tx) =>
        tx.insert(tenants).values({ id: newId("tenant"), slug: "sneaky", name: "x", divisionCode: "341600" }),
      ),
    );
    expect(pgErrorCode(error)).toBe("42501");
  });

  it("a token lookup sees exactly the presented session or key, nothing else", async () => {
    // The token names the row's whole primary key: its id under another county finds nothing.
    await withTokenLookup(db, { tenantId: a.id, id: b.session }, async (tx) => {
      expect(await tx.select().from(sessions)).toEqual([]);
    });
    await withTokenLookup(db, { tenantId: b.id, id: b.session }, async (tx) => {
      expect((await tx.select().from(sessions)).map((s) => s.id)).toEqual([b.session]);
      expect(await tx.select().from(apiKeys)).toEqual([]);
      expect(await tx.select().from(users)).toEqual([]);
      const changed = await tx.update(sessions).set({ secretHash: "z" }).returning();
      expect(changed).toEqual([]);
    });
  });

  it("the tenant id is a bound parameter, never spliced into SQL", async () => {
    const hostile = "x', true); drop table users; --";
    await withTenant(db, hostile, async (tx) => {
      expect(await tx.select().from(users)).toEqual([]);
    });
    await withTenant(db, a.id, async (tx) => {
      expect(await tx.select().from(users)).toHaveLength(1);
    });
  });

  it("audit events are append-only for the application and for the owner", async () => {
    const appError = await rejection(
      withTenant(db, a.id, (tx) => tx.update(auditEvents).set({ action: "rewritten" })),
    );
    expect(pgErrorCode(appError)).toBe("42501");
    const deleteError = await rejection(withTenant(db, a.id, (tx) => tx.delete(auditEvents)));
    expect(pgErrorCode(deleteError)).toBe("42501");
    const ownerError = await rejection(db.execute(sql`delete from audit_events`));
    expect(pgErrorCode(ownerError)).toBe("42501");
  });

  it("the application role owns no table and cannot bypass row-level security", async () => {
    const roles = await db.execute(
      sql`select rolsuper, rolbypassrls, rolcanlogin from pg_roles where rolname = 'propgov_app'`,
    );
    const rows = (Array.isArray(roles) ? roles : (roles as { rows: unknown[] }).rows) as {
      rolsuper: boolean;
      rolbypassrls: boolean;
      rolcanlogin: boolean;
    }[];
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    const owned = await db.execute(
      sql`select count(*)::int as n from pg_tables where tableowner = 'propgov_app'`,
    );
    const ownedRows = (Array.isArray(owned) ? owned : (owned as { rows: unknown[] }).rows) as { n: number }[];
    expect(ownedRows[0]?.n).toBe(0);
    // Every table with a tenant_id column, now and in later migrations, has forced RLS and a
    // tenant isolation policy; the platform tables are forced too.
    const tables = await db.execute(sql`
      select c.relname, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             exists (select 1 from pg_policies p where p.tablename = c.relname
                     and p.qual like '%app.tenant_id%' and p.with_check like '%app.tenant_id%') as isolated
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col
                    where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
      order by c.relname`);
    const tableRows = (Array.isArray(tables) ? tables : (tables as { rows: unknown[] }).rows) as {
      relname: string;
      rls: boolean;
      forced: boolean;
      isolated: boolean;
    }[];
    expect(tableRows.length).toBeGreaterThanOrEqual(13);
    expect(tableRows.map((r) => r.relname)).toEqual(expect.arrayContaining(["bodies", "staff", "venues"]));
    for (const row of tableRows)
      expect(row, row.relname).toMatchObject({ rls: true, forced: true, isolated: true });
    const platform = await db.execute(
      sql`select relname from pg_class where relname in ('tenants','platform_users','platform_sessions') and relforcerowsecurity order by relname`,
    );
    const platformRows = (Array.isArray(platform) ? platform : (platform as { rows: unknown[] }).rows) as {
      relname: string;
    }[];
    expect(platformRows.map((r) => r.relname)).toEqual(["platform_sessions", "platform_users", "tenants"]);
  });
});
