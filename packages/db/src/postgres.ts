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
}

/** Opens a pool to a PostgreSQL server (`DATABASE_URL`) through postgres.js. */
export function openPostgres(
  url: string,
  options: PostgresOptions = {},
): DbHandle & { client: postgres.Sql } {
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeout ?? 10,
    onnotice: () => {},
    connection: { application_name: "propgov" },
  });
  const db = drizzle(client, { schema }) as unknown as Database;
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
  };
}
