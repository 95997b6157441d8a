import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const app = fileURLToPath(new URL("..", import.meta.url));
const sdk = fileURLToPath(new URL("../../../packages/sdk/src", import.meta.url));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** Builds the console (vite) when dist is missing or older than its sources or the SDK's. */
export default function setup() {
  const index = join(app, "dist", "index.html");
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newest(join(app, "src")),
    newest(join(app, "index.html")),
    newest(join(app, "vite.config.ts")),
    newest(join(app, "package.json")),
    newest(sdk),
  );
  if (built > sources) return;
  console.log("[console tests] building the console…");
  try {
    execFileSync("pnpm", ["exec", "vite", "build"], {
      cwd: app,
      stdio: "pipe",
      encoding: "utf8",
      // vitest sets NODE_ENV=test, which would make a development build.
      env: { ...process.env, NODE_ENV: "production" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`building the console failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
