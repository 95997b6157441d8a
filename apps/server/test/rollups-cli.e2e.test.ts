import { newId, newTrackingCode } from "@propgov/core";
import { cases, compounds, regions, rowsOf, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatabaseConfig } from "../src/config.js";
import { openDatabase } from "../src/database.js";
import { cliDatabase, runCli } from "./helpers.js";

const HOUR = 3_600_000;

/**
 * `propgov rollups verify` and `propgov rollups rebuild` (the built CLI) on a database whose
 * rollups are corrupted behind the trigger's back.
 */
describe.each(testDrivers())("propgov rollups on %s", (driver) => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  const cli = (args: string[]) => runCli(args, env);
  const ids: Record<string, string> = {};

  /** Runs `fn` on the database, in this process, as a tenant (the CLI is not running). */
  async function onDatabase<T>(tenantId: string, fn: Parameters<typeof withTenant<T>>[2]): Promise<T> {
    const opened = await openDatabase(loadDatabaseConfig(env), "test");
    try {
      return await withTenant(opened.handle.db, tenantId, fn);
    } finally {
      await opened.handle.close();
    }
  }

  beforeAll(async () => {
    ({ env, cleanup } = await cliDatabase(driver, "propgov-rollups-"));
    expect((await cli(["migrate"])).code).toBe(0);
    for (const [slug, code] of [
      ["fuyang", "341200"],
      ["lixin", "341623"],
    ] as const) {
      const created = await cli([
        "tenant",
        "create",
        "--slug",
        slug,
        "--name",
        slug,
        "--division-code",
        code,
      ]);
      expect(created.stderr).toBe("");
      ids[slug] = JSON.parse(created.stdout).id;
    }
    // Three cases in 福阳 (one rated, one cancelled, one open), one in 利辛; the trigger writes the rollups.
    for (const [slug, statuses] of [
      ["fuyang", ["rated", "cancelled", "received"]],
      ["lixin", ["received"]],
    ] as const) {
      const tenantId = ids[slug] as string;
      await onDatabase(tenantId, async (tx) => {
        const community = newId("region");
        const compound = newId("compound");
        await tx
          .insert(regions)
          .values({ tenantId, id: community, kind: "community", name: "城南社区", path: `${community}/` });
        await tx.insert(compounds).values({
          tenantId,
          id: compound,
          name: "阳光花园",
          address: "人民路1号",
          communityId: community,
          buildings: 3,
          households: 120,
          serviceMode: "professional",
        });
        let n = 0;
        for (const status of statuses) {
          const receivedAt = new Date(`2026-10-0${++n}T10:00:00+08:00`);
          const rated = status === "rated";
          await tx.insert(cases).values({
            tenantId,
            id: newId("case"),
            number: `RB-2026-${String(n).padStart(6, "0")}`,
            trackingCode: newTrackingCode(),
            category: "serviceQuality",
            kind: "complaint",
            compoundId: compound,
            communityId: community,
            description: "测试诉求",
            reporterName: "张三",
            reporterPhone: "13812345678",
            channel: "hotline12345",
            status,
            receivedAt,
            roundStartedAt: receivedAt,
            firstContactDueAt: new Date(receivedAt.getTime() + 2 * HOUR),
            resolutionDueAt: new Date(receivedAt.getTime() + 120 * HOUR),
            contactedAt: rated ? new Date(receivedAt.getTime() + HOUR) : null,
            resolvedAt: rated ? new Date(receivedAt.getTime() + 24 * HOUR) : null,
            rating: rated ? "satisfied" : null,
            ratedAt: rated ? new Date(receivedAt.getTime() + 48 * HOUR) : null,
            cancelledAt: status === "cancelled" ? new Date(receivedAt.getTime() + HOUR) : null,
            cancelReason: status === "cancelled" ? "duplicate" : null,
          });
        }
      });
    }
  });
  afterAll(() => cleanup?.());

  it("lists both commands in the help", async () => {
    const help = await cli(["--help"]);
    expect(help.stdout).toContain("rollups verify");
    expect(help.stdout).toContain("rollups rebuild");
    const own = await cli(["rollups", "verify", "--help"]);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain("propgov rollups verify [--tenant <slug>] [--limit <n>]");
    expect(own.stdout).toContain("Exits 1 when any county's rollups differ");
  });

  it("verify: the rollups the trigger kept match a recompute (exit 0)", async () => {
    const result = await cli(["rollups", "verify"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.mismatches).toBe(0);
    expect(
      body.tenants.map((t: { tenant: { slug: string }; mismatches: number }) => [
        t.tenant.slug,
        t.mismatches,
      ]),
    ).toEqual([
      ["fuyang", 0],
      ["lixin", 0],
    ]);
  });

  it("verify reports corrupted rows and exits 1; rebuild repairs them; verify then exits 0", async () => {
    const fuyang = ids.fuyang as string;
    // Behind the trigger's back: one counter off, one row deleted, one row that should not exist.
    const removed = await onDatabase(fuyang, async (tx) => {
      await tx.execute(sql`update case_rollups set received = received + 5
        where tenant_id = ${fuyang} and day = '2026-10-01'`);
      const [gone] = rowsOf<{ day: string }>(
        await tx.execute(sql`delete from case_rollups where tenant_id = ${fuyang} and day = '2026-10-03'
          returning day::text as day`),
      );
      await tx.execute(sql`insert into case_rollups (tenant_id, community_id, day, category, kind, received)
        select tenant_id, community_id, '2027-01-01', category, kind, 1 from case_rollups
        where tenant_id = ${fuyang} and day = '2026-10-01'`);
      return gone?.day;
    });
    expect(removed).toBe("2026-10-03");

    const broken = await cli(["rollups", "verify"]);
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report.mismatches).toBe(3);
    const [fy, lx] = report.tenants;
    expect(lx).toMatchObject({ tenant: { slug: "lixin" }, mismatches: 0, rows: [] });
    expect(fy.mismatches).toBe(3);
    expect(fy.rows).toEqual([
      expect.objectContaining({
        day: "2026-10-01",
        stored: [6, 0, 1, 1, 0, 0, 0, 0],
        expected: [1, 0, 1, 1, 0, 0, 0, 0],
      }),
      expect.objectContaining({ day: "2026-10-03", stored: null, expected: [1, 0, 1, 0, 0, 0, 1, 1] }),
      expect.objectContaining({ day: "2027-01-01", stored: [1, 0, 0, 0, 0, 0, 0, 0], expected: null }),
    ]);
    // --tenant narrows to one county; --limit lists fewer rows but still counts them all.
    const one = await cli(["rollups", "verify", "--tenant", "fuyang", "--limit", "1"]);
    expect(one.code).toBe(1);
    const narrowed = JSON.parse(one.stdout);
    expect(narrowed.tenants).toHaveLength(1);
    expect(narrowed.tenants[0]).toMatchObject({ mismatches: 3 });
    expect(narrowed.tenants[0].rows).toHaveLength(1);
    const other = await cli(["rollups", "verify", "--tenant", "lixin"]);
    expect(other.code).toBe(0);

    const rebuilt = await cli(["rollups", "rebuild", "--tenant", "fuyang"]);
    expect(rebuilt.stderr).toBe("");
    expect(rebuilt.code).toBe(0);
    const changed = JSON.parse(rebuilt.stdout);
    expect(changed).toMatchObject({
      mismatches: 3,
      tenants: [{ tenant: { slug: "fuyang" }, mismatches: 3 }],
    });
    expect(changed.tenants[0].rows).toEqual(fy.rows);
    expect(changed.rowsWritten).toBe(changed.tenants[0].rowsWritten);
    expect(changed.rowsWritten).toBeGreaterThan(0);

    const healed = await cli(["rollups", "verify"]);
    expect(healed.code).toBe(0);
    expect(JSON.parse(healed.stdout).mismatches).toBe(0);
    // Repaired to what the trigger had written: October's three days, and nothing in 2027.
    const days = await onDatabase(fuyang, async (tx) =>
      rowsOf<{ day: string; received: number }>(
        await tx.execute(sql`select day::text as day, received from case_rollups
          where tenant_id = ${fuyang} and received > 0 order by day`),
      ),
    );
    expect(days.map((d) => [d.day, Number(d.received)])).toEqual([
      ["2026-10-01", 1],
      ["2026-10-02", 1],
      ["2026-10-03", 1],
    ]);

    // Rebuilding what is sound changes nothing.
    const again = await cli(["rollups", "rebuild"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).mismatches).toBe(0);
  });

  it("refuses a bad slug or limit, and names an unknown county", async () => {
    const bad = await cli(["rollups", "verify", "--tenant", "Fu Yang", "--limit", "many"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("--tenant:");
    expect(bad.stderr).toContain("--limit:");
    const missing = await cli(["rollups", "rebuild", "--tenant", "nowhere"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No tenant with slug 'nowhere'.");
  });
});
