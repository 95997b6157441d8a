import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DbHandle, type ShardRouter, shardRouter, singleDatabase } from "@propgov/db";
import type { DatabaseConfig } from "./config.js";

/** Opening the database failed; the message says why and what to do. */
export class DatabaseOpenError extends Error {
  override readonly name = "DatabaseOpenError";
}

const LOCK_FILE = "propgov.lock";

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false; // a lock left by an earlier run that had our pid (containers)
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite on disk is one PostgreSQL in this process: a second process opening the same folder
 * would corrupt it, and PGlite itself does not stop that. A lock file holding our pid does.
 */
function lockDataDir(dataDir: string, purpose: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, content, { flag: "wx", mode: 0o600 });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let holder: { pid?: number; purpose?: string; since?: string } = {};
    try {
      holder = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      // unreadable or half-written: treat as stale
    }
    if (typeof holder.pid === "number" && processAlive(holder.pid)) {
      throw new DatabaseOpenError(
        `The PGlite data folder ${dataDir} is in use by process ${holder.pid} (${holder.purpose ?? "propgov"}, since ${holder.since ?? "?"}). ` +
          "PGlite on disk cannot be opened by two processes at once: stop the server first to run the CLI, " +
          "or run both against PostgreSQL (DATABASE_URL).",
      );
    }
    rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new DatabaseOpenError(`Could not lock the PGlite data folder ${dataDir} (${file}).`);
}

export interface OpenedDatabase {
  handle: DbHandle;
  /** A line for humans: which database, where (never the password). */
  description: string;
}

/**
 * Opens the configured database: PostgreSQL through postgres.js when DATABASE_URL is set, else
 * PGlite on disk. `purpose` (e.g. "server", "propgov migrate") is written into the PGlite lock.
 */
export async function openDatabase(config: DatabaseConfig, purpose: string): Promise<OpenedDatabase> {
  if (config.kind === "postgres") {
    const { openPostgres } = await import("@propgov/db/postgres");
    const url = new URL(config.url);
    const handle = openPostgres(config.url);
    try {
      await handle.ping();
    } catch (error) {
      await handle.close().catch(() => {});
      throw new DatabaseOpenError(
        `Could not connect to PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    return { handle, description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}` };
  }

  const { openPglite } = await import("@propgov/db/pglite");
  try {
    mkdirSync(config.dataDir, { recursive: true });
  } catch (error) {
    throw new DatabaseOpenError(
      `Could not create the data folder ${config.dataDir} (PROPGOV_DATA_DIR): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const unlock = lockDataDir(config.dataDir, purpose);
  let opened: DbHandle;
  try {
    opened = await openPglite({ dataDir: config.dataDir });
  } catch (error) {
    unlock();
    throw new DatabaseOpenError(
      `Could not open PGlite in ${config.dataDir}: ${(error as Error).message}. ` +
        "PGlite on disk cannot be opened by two processes at once: is a server or another propgov command using this folder?",
      { cause: error },
    );
  }
  const handle: DbHandle = {
    db: opened.db,
    driver: opened.driver,
    ping: () => opened.ping(),
    async close() {
      try {
        await opened.close();
      } finally {
        unlock();
      }
    },
  };
  return { handle, description: `PGlite in ${config.dataDir}` };
}

/** The shards of `PROPGOV_SHARDS` beside the directory database, opened and answering. */
export interface OpenedShards {
  router: ShardRouter;
  /** The shards other than the directory, by name (the caller migrates them). */
  extra: Record<string, DbHandle>;
  /** Closes the shards other than the directory. */
  close(): Promise<void>;
}

export async function openShards(config: DatabaseConfig, directory: DbHandle): Promise<OpenedShards> {
  const extra: Record<string, DbHandle> = {};
  const close = async () => {
    await Promise.all(Object.values(extra).map((h) => h.close().catch(() => {})));
  };
  if (config.kind !== "postgres" || !config.shards?.length) {
    return { router: singleDatabase(directory), extra, close };
  }
  const { openPostgres } = await import("@propgov/db/postgres");
  for (const shard of config.shards) {
    const handle = openPostgres(shard.url);
    extra[shard.name] = handle;
    try {
      await handle.ping();
    } catch (error) {
      await close();
      const url = new URL(shard.url);
      throw new DatabaseOpenError(
        `Could not connect to shard '${shard.name}' (PROPGOV_SHARDS) at ${url.hostname}:${url.port || 5432}${url.pathname}: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return { router: shardRouter(directory, extra), extra, close };
}

const holdsDatabase = (dataDir: string) => existsSync(join(dataDir, "PG_VERSION"));

/**
 * Writes a gzip tarball of the embedded database in `dataDir` to `file` (PGlite `dumpDataDir`),
 * with the folder locked: the server must be stopped. Returns the size written.
 */
export async function backupDataDir(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!holdsDatabase(dataDir)) {
    throw new DatabaseOpenError(`There is no embedded database in ${dataDir} (PROPGOV_DATA_DIR) to back up.`);
  }
  const unlock = lockDataDir(dataDir, "propgov backup");
  try {
    const { openPglite } = await import("@propgov/db/pglite");
    const opened = await openPglite({ dataDir });
    try {
      const tarball = Buffer.from(await (await opened.client.dumpDataDir("gzip")).arrayBuffer());
      writeFileSync(file, tarball, { mode: 0o600 });
      return { bytes: tarball.length };
    } finally {
      await opened.close();
    }
  } finally {
    unlock();
  }
}

/**
 * Restores a tarball of `backupDataDir` into `dataDir`. A folder that holds a database already is
 * refused unless `replace`: then it is moved aside (to `<dataDir>.before-restore-<time>`, kept),
 * with its lock held, so a running server stops the restore.
 */
export async function restoreDataDir(
  dataDir: string,
  file: string,
  options: { replace: boolean; now?: Date },
): Promise<{ movedAside: string | null }> {
  let tarball: Buffer;
  try {
    tarball = readFileSync(file);
  } catch (error) {
    throw new DatabaseOpenError(`Cannot read the backup ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let movedAside: string | null = null;
  if (holdsDatabase(dataDir)) {
    if (!options.replace) {
      throw new DatabaseOpenError(
        `${dataDir} (PROPGOV_DATA_DIR) holds a database already. Stop the server and pass --replace to move it aside and restore, or choose an empty folder.`,
      );
    }
    const unlock = lockDataDir(dataDir, "propgov restore");
    movedAside = `${dataDir}.before-restore-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
    try {
      renameSync(dataDir, movedAside);
    } finally {
      unlock();
      rmSync(join(movedAside, LOCK_FILE), { force: true });
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir, "propgov restore");
  try {
    const { openPglite } = await import("@propgov/db/pglite");
    const gzip = tarball[0] === 0x1f && tarball[1] === 0x8b;
    const opened = await openPglite({
      dataDir,
      loadDataDir: new Blob([new Uint8Array(tarball)], {
        type: gzip ? "application/x-gzip" : "application/x-tar",
      }),
    });
    try {
      await opened.ping();
    } finally {
      await opened.close();
    }
  } finally {
    unlock();
  }
  return { movedAside };
}
