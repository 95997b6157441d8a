import { sql } from "drizzle-orm";
import { type Database, rowsOf, type Tx } from "./client.js";

/** A key of a tenant table that would stop the table being distributed by `tenant_id`. */
export interface TenantKeyProblem {
  table: string;
  /** The index or constraint. */
  name: string;
  kind: "primary key" | "unique index" | "exclusion constraint" | "foreign key";
  problem: string;
}

/**
 * Reads the catalog of the current schema: every table with a `tenant_id` column is a tenant
 * table, whenever it was added. Its primary key, unique indexes (unique constraints included)
 * and exclusion constraints must contain `tenant_id`; each of its foreign keys must pair its
 * `tenant_id` with the referenced tenant table's `tenant_id`, or, to a platform table (one
 * without `tenant_id`, such as `tenants`), consist of `tenant_id` alone. A platform table may
 * not reference a tenant table. A foreign key that would set `tenant_id` to NULL or its default
 * counts too: Citus refuses SET NULL / SET DEFAULT on the distribution column. Empty when the
 * schema can be distributed by `tenant_id` with every tenant table co-located.
 */
export async function tenantKeyProblems(db: Database | Tx): Promise<TenantKeyProblem[]> {
  const indexes = rowsOf<TenantKeyProblem>(
    await db.execute(sql`
      with tenant_tables as (
        select c.oid, c.relname, a.attnum
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
      )
      select t.relname as "table", i.relname as name,
             case when x.indisprimary then 'primary key'
                  when x.indisexclusion then 'exclusion constraint'
                  else 'unique index' end as kind,
             'does not contain tenant_id' as problem
      from tenant_tables t
      join pg_index x on x.indrelid = t.oid
      join pg_class i on i.oid = x.indexrelid
      where (x.indisunique or x.indisexclusion) and not (t.attnum = any (x.indkey::int2[]))
      order by 1, 2`),
  );
  const foreignKeys = rowsOf<TenantKeyProblem>(
    await db.execute(sql`
      with fks as (
        select con.conname, con.conkey, con.confkey, con.confdeltype, con.confupdtype,
               src.relname as src_name, dst.relname as dst_name,
               (select a.attnum from pg_attribute a
                where a.attrelid = src.oid and a.attname = 'tenant_id' and not a.attisdropped) as src_tenant,
               (select a.attnum from pg_attribute a
                where a.attrelid = dst.oid and a.attname = 'tenant_id' and not a.attisdropped) as dst_tenant
        from pg_constraint con
        join pg_class src on src.oid = con.conrelid
        join pg_class dst on dst.oid = con.confrelid
        join pg_namespace n on n.oid = src.relnamespace
        where con.contype = 'f' and n.nspname = current_schema()
      )
      select src_name as "table", conname as name, 'foreign key' as kind,
             case
               when src_tenant is null then 'a platform table references the tenant table ' || dst_name
               when dst_tenant is null and conkey <> array[src_tenant] then
                 'references the platform table ' || dst_name || ' by a column other than tenant_id'
               when dst_tenant is not null and not exists (
                 select 1 from generate_subscripts(conkey, 1) k
                 where conkey[k] = src_tenant and confkey[k] = dst_tenant) then
                 'does not pair tenant_id with ' || dst_name || '.tenant_id'
               else 'sets tenant_id to NULL or its default when ' || dst_name || ' changes'
             end as problem
      from fks
      where (src_tenant is null and dst_tenant is not null)
         or (src_tenant is not null and dst_tenant is null and conkey <> array[src_tenant])
         or (src_tenant is not null and dst_tenant is not null and not exists (
               select 1 from generate_subscripts(conkey, 1) k
               where conkey[k] = src_tenant and confkey[k] = dst_tenant))
         or (src_tenant is not null and (confdeltype in ('n', 'd') or confupdtype in ('n', 'd')))
      order by 1, 2`),
  );
  return [...indexes, ...foreignKeys];
}

/** The tables of the current schema, split the way Citus would hold them. */
export interface CitusTables {
  /** Tables with `tenant_id`, in an order where every referenced table comes first. */
  distributed: string[];
  /** Tables without `tenant_id` (platform data), likewise ordered. */
  reference: string[];
}

export async function citusTables(db: Database | Tx): Promise<CitusTables> {
  const tables = rowsOf<{ name: string; tenant: boolean }>(
    await db.execute(sql`
      select c.relname as name,
             exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
      order by 1`),
  );
  const edges = rowsOf<{ src: string; dst: string }>(
    await db.execute(sql`
      select distinct src.relname as src, dst.relname as dst
      from pg_constraint con
      join pg_class src on src.oid = con.conrelid
      join pg_class dst on dst.oid = con.confrelid
      join pg_namespace n on n.oid = src.relnamespace
      where con.contype = 'f' and n.nspname = current_schema() and src.oid <> dst.oid`),
  );
  const order = referencedFirst(
    tables.map((t) => t.name),
    edges,
  );
  const tenant = new Set(tables.filter((t) => t.tenant).map((t) => t.name));
  return {
    distributed: order.filter((name) => tenant.has(name)),
    reference: order.filter((name) => !tenant.has(name)),
  };
}

/** Names sorted so that each table follows every table it references; ties by name. */
function referencedFirst(names: string[], edges: { src: string; dst: string }[]): string[] {
  const pending = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { src, dst } of edges) pending.get(src)?.add(dst);
  const out: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, deps]) => deps.size === 0).map(([name]) => name);
    // A cycle of foreign keys (none today) is broken by name rather than looping forever.
    const next = ready.length > 0 ? ready.sort() : [[...pending.keys()].sort()[0] as string];
    for (const name of next) {
      pending.delete(name);
      for (const deps of pending.values()) deps.delete(name);
      out.push(name);
    }
  }
  return out;
}

/**
 * The SQL that distributes the schema on a Citus cluster: platform tables become reference tables
 * (a copy on every node), and every tenant table is distributed by `tenant_id` in one co-location
 * group anchored on `users`, so a county's rows of every table live on the same node.
 */
export function citusPlanSql(tables: CitusTables, anchor = "users"): string {
  const lines = ["begin;"];
  for (const name of tables.reference) lines.push(`select create_reference_table('${name}');`);
  const first = tables.distributed.includes(anchor) ? anchor : tables.distributed[0];
  if (first) {
    lines.push(`select create_distributed_table('${first}', 'tenant_id', colocate_with => 'none');`);
    for (const name of tables.distributed) {
      if (name === first) continue;
      lines.push(`select create_distributed_table('${name}', 'tenant_id', colocate_with => '${first}');`);
    }
  }
  lines.push("commit;");
  return lines.join("\n");
}
