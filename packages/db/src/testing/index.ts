import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import type { DbHandle } from "../client.js";
import { migrate, migrationsFolder } from "../migrate.js";
import { openPglite } from "../pglite.js";
import { openPostgres } from "../postgres.js";

export type TestDriver = "pglite" | "postgres";

/**
 * The drivers a database suite runs on: PGlite always, PostgreSQL too when DATABASE_URL is set.
 * Under CI a missing DATABASE_URL is an error, never a silent skip.
 */
export function testDrivers(): TestDriver[] {
  if (process.env.DATABASE_URL) return ["pglite", "postgres"];
  if (process.env.CI && process.env.CI !== "false") {
    throw new Error("CI is set but DATABASE_URL is not: the PostgreSQL suites must run in CI.");
  }
  return ["pglite"];
}

export interface TestDatabase {
  readonly driver: TestDriver;
  readonly handle: DbHandle;
  /** Closes the connection and, on PostgreSQL, drops the suite's database. */
  destroy(): Promise<void>;
}

function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(migrationsFolder).sort()) {
    if (file.endsWith(".sql")) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A migrated PGlite data directory as a tarball, cached in the temp folder by migrations hash:
 * a cold start with migrations takes seconds, loading the tarball well under one.
 */
async function pgliteSnapshot(): Promise<Blob> {
  const file = join(tmpdir(), `propgov-pglite-${migrationsHash()}.tar.gz`);
  if (!existsSync(file)) {
    const fresh = await openPglite();
    await migrate(fresh);
    const dump = await fresh.client.dumpDataDir("gzip");
    await fresh.close();
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

/** A fresh, migrated database for one suite, isolated from every other suite. */
export async function createTestDatabase(driver: TestDriver): Promise<TestDatabase> {
  if (driver === "pglite") {
    const handle = await openPglite({ loadDataDir: await pgliteSnapshot() });
    return { driver, handle, destroy: () => handle.close() };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const name = `propgov_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), { max: 4 });
  await migrate(handle);
  return {
    driver,
    handle,
    async destroy() {
      await handle.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
