import { AppError } from "@propgov/core";
import { rowsOf, type Tx, tenants, withPlatform } from "@propgov/db";
import { asc, eq, sql } from "drizzle-orm";
import type { ResolvedDeps } from "../../context.js";
import { withTenantDb } from "../shards.js";

/** One `case_rollups` row that differs from a recompute of the county's cases. */
export interface CaseRollupMismatch {
  communityId: string;
  day: string;
  category: string;
  kind: string;
  /** received, cancelled, fc_due, fc_met, res_due, res_met, rated, satisfied; null: no stored row. */
  stored: number[] | null;
  /** The same from the cases; null: the row should not exist (or be all zeros). */
  expected: number[] | null;
}

export interface CaseRollupsCheck {
  tenant: { id: string; slug: string };
  mismatches: number;
  /** The first `limit` mismatching rows, by day. */
  rows: CaseRollupMismatch[];
}

export interface CaseRollupsRepair extends CaseRollupsCheck {
  /** Rows the county's rollups hold after the rebuild (zero rows left out). */
  rowsWritten: number;
}

/** The order of the counters in `stored` and `expected`. */
export const CASE_ROLLUP_MEASURES = [
  "received",
  "cancelled",
  "fc_due",
  "fc_met",
  "res_due",
  "res_met",
  "rated",
  "satisfied",
] as const;

/** The counties to check: the one with this slug (disabled ones too), else every county. */
async function countiesOf(deps: ResolvedDeps, slug: string | undefined) {
  const rows = await withPlatform(deps.db.db, (tx) =>
    tx
      .select({ id: tenants.id, slug: tenants.slug })
      .from(tenants)
      .where(slug === undefined ? undefined : eq(tenants.slug, slug))
      .orderBy(asc(tenants.slug)),
  );
  if (slug !== undefined && rows.length === 0) {
    throw new AppError("not_found", `No tenant with slug '${slug}'.`, {
      errors: [{ path: "body.tenant", message: "Not found." }],
    });
  }
  return rows;
}

type DiffRow = {
  community_id: string;
  day: string;
  category: string;
  kind: string;
  stored: number[] | null;
  expected: number[] | null;
};

/** The mismatches of one county, in one statement (one snapshot). */
async function diffOf(tx: Tx, tenantId: string, limit: number) {
  const rows = rowsOf<DiffRow & { total: number }>(
    await tx.execute(sql`select d.community_id, d.day::text as day, d.category, d.kind, d.stored, d.expected,
        count(*) over ()::int as total
      from propgov_case_rollups_diff(${tenantId}) d
      order by d.day, d.community_id, d.category, d.kind`),
  );
  return {
    mismatches: Number(rows[0]?.total ?? 0),
    rows: rows.slice(0, limit).map((r) => ({
      communityId: r.community_id,
      day: r.day,
      category: r.category,
      kind: r.kind,
      stored: r.stored?.map(Number) ?? null,
      expected: r.expected?.map(Number) ?? null,
    })),
  };
}

/**
 * Compares each county's `case_rollups` with a recompute from its cases (`propgov rollups
 * verify`). Read-only; each county in its own transaction under its row-level security.
 */
export async function verifyCaseRollups(
  deps: ResolvedDeps,
  input: { slug?: string | undefined; limit?: number } = {},
): Promise<CaseRollupsCheck[]> {
  const out: CaseRollupsCheck[] = [];
  for (const tenant of await countiesOf(deps, input.slug)) {
    const diff = await withTenantDb(deps, tenant.id, (tx) => diffOf(tx, tenant.id, input.limit ?? 20));
    out.push({ tenant, ...diff });
  }
  return out;
}

/**
 * Replaces each county's `case_rollups` by a recompute from its cases (`propgov rollups
 * rebuild`), reporting the rows that differed before. Safe while the server runs: the rollups
 * table is locked (SHARE ROW EXCLUSIVE) for each county's rebuild, so a concurrent case change
 * either commits before the recompute reads the cases or applies its trigger's delta after it.
 * Case writes of every county wait for that time (a fraction of a second per 100k cases).
 */
export async function rebuildCaseRollups(
  deps: ResolvedDeps,
  input: { slug?: string | undefined; limit?: number } = {},
): Promise<CaseRollupsRepair[]> {
  const out: CaseRollupsRepair[] = [];
  for (const tenant of await countiesOf(deps, input.slug)) {
    const repaired = await withTenantDb(deps, tenant.id, async (tx) => {
      await tx.execute(sql`lock table case_rollups in share row exclusive mode`);
      const diff = await diffOf(tx, tenant.id, input.limit ?? 20);
      const [written] = rowsOf<{ n: number }>(
        await tx.execute(sql`select propgov_case_rollups_rebuild(${tenant.id}) as n`),
      );
      return { ...diff, rowsWritten: Number(written?.n ?? 0) };
    });
    out.push({ tenant, ...repaired });
  }
  return out;
}
