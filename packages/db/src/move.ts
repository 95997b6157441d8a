import { eq, type SQL, sql } from "drizzle-orm";
import {
  type Database,
  type DbHandle,
  rowsOf,
  setRlsContext,
  type Tx,
  withPlatform,
  withTenant,
} from "./client.js";
import { tenants } from "./schema/tenants.js";
import { DEFAULT_SHARD, type ShardRouter, tenantLockSql, tenantPlacement } from "./shards.js";

/** One table's rows of the county, as both sides counted them. */
export interface MovedTable {
  table: string;
  rows: number;
  /** md5 of the rows' text, ordered by primary key (the same on both sides, or the move failed). */
  checksum: string;
}

export interface MoveReport {
  tenantId: string;
  from: string;
  to: string;
  tables: MovedTable[];
}

export interface MoveOptions {
  /** Progress lines for the operator. */
  log?: (line: string) => void;
}

/** A move that did not happen; the source shard is still the county's, the target holds nothing of it. */
export class MoveError extends Error {
  override readonly name = "MoveError";
}

/**
 * Tables written by a trigger of another table (the case rollups, by `cases`): copied last, after
 * the rows the trigger wrote on the target are cleared, so the target holds the source's rows.
 */
const DERIVED = ["case_rollups"];

/** Settings that fix how a row is spelled as text, so both clusters spell it alike for the checksum. */
const TEXT_SETTINGS = sql`select set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
  set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '3', true),
  set_config('bytea_output', 'hex', true)`;

interface TableInfo {
  name: string;
  columns: string[];
  key: string[];
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);
const list = (names: string[]) => sql.raw(names.map((n) => `"${n.replaceAll('"', '""')}"`).join(", "));

/**
 * The county's tables from the catalog: `tenants` and every table with a `tenant_id` column, in
 * foreign-key order (a table after the tables it references; references to itself are checked at
 * the end of each one-statement copy). A cycle between tables is refused.
 */
async function tenantTables(tx: Tx): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string; columns: string[]; key: string[] }>(
    await tx.execute(sql`
      select c.relname::text as name,
        array(select a.attname::text from pg_attribute a
               where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
               order by a.attnum) as columns,
        array(select a.attname::text from pg_index i
                join lateral unnest(i.indkey) with ordinality k(attnum, n) on true
                join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
               where i.indrelid = c.oid and i.indisprimary order by k.n) as key
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r'
         and (c.relname = 'tenants' or exists (select 1 from pg_attribute a where a.attrelid = c.oid
               and a.attname = 'tenant_id' and not a.attisdropped))
       order by c.relname`),
  );
  const edges = rowsOf<{ child: string; parent: string }>(
    await tx.execute(sql`
      select distinct c.relname::text as child, p.relname::text as parent
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
       where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`),
  );
  // A table without a primary key is ordered by all its columns (for the checksum).
  for (const t of tables) if (t.key.length === 0) t.key = t.columns;
  const names = new Set(tables.map((t) => t.name));
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const e of edges) if (names.has(e.child) && names.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  let pending = tables.filter((t) => !DERIVED.includes(t.name));
  while (pending.length > 0) {
    const ready = pending.filter((t) =>
      [...(parents.get(t.name) ?? [])].every((p) => done.has(p) || DERIVED.includes(p)),
    );
    if (ready.length === 0)
      throw new MoveError(`Foreign keys form a cycle among: ${pending.map((t) => t.name).join(", ")}.`);
    for (const t of ready) {
      ordered.push(t);
      done.add(t.name);
    }
    pending = pending.filter((t) => !done.has(t.name));
  }
  return [...ordered, ...tables.filter((t) => DERIVED.includes(t.name))];
}

const whereCounty = (table: TableInfo, tenantId: string): SQL =>
  table.name === "tenants" ? sql`id = ${tenantId}` : sql`tenant_id = ${tenantId}`;

async function rowsJson(tx: Tx, table: TableInfo, tenantId: string): Promise<string> {
  const [row] = rowsOf<{ rows: string }>(
    await tx.execute(
      sql`select coalesce(json_agg(t order by ${list(table.key)}), '[]'::json)::text as rows from (select ${list(table.columns)} from ${ident(table.name)} where ${whereCounty(table, tenantId)}) t`,
    ),
  );
  return row?.rows ?? "[]";
}

async function measure(tx: Tx, table: TableInfo, tenantId: string): Promise<MovedTable> {
  const [row] = rowsOf<{ rows: number; checksum: string }>(
    await tx.execute(
      sql`select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by ${list(table.key)}), '')) as checksum from (select ${list(table.columns)} from ${ident(table.name)} where ${whereCounty(table, tenantId)}) t`,
    ),
  );
  return { table: table.name, rows: row?.rows ?? 0, checksum: row?.checksum ?? "" };
}

