import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findTenantBySlug, resolveDeps } from "@propgov/api";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../src/config.js";
import { openDatabase } from "../src/database.js";
import { nodeScryptHasher } from "../src/hasher.js";
import { childEnv, runCli, throwawayPostgres } from "./helpers.js";

const run = promisify(execFile);
const PG_BIN = "/usr/lib/postgresql/15/bin";

const createCounty = (slug: string, env: NodeJS.ProcessEnv) =>
  runCli(["tenant", "create", "--slug", slug, "--name", `${slug}县`, "--division-code", "341621"], env);

/** Which of `slugs` the database holds, and whether each serves (disabled tenants are not found). */
async function countiesIn(config: DatabaseConfig, slugs: string[]) {
  const opened = await openDatabase(config, "backup test");
  try {
    const deps = resolveDeps({ db: opened.handle, passwordHasher: nodeScryptHasher() });
    const found: Record<string, boolean> = {};
    for (const slug of slugs) found[slug] = (await findTenantBySlug(deps, slug)) !== null;
    return found;
  } finally {
    await opened.handle.close();
  }
}

describe("propgov backup and restore of the embedded database", () => {
  let folder: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  const backup = () => join(folder, "propgov.tar.gz");

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "propgov-backup-"));
    dataDir = join(folder, "data");
    env = childEnv({ PROPGOV_DATA_DIR: dataDir });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("backs up, and a restore brings back exactly what the backup held", async () => {
    expect((await createCounty("before", env)).code).toBe(0);
    const saved = await runCli(["backup", "--file", backup()], env);
    expect(saved.stderr).toBe("");
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout).bytes).toBeGreaterThan(1000);

    // Changes after the backup: a new county, and the first one disabled.
    expect((await createCounty("after", env)).code).toBe(0);
    const disabled = await runCli(["tenant", "disable", "--slug", "before"], env);
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout)).toMatchObject({ slug: "before", disabledAt: expect.any(String) });
    expect(await countiesIn({ kind: "pglite", dataDir }, ["before", "after"])).toEqual({
      before: false,
      after: true,
    });

    const refused = await runCli(["restore", "--file", backup()], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("holds a database already");

    const restored = await runCli(["restore", "--file", backup(), "--replace"], env);
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    const { movedAside } = JSON.parse(restored.stdout);
    expect(await countiesIn({ kind: "pglite", dataDir }, ["before", "after"])).toEqual({
      before: true,
      after: false,
    });
    // The replaced database is kept where the restore said.
    expect(existsSync(join(movedAside, "PG_VERSION"))).toBe(true);
    expect(await countiesIn({ kind: "pglite", dataDir: movedAside }, ["after"])).toEqual({ after: true });
    // Eight CLI processes, each starting Node and PGlite: 30 s on an idle CI machine, so the
    // default 60 s is too close under load.
  }, 180_000);

  it("re-enables a county, and refuses to delete one that is not a demo", async () => {
    expect((await runCli(["tenant", "disable", "--slug", "before"], env)).code).toBe(0);
    const enabled = await runCli(["tenant", "enable", "--slug", "before"], env);
    expect(JSON.parse(enabled.stdout).disabledAt).toBeNull();
    const deleted = await runCli(["tenant", "delete", "--slug", "before"], env);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain("not a demo tenant");
    const missing = await runCli(["tenant", "disable", "--slug", "nowhere"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("--slug: Not found.");
  });

  it("says to use pg_dump when DATABASE_URL is set, before connecting", async () => {
    const result = await runCli(
      ["backup", "--file", backup()],
      childEnv({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("On PostgreSQL use pg_dump");
  });
});

const onPostgres = testDrivers().includes("postgres");

describe.skipIf(!onPostgres)("pg_dump and pg_restore as the README documents them (needs a server)", () => {
  let folder: string;
  let database: Awaited<ReturnType<typeof throwawayPostgres>>;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "propgov-pgdump-"));
    database = await throwawayPostgres();
    env = childEnv({ DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it("restores in place what pg_dump saved, dropping what came after", async () => {
    expect((await runCli(["migrate"], env)).code).toBe(0);
    expect((await createCounty("before", env)).code).toBe(0);
    const dump = join(folder, "propgov.dump");
    await run(`${PG_BIN}/pg_dump`, ["--format=custom", `--file=${dump}`, `--dbname=${database.url}`]);

    expect((await createCounty("after", env)).code).toBe(0);
    const config: DatabaseConfig = { kind: "postgres", url: database.url };
    expect(await countiesIn(config, ["before", "after"])).toEqual({ before: true, after: true });

    await run(`${PG_BIN}/pg_restore`, [
      "--clean",
      "--if-exists",
      "--single-transaction",
      "--exit-on-error",
      `--dbname=${database.url}`,
      dump,
    ]);
    expect(await countiesIn(config, ["before", "after"])).toEqual({ before: true, after: false });
    // The migration journal came back with the schema: nothing to apply.
    const migrated = await runCli(["migrate"], env);
    expect(JSON.parse(migrated.stdout).applied).toEqual([]);
  });
});
