import { eq, sql } from "drizzle-orm";
import { type DbHandle, type RlsContext, rowsOf, setRlsContext, type Tx, withoutTenant } from "./client.js";
import { tenants } from "./schema/tenants.js";

/** The name of the directory's own database as a shard (`tenants.shard` null). */
export const DEFAULT_SHARD = "default";

/**
 * Where counties' rows live. The directory database holds the platform realm and the `tenants`
 * directory (which county is on which shard); it is also the shard named `default`. Every shard
 * has the whole schema (migrations run on each) and a copy of the `tenants` row of each county
 * it holds, which its foreign keys reference.
 */
export interface ShardRouter {
  readonly directory: DbHandle;
  /** True when the directory is the only database: nothing is routed, nothing is looked up. */
  readonly single: boolean;
  /** The shard names, `default` first. */
  names(): string[];
  /** The shard with this name (null or `default`: the directory), or undefined when unknown. */
  shard(name: string | null | undefined): DbHandle | undefined;
}

/** One database for everything: the default, at no cost. */
export function singleDatabase(directory: DbHandle): ShardRouter {
  return shardRouter(directory, {});
}

/** The directory plus named shards (their handles opened by the caller, which closes them). */
export function shardRouter(directory: DbHandle, shards: Record<string, DbHandle>): ShardRouter {
  const byName = new Map<string, DbHandle>([[DEFAULT_SHARD, directory], ...Object.entries(shards)]);
  return {
    directory,
    single: byName.size === 1,
    names: () => [...byName.keys()],
    shard: (name) => byName.get(name ?? DEFAULT_SHARD),
  };
}

/**
 * Parses `PROPGOV_SHARDS`: `name=postgres://…,name=postgres://…`. Names are lower-case letters,
 * digits and hyphens; `default` is the directory itself and may not be given.
 */
export function parseShards(value: string | undefined): { name: string; url: string }[] {
  if (!value?.trim()) return [];
  const seen = new Set<string>();
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      const name = at > 0 ? part.slice(0, at).trim() : "";
      const url = part.slice(at + 1).trim();
      if (!/^[a-z0-9-]{1,40}$/.test(name) || name === DEFAULT_SHARD) {
        throw new Error(
          `PROPGOV_SHARDS: '${name || part}' is not a shard name (a-z, 0-9, -; not 'default').`,
        );
      }
      if (!/^postgres(ql)?:\/\//.test(url))
        throw new Error(`PROPGOV_SHARDS: shard '${name}' needs a postgres:// URL.`);
      if (seen.has(name)) throw new Error(`PROPGOV_SHARDS: shard '${name}' is given twice.`);
      seen.add(name);
      return { name, url };
    });
}

/** Where the directory places a county: its shard's name, and the shard it is moving to, if any. */
export interface TenantPlacement {
  shard: string;
  movingTo: string | null;
}

/** The directory's entry of a tenant (by id), or null when there is none. */
export async function tenantPlacement(
  router: ShardRouter,
  tenantId: string,
): Promise<TenantPlacement | null> {
  const [row] = await withoutTenant(router.directory.db, (tx) =>
    tx
      .select({ shard: tenants.shard, movingTo: tenants.movingTo })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
  );
  return row ? { shard: row.shard ?? DEFAULT_SHARD, movingTo: row.movingTo } : null;
}

/**
 * The advisory lock that keeps a county's rows where they are: every request transaction of a
 * routed county holds it shared on its shard, and `tenant move` takes it exclusively on the
 * source, which waits for the transactions in flight and holds late ones until the move is done.
 */
export const tenantLockSql = (tenantId: string) => sql`hashtext(${`propgov.tenant:${tenantId}`})`;

/**
 * Inside a transaction on shard `shard`: enters the application role with `context`, takes the
 * county's lock shared, and tells whether the county is (still) on this shard, by the shard's own
 * `tenants` row (a shard's copy names its shard; the directory's row names where the county is):
 * false when a move has taken it away meanwhile (the caller answers "retry").
 */
export async function enterShard(
  tx: Tx,
  shard: string,
  tenantId: string,
  context: RlsContext,
): Promise<boolean> {
  await setRlsContext(tx, { ...context, role: true });
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${tenantLockSql(tenantId)})`);
  // A statement of its own: its snapshot is taken after the lock is granted, so it sees a move
  // that finished while this transaction waited.
  const rows = rowsOf<{ here: boolean }>(
    await tx.execute(
      sql`select exists (select 1 from tenants where id = ${tenantId} and coalesce(shard, ${DEFAULT_SHARD}) = ${shard}) as here`,
    ),
  );
  return rows[0]?.here === true;
}