/**
 * Deletes every row of the county from one database, its append-only history included: as the
 * schema owner, in the caller's transaction, with the tables' user triggers off and row security
 * not forced on the owner for its length (what `propgov_delete_demo_tenant` does for a demo
 * county; the tables are locked meanwhile). `keepTenantRow` keeps the `tenants` row (the
 * directory's own entry).
 */
async function deleteCounty(tx: Tx, tables: TableInfo[], tenantId: string, keepTenantRow: boolean) {
  await tx.execute(sql`select set_config('role', 'none', true)`);
  const forced = rowsOf<{ name: string }>(
    await tx.execute(sql`select relname::text as name from pg_class
      where relnamespace = 'public'::regnamespace and relforcerowsecurity
        and relname = any(${sql.raw(`array[${tables.map((t) => `'${t.name}'`).join(",")}]`)})`),
  ).map((r) => r.name);
  for (const t of tables) await tx.execute(sql`alter table ${ident(t.name)} disable trigger user`);
  for (const name of forced) await tx.execute(sql`alter table ${ident(name)} no force row level security`);
  for (const t of [...tables].reverse()) {
    if (t.name === "tenants" && keepTenantRow) continue;
    await tx.execute(sql`delete from ${ident(t.name)} where ${whereCounty(t, tenantId)}`);
  }
  for (const t of tables) await tx.execute(sql`alter table ${ident(t.name)} enable trigger user`);
  for (const name of forced) await tx.execute(sql`alter table ${ident(name)} force row level security`);
}

/** The first table whose count or checksum differs between the sides (the tenant row aside: the copy names its shard). */
function compare(expected: MovedTable[], actual: MovedTable[]): MovedTable | undefined {
  const byTable = new Map(actual.map((t) => [t.table, t]));
  return expected
    .filter((t) => t.table !== "tenants")
    .find((t) => t.rows !== byTable.get(t.table)?.rows || t.checksum !== byTable.get(t.table)?.checksum);
}

/**
 * Moves a county's rows from its shard to shard `to`, for `propgov tenant move`. Run as the
 * schema owner of every shard (it deletes append-only history), with the servers configured with
 * the same shards:
 *
 * 1. the directory marks the county moving (`moving_to`): its requests answer 503 Retry-After;
 * 2. on the source, a transaction takes the county's lock exclusively, which waits for the
 *    request transactions in flight (each holds it shared) and holds late ones back;
 * 3. the rows of every tenant table are copied to the target in one transaction, in foreign-key
 *    order; per table, the row count and an md5 of the rows ordered by key must be equal on both
 *    sides before it commits;
 * 4. the directory switches the county to `to` and clears the mark;
 * 5. the source transaction deletes the old rows and commits, releasing the lock: a request that
 *    waited finds the county gone from that shard and answers 503, and its retry goes to `to`.
 *
 * A failure before 4 rolls the target back (or deletes what it committed), clears the mark, and
 * leaves the source as it was and authoritative. A failure in 5 leaves the old rows on the
 * source, unused (the directory already names `to`); moving the county back there clears them.
 */
