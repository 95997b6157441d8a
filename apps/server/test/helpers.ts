import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openPostgres } from "@propgov/db/postgres";

export const root = fileURLToPath(new URL("../../..", import.meta.url));
export const mainJs = fileURLToPath(new URL("../dist/main.js", import.meta.url));
export const cliJs = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

export const PASSWORD = "correct horse battery staple";

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * The environment for a child: this one's, minus what would point it at the wrong database
 * (an empty DATABASE_URL counts as unset), plus `extra`.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, PROPGOV_DATA_DIR: _dir, PROPGOV_ADMIN_PASSWORD: _pw, ...rest } = process.env;
  return { ...rest, DATABASE_URL: "", PROPGOV_LOG_LEVEL: "info", ...extra };
}

export interface Spawned {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnNode(script: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Spawned {
  const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: "pipe" });
  let out = "";
  let err = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  if (input === undefined) child.stdin?.end();
  else child.stdin?.end(input);
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const run = spawnNode(cliJs, args, env, input);
  const { code } = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** Resolves once `server` has written `text` to stderr; rejects after `ms` or when it exits first. */
export async function waitForStderr(server: Spawned, text: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!server.stderr().includes(text)) {
    if (server.child.exitCode !== null)
      throw new Error(`exited before printing "${text}":\n${server.stderr()}`);
    if (Date.now() > deadline) throw new Error(`"${text}" not printed within ${ms} ms:\n${server.stderr()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls GET /ready until it answers 200; fails early when the process dies. */
export async function waitForReady(base: string, server: Spawned, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void server.exited.then(() => {
    dead = true;
  });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`server exited before ready:\n${server.stderr()}`);
    try {
      const res = await fetch(`${base}/ready`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${server.stderr()}`);
}

/** Resolves with the exit of `server`, or rejects after `ms`. */
export function exitWithin(server: Spawned, ms: number) {
  return Promise.race([
    server.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no exit within ${ms} ms:\n${server.stderr()}`)), ms),
    ),
  ]);
}

/** A throwaway PostgreSQL database on the DATABASE_URL server, for processes that need a URL. */
export async function throwawayPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `propgov_server_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = openPostgres(base, { max: 1 });
  try {
    await admin.client.unsafe(`create database "${name}"`);
  } finally {
    await admin.close();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = openPostgres(base, { max: 1 });
      try {
        await cleanup.client.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await cleanup.close();
      }
    },
  };
}

/** JSON over real HTTP to a running server: `call(method, path, token?, body?)` → status and body. */
export function jsonCaller(base: string) {
  return async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: await res.json() };
  };
}

/** A child environment on a database of its own: a PGlite folder, or a throwaway PostgreSQL database. */
export async function cliDatabase(
  driver: "pglite" | "postgres",
  prefix: string,
): Promise<{ env: NodeJS.ProcessEnv; cleanup(): Promise<void> }> {
  if (driver === "pglite") {
    const dataDir = await mkdtemp(join(tmpdir(), prefix));
    return {
      env: childEnv({ PROPGOV_DATA_DIR: dataDir }),
      cleanup: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const database = await throwawayPostgres();
  return { env: childEnv({ DATABASE_URL: database.url }), cleanup: database.drop };
}
