import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../src/migrate.js";
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
});
