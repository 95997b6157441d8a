import type postgres from "postgres";

/** The tables `pnpm bench lists` grows besides `cases` (which `growCases` grows). */
export type ListTable = "compounds" | "tasks" | "audit_events" | "notifications";

export const LIST_TABLES: readonly ListTable[] = ["compounds", "tasks", "audit_events", "notifications"];

/** What the generated rows of each table belong to: the county's communities and its admin. */
export interface ListOwners {
  tenantId: string;
  /** Community region ids of the county, spread over the generated compounds and tasks. */
  communities: string[];
  /** The user whose inbox the notifications fill, and the actor of the audit events. */
  userId: string;
}

export async function listOwners(sql: postgres.Sql, tenantId: string, username: string): Promise<ListOwners> {
  const communities = await sql<{ id: string }[]>`
    select id from regions where tenant_id = ${tenantId} and kind = 'community' order by id`;
  if (communities.length === 0) throw new Error("the county has no communities to file compounds in");
  const [user] = await sql<{ id: string }[]>`
    select id from users where tenant_id = ${tenantId} and username = ${username}`;
  if (!user) throw new Error(`the county has no user '${username}'`);
  return { tenantId, communities: communities.map((c) => c.id), userId: user.id };
}

/**
 * The set-based insert of rows `from + 1 … from + count` of `table`, as the app writes them: ids
 * `<prefix>_` and the ordinal in 26 hex digits, so they sort with their time as the app's sortable
 * ids do (row g was written g minutes after a start three years back, older than anything the demo
 * wrote); compounds and tasks in the county's communities; every notification the admin's and read
 * (an inbox's history; the unread count the list also answers counts unread ones only); audit events
 * by the admin on compounds.
 */
export function insertRows(table: ListTable, o: ListOwners, from: number, count: number): string {
  const t = literal(o.tenantId);
  const id = (prefix: string) => `'${prefix}_' || lpad(upper(to_hex(g)), 26, '0')`;
  const community = `(array[${o.communities.map(literal).join(",")}])[1 + g % ${o.communities.length}]`;
  const when = "(now() - interval '3 years' + g * interval '1 minute')";
  const rows = `generate_series(${from + 1}::bigint, ${from + count}::bigint) g`;
  switch (table) {
    case "compounds":
      return `
        insert into compounds (tenant_id, id, name, address, community_id, buildings, households,
                               service_mode, created_at, updated_at)
        select ${t}, ${id("cpd")}, '生成小区' || g, '生成路' || g || '号', ${community}, 1 + g % 30,
               50 + g % 900, (array['professional', 'selfManaged', 'none'])[1 + g % 3], ${when}, ${when}
          from ${rows}`;
    case "tasks":
      return `
        insert into tasks (tenant_id, id, title, source, owner_unit_type, owner_unit_id, region_id, due_on,
                           status, created_at, updated_at)
        select ${t}, ${id("tsk")}, '整改任务' || g, 'manual', 'region', ${community}, ${community},
               (${when})::date + 30, (array['open', 'inProgress', 'submitted', 'verified', 'closed'])[1 + g % 5],
               ${when}, ${when}
          from ${rows}`;
    case "audit_events":
      return `
        insert into audit_events (tenant_id, id, at, actor_type, actor_id, action, target_type, target_id, after)
        select ${t}, ${id("aud")}, ${when}, 'user', ${literal(o.userId)},
               (array['compound.update', 'case.contact', 'task.create'])[1 + g % 3], 'compound',
               ${id("cpd")}, '{}'::jsonb
          from ${rows}`;
    case "notifications":
      return `
        insert into notifications (tenant_id, id, user_id, message_id, type, subject_type, subject_id, title,
                                   body, data, created_at, read_at)
        select ${t}, ${id("ntf")}, ${literal(o.userId)}, ${id("obx")}, 'case.overdue', 'case', null,
               '{"zh": "超期", "en": "Overdue"}'::jsonb, '{"zh": "案件超期", "en": "A case is overdue"}'::jsonb,
               '{}'::jsonb, ${when}, ${when} + interval '1 hour'
          from ${rows}`;
  }
}

/** The county's rows of `table` (the notifications: the admin's). */
export async function countRows(sql: postgres.Sql, table: ListTable, o: ListOwners): Promise<number> {
  const mine = table === "notifications" ? sql`and user_id = ${o.userId}` : sql``;
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from ${sql(table)} where tenant_id = ${o.tenantId} ${mine}`;
  return row?.n ?? 0;
}

/**
 * A grower of the list tables: `growTo(size)` brings each to `size` rows of the county (never fewer
 * than it has), set-based, as the database owner (no RLS), then analyses them; the seconds it took.
 * The ordinals continue from one call to the next, so the ids stay unique as the tables grow.
 */
export function listGrower(sql: postgres.Sql, o: ListOwners): { growTo(size: number): Promise<number> } {
  const generated: Record<ListTable, number> = { compounds: 0, tasks: 0, audit_events: 0, notifications: 0 };
  return {
    async growTo(size) {
      const started = performance.now();
      for (const table of LIST_TABLES) {
        const n = await countRows(sql, table, o);
        if (size <= n) continue;
        await sql.unsafe(insertRows(table, o, generated[table], size - n));
        generated[table] += size - n;
        await sql.unsafe(`vacuum analyze ${table}`);
      }
      return Math.round((performance.now() - started) / 100) / 10;
    },
  };
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