export async function moveTenant(
  router: ShardRouter,
  tenantId: string,
  to: string,
  options: MoveOptions = {},
): Promise<MoveReport> {
  const log = options.log ?? (() => {});
  const placement = await tenantPlacement(router, tenantId);
  if (!placement) throw new MoveError(`No tenant with id '${tenantId}'.`);
  const from = placement.shard;
  const source = router.shard(from);
  const target = router.shard(to);
  if (!target)
    throw new MoveError(`There is no shard named '${to}'; configured: ${router.names().join(", ")}.`);
  if (!source) throw new MoveError(`The county is on shard '${from}', which is not configured here.`);
  if (from === to) throw new MoveError(`The county is on shard '${to}' already.`);
  const directory = router.directory.db;
  const mark = (movingTo: string | null) =>
    withPlatform(directory, (tx) => tx.update(tenants).set({ movingTo }).where(eq(tenants.id, tenantId)));

  await mark(to);
  log(`marked moving to '${to}': the county's requests answer 503 until the move ends`);
  let switched = false;
  let copiedToTarget = false;
  try {
    return await source.db.transaction(async (raw): Promise<MoveReport> => {
      const src = raw as Tx;
      await src.execute(sql`select pg_advisory_xact_lock(${tenantLockSql(tenantId)})`);
      log(`source '${from}': the county's transactions in flight have ended`);
      await src.execute(TEXT_SETTINGS);
      const tables = await tenantTables(src);
      await setRlsContext(src, { role: true, tenantId });
      const copied: { table: TableInfo; json: string }[] = [];
      const expected: MovedTable[] = [];
      for (const table of tables) {
        copied.push({ table, json: await rowsJson(src, table, tenantId) });
        expected.push(await measure(src, table, tenantId));
      }
      if (expected[tables.findIndex((t) => t.name === "tenants")]?.rows !== 1) {
        throw new MoveError(`Shard '${from}' does not hold the county's tenant row.`);
      }

      // Leftovers of an interrupted earlier move (the directory has not named this shard since).
      if (await holdsCounty(target.db, tables, tenantId)) await cleanTarget(router, target, tenantId);
      await target.db.transaction(async (rawTarget) => {
        const dst = rawTarget as Tx;
        await dst.execute(TEXT_SETTINGS);
        await setRlsContext(dst, { role: true, tenantId, platform: true });
        for (const { table, json } of copied) {
          if (table.name === "tenants") {
            if (target === router.directory) continue; // the directory's own entry
            await dst.execute(
              sql`insert into tenants (${list(table.columns)}) select ${list(table.columns)} from json_populate_recordset(null::tenants, ${json}::json)`,
            );
            await dst.execute(sql`update tenants set shard = ${to}, moving_to = null where id = ${tenantId}`);
            continue;
          }
          if (DERIVED.includes(table.name))
            await dst.execute(sql`delete from ${ident(table.name)} where tenant_id = ${tenantId}`);
          await dst.execute(
            sql`insert into ${ident(table.name)} (${list(table.columns)}) select ${list(table.columns)} from json_populate_recordset(null::${ident(table.name)}, ${json}::json)`,
          );
        }
        const actual: MovedTable[] = [];
        for (const table of tables) actual.push(await measure(dst, table, tenantId));
        const differs = compare(expected, actual);
        if (differs) {
          const other = actual.find((t) => t.table === differs.table);
          throw new MoveError(
            `Verification failed for ${differs.table}: ${differs.rows} rows (${differs.checksum}) on '${from}', ${other?.rows} (${other?.checksum}) on '${to}'.`,
          );
        }
        log(`target '${to}': ${tables.length} tables copied; counts and checksums agree`);
      });
      copiedToTarget = true;

      await withPlatform(directory, (tx) =>
        tx
          .update(tenants)
          .set({ shard: to === DEFAULT_SHARD ? null : to, movingTo: null })
          .where(eq(tenants.id, tenantId)),
      );
      switched = true;
      log(`directory: the county is on '${to}'`);
      await deleteCounty(src, tables, tenantId, source === router.directory);
      log(`source '${from}': the old rows are deleted`);
      return { tenantId, from, to, tables: expected };
    });
  } catch (error) {
    if (!switched) {
      const cleanup = copiedToTarget ? cleanTarget(router, target, tenantId) : Promise.resolve();
      await cleanup.catch((e: unknown) => log(`target '${to}': cleaning up failed: ${(e as Error).message}`));
      await mark(null);
      log(`move failed; the county stays on '${from}'`);
      throw error instanceof MoveError ? error : new MoveError(`Move failed: ${(error as Error).message}`);
    }
    throw new MoveError(
      `The county now is on '${to}', but deleting its old rows on '${from}' failed (${(error as Error).message}); they are unused. Moving it back to '${from}' clears them.`,
    );
  }
}

/** Whether a database holds any row of the county in its tenant tables (the tenant row aside). */
async function holdsCounty(db: Database, tables: TableInfo[], tenantId: string): Promise<boolean> {
  const probes = tables
    .filter((t) => t.name !== "tenants")
    .map((t) => sql`select 1 from ${ident(t.name)} where tenant_id = ${tenantId}`);
  const rows = await withTenant(db, tenantId, async (tx) =>
    rowsOf<{ any: boolean }>(
      await tx.execute(sql`select exists (${sql.join(probes, sql` union all `)}) as any`),
    ),
  );
  return rows[0]?.any === true;
}

/** Deletes what a failed move may have committed on the target (nothing, when its transaction rolled back). */
async function cleanTarget(router: ShardRouter, target: DbHandle, tenantId: string) {
  await target.db.transaction(async (raw) => {
    const tx = raw as Tx;
    const tables = await tenantTables(tx);
    await deleteCounty(tx, tables, tenantId, target === router.directory);
  });
}
