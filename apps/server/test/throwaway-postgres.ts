import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./helpers.js";

const run = promisify(execFile);

/**
 * The folder of PostgreSQL's server binaries (initdb, pg_ctl): PROPGOV_PG_BIN, else Debian's
 * PostgreSQL 15. Undefined when they are missing, which CI does not accept: a suite that needs
 * them must run there, never skip.
 */
export function postgresBinaries(): string | undefined {
  const bin = process.env.PROPGOV_PG_BIN || "/usr/lib/postgresql/15/bin";
  if (existsSync(join(bin, "initdb")) && existsSync(join(bin, "pg_ctl"))) return bin;
  if (process.env.CI && process.env.CI !== "false") {
    throw new Error(`CI is set but ${bin}/initdb is missing: install postgresql-15 (or set PROPGOV_PG_BIN).`);
  }
  return undefined;
}

/**
 * A PostgreSQL cluster of our own in a temporary folder, on a free port, with trust auth for
 * `postgres`: a test may stop and restart it at will. The shared server is never touched.
 */
export interface ThrowawayPostgres {
  readonly url: string;
  readonly port: number;
  /** Fast shutdown (`pg_ctl stop -m fast`): sessions are terminated with 57P01, as on a restart. */
  stop(): Promise<void>;
  /** Starts it again and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it (immediately) if it runs and deletes its folder. */
  remove(): Promise<void>;
  /** The server's own log, for failure messages. */
  log(): string;
}

/** initdb refuses to run as root: under root the cluster belongs to the `postgres` user. */
async function clusterOwner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
    run("id", ["-u", "postgres"]),
    run("id", ["-g", "postgres"]),
  ]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const owner = await clusterOwner();
  const dir = await mkdtemp(join(tmpdir(), "propgov-pg-"));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = join(dir, "data");
  const logFile = join(dir, "postgres.log");
  const port = await freePort();

  const as = (command: string, args: string[]) =>
    owner
      ? run("runuser", ["-u", "postgres", "--", join(bin, command), ...args])
      : run(join(bin, command), args);
  const pgCtl = (args: string[]) => as("pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "60", ...args]);

  let running = false;
  const cluster: ThrowawayPostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await pgCtl([
        "-o",
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
        "start",
      ]);
      running = true;
    },
    async stop() {
      await pgCtl(["-m", "fast", "stop"]);
      running = false;
    },
    async remove() {
      if (running) await pgCtl(["-m", "immediate", "stop"]).catch(() => {});
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, "utf8") : ""),
  };

  try {
    await as("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    await cluster.start();
  } catch (error) {
    await cluster.remove();
    throw error;
  }
  return cluster;
}
