import { PGlite } from "@electric-sql/pglite";
import type { Database, DbHandle } from "./client.js";

export interface PgliteOptions {
  /** Folder for the data; omit for an in-memory database. */
  dataDir?: string;
  /** A tarball from `dumpDataDir()` to start from (fast test fixtures). */
  loadDataDir?: Blob | File;
}

/** Opens the embedded database (PostgreSQL compiled to WebAssembly, in this process). */
export async function openPglite(options: PgliteOptions = {}): Promise<DbHandle & { client: PGlite }> {
  // PGlite starts (compiles its WebAssembly, reads the folder) while drizzle and the schema load.
  const starting = PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  starting.catch(() => {}); // awaited below
  const [{ sql }, { drizzle }, schema] = await Promise.all([
    import("drizzle-orm"),
    import("drizzle-orm/pglite"),
    import("./schema/index.js"),
  ]);
  const client = await starting;
  const db: Database = drizzle(client, { schema });
  let closed = false;
  const held = new Set<string>();
  return {
    db,
    client,
    driver: "pglite",
    async ping() {
      if (closed) throw new Error("database is closed");
      await db.execute(sql`select 1`);
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
    // The embedded database has one connection, owned by this process: nobody else can hold a
    // lock on it, so the lock is a name held at most once within the process.
    async tryLock(name) {
      if (closed || held.has(name)) return null;
      held.add(name);
      let mine = true;
      return {
        async held() {
          return mine && !closed;
        },
        async release() {
          if (mine) held.delete(name);
          mine = false;
        },
      };
    },
  };
}
