import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, migrationsFolder } from "../src/migrate.js";
import { createTestDatabase, type TestDatabase, testDrivers } from "../src/testing/index.js";

describe.each(testDrivers())("migrations on %s", (driver) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(driver);
  });
  afterAll(() => tdb?.destroy());

  it("are recorded, and applying them again changes nothing", async () => {
    expect(await migrate(tdb.handle)).toEqual({ applied: [] });
    const result = await tdb.handle.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it("several migrators at once serialise on the lock and all succeed", async () => {
    const results = await Promise.all([migrate(tdb.handle), migrate(tdb.handle), migrate(tdb.handle)]);
    expect(results.every((r) => r.applied.length === 0)).toBe(true);
  });

  it("a database one migration behind gets it (the up-to-date check does not skip it)", async () => {
    // The committed migrations plus one newer, in a folder of their own.
    const folder = mkdtempSync(join(tmpdir(), "propgov-migrations-"));
    try {
      cpSync(migrationsFolder, folder, {
        recursive: true,
        filter: (source) => !source.endsWith("_snapshot.json"),
      });
      const journalFile = join(folder, "meta", "_journal.json");
      const journal = JSON.parse(readFileSync(journalFile, "utf8")) as {
        entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
      };
      const last = journal.entries.at(-1);
      if (!last) throw new Error("no migrations");
      const tag = "9999_newer_probe";
      journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
      writeFileSync(journalFile, JSON.stringify(journal));
      writeFileSync(join(folder, `${tag}.sql`), "create table newer_probe (id integer primary key);");

      expect(await migrate(tdb.handle, folder)).toEqual({ applied: [tag] });
      expect(await migrate(tdb.handle, folder)).toEqual({ applied: [] });
      const result = await tdb.handle.db.execute(sql`select to_regclass('newer_probe')::text as t`);
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
        t: string | null;
      }[];
      expect(rows[0]?.t).toBe("newer_probe");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
