import { AppError, readTenantSettings } from "@propgov/core";
import {
  type DbHandle,
  DEFAULT_SHARD,
  enterShard,
  type RlsContext,
  type Tx,
  tenantPlacement,
  tenants,
  withContext,
  withoutTenant,
  withPlatform,
} from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { ResolvedDeps } from "../context.js";
import { tenantRefColumns } from "./tenant-ref.js";

/** Seconds a client waits before retrying a county that is moving between shards. */
export const MOVING_RETRY_SECONDS = 30;

export const movingError = (slugOrId: string) =>
  new AppError("unavailable", `County '${slugOrId}' is moving to another database; try again shortly.`, {
    retryAfter: MOVING_RETRY_SECONDS,
    extensions: { reason: "tenant_moving" },
  });

/**
 * The shard a county's transactions go to, by the directory: 503 while it moves, null when the
 * directory does not know it.
 */
export async function shardOf(
  deps: ResolvedDeps,
  tenantId: string,
): Promise<{ name: string; handle: DbHandle } | null> {
  const placement = await tenantPlacement(deps.shards, tenantId);
  if (!placement) return null;
  if (placement.movingTo) throw movingError(tenantId);
  const handle = deps.shards.shard(placement.shard);
  if (!handle)
    throw new Error(`tenant ${tenantId} is on shard '${placement.shard}', which is not configured`);
  return { name: placement.shard, handle };
}

/**
 * Runs `fn` in one transaction on the county's shard as the application role with `context`
 * (the tenant set): `withTenant` / `withContext` for code that is not inside a request. With one
 * database this is exactly `withContext` on it.
 */
export async function withTenantContext<T>(
  deps: ResolvedDeps,
  tenantId: string,
  context: RlsContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!tenantId) throw new Error("withTenantContext needs a tenant id");
  if (deps.shards.single) return withContext(deps.db.db, { tenantId, ...context }, fn);
  const shard = await shardOf(deps, tenantId);
  if (!shard) throw new AppError("not_found", "Tenant was not found.");
  return shard.handle.db.transaction(async (raw) => {
    const tx = raw as Tx;
    if (!(await enterShard(tx, shard.name, tenantId, { tenantId, ...context }))) throw movingError(tenantId);
    return fn(tx);
  });
}

/** `withTenant(db, tenantId, fn)` on the county's shard. */
export function withTenantDb<T>(
  deps: ResolvedDeps,
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withTenantContext(deps, tenantId, {}, fn);
}

/**
 * On several shards, a tenant request first asks the directory where the county is, by its
 * slug (one indexed read; not cached, so that a move by another process is seen at once): 404
 * when unknown or disabled, 503 while it moves.
 */
export async function placeBySlug(deps: ResolvedDeps, slug: string) {
  const [row] = await withoutTenant(deps.db.db, (tx) =>
    tx
      .select({
        ...tenantRefColumns,
        settings: tenants.settings,
        shard: tenants.shard,
        movingTo: tenants.movingTo,
      })
      .from(tenants)
      .where(and(eq(tenants.slug, slug), isNull(tenants.archivedAt))),
  );
  if (!row) throw new AppError("not_found", `Tenant '${slug}' was not found.`);
  if (row.movingTo) throw movingError(slug);
  const name = row.shard ?? DEFAULT_SHARD;
  const handle = deps.shards.shard(name);
  if (!handle) throw new Error(`tenant ${row.id} is on shard '${name}', which is not configured`);
  const { settings, shard: _shard, movingTo: _moving, ...tenant } = row;
  return { name, handle, tenant: { ...tenant, settings: readTenantSettings(settings) } };
}

/**
 * Runs `fn` in the platform realm on the shard of a county whose directory row `row` is, for
 * writes that belong with the county's rows (its audit trail, the shard's copy of its tenant
 * row): in `directoryTx` itself when the county is on the directory's database.
 */
export function onCountyShard<T>(
  deps: ResolvedDeps,
  row: { id: string; shard: string | null },
  directoryTx: Tx,
  fn: (tx: Tx, copy: boolean) => Promise<T>,
): Promise<T> {
  const handle = deps.shards.shard(row.shard);
  if (!handle) throw new Error(`tenant ${row.id} is on shard '${row.shard}', which is not configured`);
  if (handle === deps.db) return fn(directoryTx, false);
  return withPlatform(handle.db, (tx) => fn(tx, true));
}

/**
 * After a change of a county's tenant row in its shard's transaction (its settings), the same
 * change in the directory's row, which requests read first; nothing when the shard is the
 * directory's own database (the row is one).
 */
export async function mirrorToDirectory(
  deps: ResolvedDeps,
  tenantId: string,
  set: Partial<typeof tenants.$inferInsert>,
): Promise<void> {
  if (deps.shards.single) return;
  const placement = await tenantPlacement(deps.shards, tenantId);
  if (!placement || placement.shard === DEFAULT_SHARD) return;
  await withPlatform(deps.db.db, (tx) => tx.update(tenants).set(set).where(eq(tenants.id, tenantId)));
}
