import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Database, DbHandle } from "./client.js";
import * as schema from "./schema/index.js";

export interface PostgresOptions {
  /** Pool size; default 10. */
  max?: number;
  /** Seconds to wait for a connection; default 10. */
  connectTimeout?: number;
  /**
   * Prepare parameterised statements (named, cached per connection): one round trip each instead
   * of two. Default true; turn it off behind a pooler in transaction mode that cannot keep
   * prepared statements (PgBouncer before 1.21).
   */
  prepare?: boolean;
}

/**
 * drizzle's postgres.js driver asks for unprepared statements (drizzle-orm issue #6096), and
 * postgres.js then describes every parameterised statement before running it: two round trips.
 * This view of the client prepares them instead, in transactions and savepoints too, so a
 * statement the pool has seen costs one round trip. Statements without parameters (DDL, `begin`)
 * stay as they were.
 */
function preparing(sql: postgres.Sql): postgres.Sql {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, args?: unknown[], options?: { prepare?: boolean }) =>
          target.unsafe(query, args as postgres.ParameterOrJSON<never>[], {
            ...options,
            prepare: args && args.length > 0 ? true : (options?.prepare ?? false),
          });
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...parts: unknown[]) => {
          const fn = parts.pop() as (inner: postgres.Sql) => unknown;
          const method = Reflect.get(target, prop, receiver) as (...a: unknown[]) => Promise<unknown>;
          return method.call(target, ...parts, (inner: postgres.Sql) => fn(preparing(inner)));
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * Seconds a closed connection waits before it connects again, after `attempts` failed ones.
 * postgres.js's default grows as 3^n/100 up to 20 s and resets only on a successful login, so
 * after a minute without the database the server kept waiting up to 20 s once it was back.
 * Capped here at half a second, with jitter so the pool does not reconnect in lockstep.
 */
export const reconnectDelaySeconds = (attempts: number) =>
  Math.min(0.05 * 2 ** attempts, 0.5) * (0.5 + Math.random() / 2);

/** Opens a pool to a PostgreSQL server (`DATABASE_URL`) through postgres.js. */
export function openPostgres(
  url: string,
  options: PostgresOptions = {},
): DbHandle & { client: postgres.Sql } {
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 10,
    backoff: reconnectDelaySeconds,
    onnotice: () => {},
    connection: { application_name: "propgov" },
  });
  const db: Database = drizzle(options.prepare === false ? client : preparing(client), { schema });
  return {
    db,
    client,
    driver: "postgres",
    async ping() {
      await db.execute(sql`select 1`);
    },
    async close() {
      await client.end({ timeout: 5 });
    },
    async tryLock(name) {
      const conn = await client.reserve();
      let lost = false;
      try {
        const [row] = await conn<{ ok: boolean }[]>`select pg_try_advisory_lock(hashtext(${name})) as ok`;
        if (!row?.ok) {
          conn.release();
          return null;
        }
      } catch (error) {
        conn.release();
        throw error;
      }
      return {
        async held() {
          if (lost) return false;
          try {
            // The lock belongs to this connection's session: if the query answers, it is still ours.
            const [row] = await conn<{ n: number }[]>`select count(*)::int as n from pg_locks
              where locktype = 'advisory' and pid = pg_backend_pid() and granted
                and objid = hashtext(${name})::oid`;
            lost = (row?.n ?? 0) === 0;
          } catch {
            lost = true;
          }
          return !lost;
        },
        async release() {
          if (!lost) {
            lost = true;
            await conn`select pg_advisory_unlock(hashtext(${name}))`.catch(() => {});
          }
          conn.release();
        },
      };
    },
  };
}
