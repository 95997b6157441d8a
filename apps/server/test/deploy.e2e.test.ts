import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTenant, deleteDemoTenant, findTenantBySlug, resolveDeps, systemPrincipal } from "@propgov/api";
import { newId } from "@propgov/core";
import { openPostgres } from "@propgov/db/postgres";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeScryptHasher } from "../src/hasher.js";
import {
  childEnv,
  exitWithin,
  freePort,
  mainJs,
  PASSWORD,
  runCli,
  type Spawned,
  spawnNode,
  waitForReady,
} from "./helpers.js";

/**
 * The README's "Deploying on your own PostgreSQL", step by step, on a fresh database of the local
 * server: a DBA creates an owner that may not create roles, its database, and a runtime login;
 * the owner migrates; the runtime login creates the county and serves it. Everything is dropped
 * afterwards. PGlite has no roles to deploy with, so this runs on PostgreSQL only.
 */
const onPostgres = testDrivers().includes("postgres");
const run = promisify(execFile);
const PG_BIN = "/usr/lib/postgresql/15/bin";

describe.skipIf(!onPostgres)("the deployment guide on a fresh PostgreSQL database (needs a server)", () => {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const owner = `propgov_ci_owner_${suffix}`;
  const runtime = `propgov_ci_api_${suffix}`;
  const backupRole = `propgov_ci_backup_${suffix}`;
  const database = `propgov_ci_${suffix}`;
  const ownerPassword = `owner-${randomBytes(6).toString("hex")}`;
  const runtimePassword = `api-${randomBytes(6).toString("hex")}`;

  const urlAs = (user: string, password: string) => {
    const url = new URL(process.env.DATABASE_URL as string);
    url.username = user;
    url.password = password;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const ownerEnv = () => childEnv({ DATABASE_URL: urlAs(owner, ownerPassword) });
  const runtimeEnv = (extra: Record<string, string> = {}) =>
    childEnv({ DATABASE_URL: urlAs(runtime, runtimePassword), ...extra });

  /** Runs SQL as the superuser of DATABASE_URL: the database administrator's part of the guide. */
  const asDba = async (...statements: string[]) => {
    const admin = openPostgres(process.env.DATABASE_URL as string, { max: 1 });
    try {
      for (const statement of statements) await admin.client.unsafe(statement);
    } finally {
      await admin.close();
    }
  };

  let server: Spawned | undefined;

  beforeAll(async () => {
    // Step 1 (DBA): the owner, its database, the application role (once per cluster) and the
    // runtime login that may become it.
    await asDba(
      `CREATE ROLE ${owner} LOGIN PASSWORD '${ownerPassword}' NOSUPERUSER NOCREATEROLE NOCREATEDB`,
      `CREATE DATABASE ${database} OWNER ${owner}`,
      `DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'propgov_app') THEN
          CREATE ROLE propgov_app NOLOGIN NOINHERIT NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- another run made it
      END $$`,
      `CREATE ROLE ${runtime} LOGIN PASSWORD '${runtimePassword}' NOINHERIT`,
      `GRANT propgov_app TO ${runtime}`,
      // Backups read past row-level security, which the owner may not (it is forced on it too).
      `CREATE ROLE ${backupRole} LOGIN PASSWORD '${runtimePassword}' BYPASSRLS`,
      `GRANT pg_read_all_data TO ${backupRole}`,
    );
  });

  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    await asDba(
      `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`,
      `DROP ROLE IF EXISTS ${runtime}`,
      `DROP ROLE IF EXISTS ${backupRole}`,
      `DROP ROLE IF EXISTS ${owner}`,
    );
  });

  it("refuses to migrate as the runtime login, printing PostgreSQL's reason", async () => {
    const result = await runCli(["migrate"], runtimeEnv());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("database error 42501: permission denied for database");
    expect(result.stderr).not.toContain("Failed query");
  });

  it("step 2: migrates as the owner, which is neither superuser nor CREATEROLE", async () => {
    const first = await runCli(["migrate"], ownerEnv());
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).applied).toContain("0000_roles");
    const again = await runCli(["migrate"], ownerEnv());
    expect(JSON.parse(again.stdout).applied).toEqual([]);
  });

  it("step 3: creates the county and its administrator with the runtime login, without migrating", async () => {
    const tenant = await runCli(
      [
        "tenant",
        "create",
        "--slug",
        "guoyang",
        "--name",
        "涡阳县",
        "--division-code",
        "341621",
        "--case-prefix",
        "GY",
      ],
      runtimeEnv(),
    );
    expect(tenant.stderr).toBe("");
    expect(tenant.code).toBe(0);
    expect(JSON.parse(tenant.stdout)).toMatchObject({ slug: "guoyang" });
    const user = await runCli(
      [
        "user",
        "create",
        "--tenant",
        "guoyang",
        "--username",
        "admin",
        "--display-name",
        "县住房发展中心",
        "--roles",
        "countyAdmin",
      ],
      runtimeEnv(),
      `${PASSWORD}\n`,
    );
    expect(user.stderr).toBe("");
    expect(user.code).toBe(0);
  });

  it("step 4: serves the county with the runtime login, without the demo tenant", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawnNode(
      mainJs,
      [],
      runtimeEnv({
        PORT: String(port),
        HOST: "127.0.0.1",
        PROPGOV_MIGRATE_ON_START: "false",
        PROPGOV_ADMIN_PASSWORD: PASSWORD,
      }),
    );
    await waitForReady(base, server);
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: "ready", database: "postgres" });

    const county = await fetch(`${base}/v1/tenants/guoyang`);
    expect(county.status).toBe(200);
    expect(await county.json()).toMatchObject({ slug: "guoyang", name: "涡阳县" });
    expect((await fetch(`${base}/v1/tenants/mengcheng`)).status).toBe(404);

    const login = await fetch(`${base}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: "guoyang", username: "admin", password: PASSWORD }),
    });
    expect(login.status).toBe(200);

    // The runtime login disables the county (404 at once, the running server included) and enables it.
    expect((await runCli(["tenant", "disable", "--slug", "guoyang"], runtimeEnv())).code).toBe(0);
    expect((await fetch(`${base}/v1/tenants/guoyang`)).status).toBe(404);
    expect((await fetch(`${base}/open311/v2/services.json?jurisdiction_id=guoyang`)).status).toBe(404);
    expect((await runCli(["tenant", "enable", "--slug", "guoyang"], runtimeEnv())).code).toBe(0);
    expect((await fetch(`${base}/v1/tenants/guoyang`)).status).toBe(200);

    server.child.kill("SIGTERM");
    expect((await exitWithin(server, 20_000)).code).toBe(0);
  });

  it("backups: pg_dump as the backup role, pg_restore --clean in place as the owner", async () => {
    const folder = await mkdtemp(join(tmpdir(), "propgov-deploy-"));
    try {
      const dump = join(folder, "propgov.dump");
      const ownerUrl = urlAs(owner, ownerPassword);
      await run(`${PG_BIN}/pg_dump`, [
        "--format=custom",
        `--file=${dump}`,
        urlAs(backupRole, runtimePassword),
      ]);
      const later = await runCli(
        ["tenant", "create", "--slug", "lixin", "--name", "利辛县", "--division-code", "341623"],
        runtimeEnv(),
      );
      expect(later.code).toBe(0);
      await run(`${PG_BIN}/pg_restore`, [
        "--clean",
        "--if-exists",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${ownerUrl}`,
        dump,
      ]);
      // The runtime login still works on the restored schema: guoyang is back, lixin is gone.
      const again = await runCli(
        ["tenant", "create", "--slug", "guoyang", "--name", "涡阳县", "--division-code", "341621"],
        runtimeEnv(),
      );
      expect(again.stderr).toContain("already exists");
      const lixin = await runCli(["tenant", "disable", "--slug", "lixin"], runtimeEnv());
      expect(lixin.stderr).toContain("--slug: Not found.");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("deletes a demo tenant through the owner's function, called by the runtime login", async () => {
    const db = openPostgres(urlAs(runtime, runtimePassword), { max: 2 });
    try {
      const deps = resolveDeps({ db, passwordHasher: nodeScryptHasher() });
      const ctx = { deps, requestId: newId("request"), principal: systemPrincipal("deploy test") };
      await createTenant(ctx, { slug: "sample", name: "示范县", divisionCode: "341699", demo: true });
      await deleteDemoTenant(ctx, "sample");
      expect(await findTenantBySlug(deps, "sample")).toBeNull();
      await expect(deleteDemoTenant(ctx, "guoyang")).rejects.toThrow("not a demo tenant");
    } finally {
      await db.close();
    }
  });
});
