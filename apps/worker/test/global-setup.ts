import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The assets the worker serves: built once when missing (a fresh clone running only the tests). */
const assets = [
  ["@propgov/console", "apps/console/dist/index.html"],
  ["@propgov/widgets", "packages/widgets/dist/propgov-widgets.js"],
] as const;

export default function setup() {
  const missing = assets.filter(([, file]) => !existsSync(`${root}/${file}`)).map(([pkg]) => pkg);
  if (missing.length === 0) return;
  console.log(`[worker tests] building ${missing.join(" and ")} for the worker's assets…`);
  try {
    execFileSync("pnpm", [...missing.flatMap((pkg) => ["--filter", `${pkg}...`]), "build"], {
      cwd: root,
      stdio: "pipe",
      encoding: "utf8",
      // vitest sets NODE_ENV=test, which would build the console for development.
      env: { ...process.env, NODE_ENV: "production" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`building ${missing.join(", ")} failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
