import { createApp } from "@propgov/api";
import { assessmentTemplates, regions, tenants, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig } from "../src/config.js";
import { type OpenedDatabase, openDatabase } from "../src/database.js";
import { nodeScryptHasher } from "../src/hasher.js";
import { cliDatabase, runCli } from "./helpers.js";

const USER_PASSWORD = "a long passphrase for li";
const REGION = "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

/** The built `propgov` CLI (node apps/server/dist/cli.js) against a throwaway database. */
describe.each(testDrivers())("propgov CLI on %s", (driver) => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  const cli = (args: string[], input?: string) => runCli(args, env, input);

  beforeAll(async () => {
    ({ env, cleanup } = await cliDatabase(driver, "propgov-cli-"));
  });
  afterAll(() => cleanup?.());

  it("prints help, and per-command help", async () => {
    const help = await runCli(["--help"], env);
    expect(help.code).toBe(0);
    for (const command of ["migrate", "tenant create", "user create", "apikey create"]) {
      expect(help.stdout).toContain(command);
    }
    const userHelp = await runCli(["user", "create", "--help"], env);
    expect(userHelp.code).toBe(0);
    expect(userHelp.stdout).toContain("--display-name");
    expect(userHelp.stdout).toContain("regionStaff       needs --scope regionId=…");
    const unknown = await runCli(["frobnicate"], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it("migrates and reports the applied migrations as JSON", async () => {
    const first = await cli(["migrate"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).applied).toContain("0000_roles");
    const second = await cli(["migrate"]);
    expect(JSON.parse(second.stdout).applied).toEqual([]);
  });

  it("refuses bad options before touching the database, naming each option", async () => {
    const result = await cli([
      "tenant",
      "create",
      "--slug",
      "Fu Yang",
      "--division-code",
      "34120",
      "--timezone",
      "Mars/Olympus",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--slug: Use lower-case letters");
    expect(result.stderr).toContain("--name: Required.");
    expect(result.stderr).toContain("--division-code: A division code is six digits");
    expect(result.stderr).toContain("--timezone: Not an IANA time zone");
    const badChoices = await cli([
      "tenant",
      "create",
      "--slug",
      "lixin",
      "--name",
      "利辛县",
      "--division-code",
      "341623",
      "--preset",
      "mars-9999",
      "--case-prefix",
      "lx-1",
    ]);
    expect(badChoices.code).toBe(1);
    expect(badChoices.stderr).toContain("--preset:");
    expect(badChoices.stderr).toContain("--case-prefix: Upper-case letters and digits");
    const unknown = await cli(["tenant", "create", "--slug", "x1", "--colour", "red"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
  });

  let tenantId: string;
  it("creates a tenant, and refuses the same slug again", async () => {
    const args = ["tenant", "create", "--slug", "fuyang", "--name", "阜阳市", "--division-code", "341200"];
    const created = await cli(args);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const tenant = JSON.parse(created.stdout);
    expect(tenant).toMatchObject({
      slug: "fuyang",
      name: "阜阳市",
      divisionCode: "341200",
      timezone: "Asia/Shanghai",
    });
    tenantId = tenant.id;

    const again = await cli(args);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("A tenant with slug 'fuyang' already exists.");

    // Another county on the two-level preset, numbering its cases LX-…
    const compact = await cli([
      "tenant",
      "create",
      "--slug",
      "lixin",
      "--name",
      "利辛县",
      "--division-code",
      "341623",
      "--preset",
      "compact-2level",
      "--case-prefix",
      "LX",
    ]);
    expect(compact.stderr).toBe("");
    expect(compact.code).toBe(0);
    expect(JSON.parse(compact.stdout)).toMatchObject({ slug: "lixin", divisionCode: "341623" });
    expect(again.stderr).toContain("--slug: Already taken.");
  });

  it("creates a user with the password from stdin; refuses an empty stdin or a wrong scope", async () => {
    const args = [
      "user",
      "create",
      "--tenant",
      "fuyang",
      "--username",
      "li.na",
      "--display-name",
      "李娜",
      "--roles",
      "regionStaff",
    ];
    const noScope = await cli(args, `${USER_PASSWORD}\n`);
    expect(noScope.code).toBe(1);
    expect(noScope.stderr).toContain("--scope regionId: Role regionStaff requires scope.regionId.");

    // A scope must name a region of the county: none exists yet.
    const withScope = [...args, "--scope", `regionId=${REGION}`];
    const unknownRegion = await cli(withScope, `${USER_PASSWORD}\n`);
    expect(unknownRegion.code).toBe(1);
    expect(unknownRegion.stderr).toContain(`--scope regionId: No region '${REGION}' in this county`);
    const opened = await openDatabase(loadDatabaseConfig(env), "test");
    try {
      await withTenant(opened.handle.db, tenantId, (tx) =>
        tx
          .insert(regions)
          .values({ tenantId, id: REGION, kind: "street", name: "颍州街道", path: `${REGION}/` }),
      );
    } finally {
      await opened.handle.close();
    }

    const empty = await cli(withScope, "");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("No password on stdin.");
    const short = await cli(withScope, "short\n");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("password (stdin): At least 10 characters.");

    const created = await cli(withScope, `${USER_PASSWORD}\nignored second line\n`);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      username: "li.na",
      displayName: "李娜",
      roles: ["regionStaff"],
      scope: { regionId: REGION },
    });

    const missing = await cli(
      [
        "user",
        "create",
        "--tenant",
        "nowhere",
        "--username",
        "x1",
        "--display-name",
        "X",
        "--roles",
        "countyAdmin",
      ],
      `${USER_PASSWORD}\n`,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No tenant with slug 'nowhere'.");
  });

  let key: string;
  it("creates an API key and prints it once", async () => {
    const created = await cli([
      "apikey",
      "create",
      "--tenant",
      "fuyang",
      "--name",
      "12345 热线",
      "--roles",
      "countyAdmin",
    ]);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain("it is not shown again");
    const body = JSON.parse(created.stdout);
    expect(body).toMatchObject({ name: "12345 热线", roles: ["countyAdmin"], scope: null });
    key = body.key;
    expect(key).toMatch(/^key_[0-9A-Z]{26}\./);
  });

  it("installs the preset assessment templates a county lacks, and keeps those it has", async () => {
    // 利辛县 started on the two-level preset, which ships the company template only.
    const first = await cli(["templates", "install", "--tenant", "lixin", "--preset", "anhui-3338"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      preset: "anhui-3338",
      installed: ["township", "townshipSecretary", "communitySecretary"],
      kept: ["company"],
    });
    const again = await cli(["templates", "install", "--tenant", "lixin", "--preset", "anhui-3338"]);
    expect(JSON.parse(again.stdout)).toEqual({
      preset: "anhui-3338",
      installed: [],
      kept: ["company", "township", "townshipSecretary", "communitySecretary"],
    });
    const opened = await openDatabase(loadDatabaseConfig(env), "test");
    try {
      // As the connecting superuser (the test's own database), across tenants.
      const rows = await opened.handle.db
        .select({
          code: assessmentTemplates.code,
          version: assessmentTemplates.version,
          note: assessmentTemplates.note,
        })
        .from(assessmentTemplates)
        .innerJoin(tenants, eq(tenants.id, assessmentTemplates.tenantId))
        .where(eq(tenants.slug, "lixin"))
        .orderBy(assessmentTemplates.code);
      expect(rows.map((r) => [r.code, r.version, r.note])).toEqual([
        ["communitySecretary", 1, "preset anhui-3338"],
        ["company", 1, null],
        ["township", 1, "preset anhui-3338"],
        ["townshipSecretary", 1, "preset anhui-3338"],
      ]);
    } finally {
      await opened.handle.close();
    }
    const bad = await cli(["templates", "install", "--tenant", "lixin", "--preset", "mars-9999"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--preset:");
    const nowhere = await cli(["templates", "install", "--tenant", "nowhere"]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("No tenant with slug 'nowhere'.");
    const help = await runCli(["templates", "install", "--help"], env);
    expect(help.stdout).toContain("propgov templates install --tenant <slug>");
  });

  describe("what the CLI wrote, seen by the app", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await openDatabase(loadDatabaseConfig(env), "test");
    });
    afterAll(() => opened?.handle.close());

    it("authenticates the printed API key on GET /v1/auth/me", async () => {
      const app = createApp({ db: opened.handle, passwordHasher: nodeScryptHasher() });
      const res = await app.request("/v1/auth/me", { headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        displayName: "12345 热线",
        roles: ["countyAdmin"],
        tenant: { id: tenantId, slug: "fuyang", name: "阜阳市" },
      });
    });

    it("signs in the user with the password given on stdin", async () => {
      const app = createApp({ db: opened.handle, passwordHasher: nodeScryptHasher() });
      const res = await app.request("/v1/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tenant: "fuyang", username: "li.na", password: USER_PASSWORD }),
      });
      expect(res.status).toBe(200);
    });

    // PGlite only: PostgreSQL serves any number of processes.
    if (driver === "pglite") {
      it("refuses to open a PGlite folder another process holds, and says why", async () => {
        const result = await cli(["migrate"]);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`is in use by process ${process.pid}`);
        expect(result.stderr).toContain("PGlite on disk cannot be opened by two processes at once");
      });
    }
  });
});
