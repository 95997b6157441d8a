import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The server runs from the built dist of itself and of every workspace package it depends on. */
const built = ["packages/core", "packages/db", "packages/api", "examples/mengcheng", "apps/server"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

function oldestOutput(dist: string): number {
  if (!existsSync(dist)) return 0;
  const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
  return files.length === 0 ? 0 : Math.min(...files.map((f) => statSync(join(dist, f)).mtimeMs));
}

/** Why dist must be rebuilt, or null when every package's dist is newer than its sources. */
function staleness(): string | null {
  for (const pkg of built) {
    const dir = join(root, pkg);
    const output = oldestOutput(join(dir, "dist"));
    if (output === 0) return `${pkg}/dist is missing`;
    const input = Math.max(
      newest(join(dir, "src")),
      newest(join(dir, "package.json")),
      newest(join(dir, "tsup.config.ts")),
    );
    if (input > output) return `${pkg} changed since its last build`;
  }
  return null;
}

/** Builds the server and its workspace dependencies when dist is missing or older than src. */
export default function setup() {
  const reason = staleness();
  if (!reason) return;
  console.log(`[server tests] building @propgov/server and its dependencies (${reason})…`);
  try {
    execFileSync("pnpm", ["--filter", "@propgov/server...", "build"], {
      cwd: root,
      stdio: "pipe",
      encoding: "utf8",
      // vitest sets NODE_ENV=test, which would build the console (a dependency) for development.
      env: { ...process.env, NODE_ENV: "production" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`building @propgov/server failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
