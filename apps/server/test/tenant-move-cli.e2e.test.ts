import { openPostgres } from "@propgov/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, runCli, throwawayPostgres } from "./helpers.js";
import { postgresBinaries, startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

/**
 * `propgov migrate`, `tenant create --shard` and `tenant move` (the built CLI) with
 * PROPGOV_SHARDS: the directory is a database of the shared server, the shard `east` a second
 * cluster this suite starts. PostgreSQL only; under CI a second cluster that cannot start fails.
 */
const bin = process.env.DATABASE_URL ? postgresBinaries() : undefined;

describe.skipIf(!bin)("propgov tenant move", () => {
  let directory: { url: string; drop(): Promise<void> };
  let east: ThrowawayPostgres;
  let env: NodeJS.ProcessEnv;
  const cli = (args: string[]) => runCli(args, env);

  const countOn = async (url: string, table: string, tenantId: string) => {
    const db = openPostgres(url, { max: 1 });
    try {
      const [row] = await db.client.unsafe(`select count(*)::int as n from "${table}" where tenant_id = $1`, [
        tenantId,
      ]);
      return row?.n as number;
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    directory = await throwawayPostgres();
    east = await startThrowawayPostgres(bin as string);
    env = childEnv({ DATABASE_URL: directory.url, PROPGOV_SHARDS: `east=${east.url}` });
    const migrated = await cli(["migrate"]);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(JSON.parse(migrated.stdout).applied).toContain("east: 0047_tenant_shards");
  }, 180_000);

  afterAll(async () => {
    await east?.remove();
    await directory?.drop();
  });

  it("creates a county on a shard, moves another there, and refuses an unknown shard", async () => {
    const onEast = await cli([
      "tenant",
      "create",
      "--slug",
      "lixin",
      "--name",
      "利辛县",
      "--division-code",
      "341623",
      "--shard",
      "east",
    ]);
    expect(onEast.code, onEast.stderr).toBe(0);
    const lixin = JSON.parse(onEast.stdout);
    expect(lixin.shard).toBe("east");
    expect(await countOn(east.url, "mechanism_versions", lixin.id)).toBe(1);
    expect(await countOn(directory.url, "mechanism_versions", lixin.id)).toBe(0);

    const created = await cli([
      "tenant",
      "create",
      "--slug",
      "fuyang",
      "--name",
      "阜阳",
      "--division-code",
      "341200",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const fuyang = JSON.parse(created.stdout);
    expect(fuyang.shard).toBe("default");
    const templates = await countOn(directory.url, "assessment_templates", fuyang.id);
    expect(templates).toBeGreaterThan(0);

    const moved = await cli(["tenant", "move", "fuyang", "--to", "east"]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toContain("counts and checksums agree");
    const report = JSON.parse(moved.stdout);
    expect(report).toMatchObject({ tenantId: fuyang.id, from: "default", to: "east" });
    const row = report.tables.find((t: { table: string }) => t.table === "assessment_templates");
    expect(row).toMatchObject({ rows: templates, checksum: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(await countOn(east.url, "assessment_templates", fuyang.id)).toBe(templates);
    expect(await countOn(directory.url, "assessment_templates", fuyang.id)).toBe(0);

    const unknown = await cli(["tenant", "move", "fuyang", "--to", "west"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no shard named 'west'");
    const badShard = await cli([
      "tenant",
      "create",
      "--slug",
      "taihe",
      "--name",
      "太和",
      "--division-code",
      "341222",
      "--shard",
      "west",
    ]);
    expect(badShard.code).toBe(1);
    expect(badShard.stderr).toContain("west");
  });
});
