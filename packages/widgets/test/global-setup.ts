import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const pkg = fileURLToPath(new URL("..", import.meta.url));

/** Builds the widget scripts (esbuild, about a second) so that every run measures and serves the current sources. */
export default function setup() {
  try {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: pkg, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`building the widgets failed:\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}
