import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const BUDGET = 30 * 1024;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith(".js") ? [path] : [];
  });
}

describe("the built widgets", () => {
  const files = scripts(dist);
  const sizes = files.map((path) => ({
    file: relative(dist, path),
    raw: statSync(path).size,
    gzip: gzipSync(readFileSync(path), { level: 9 }).length,
  }));

  it("has one script per widget and the bundle", () => {
    expect(
      sizes
        .map((s) => s.file)
        .filter((f) => !f.startsWith("chunks/"))
        .sort(),
    ).toEqual([
      "propgov-case-tracker.js",
      "propgov-complaint-form.js",
      "propgov-credit-board.js",
      "propgov-disclosure-board.js",
      "propgov-kpi-card.js",
      "propgov-widgets.js",
    ]);
  });

  it("is minified and bundles Lit", () => {
    const all = files.map((path) => readFileSync(path, "utf8")).join("\n");
    // Lit's runtime is inside (no bare import left for the host to resolve) and comments are gone.
    expect(all).not.toMatch(/from\s*["']lit/);
    expect(all).toContain("adoptedStyleSheets");
    expect(all).not.toMatch(/\n\s+\/\/ /);
  });

  it("weighs at most 30 kB min+gz, every script and chunk together, Lit included", () => {
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(
      `[widgets size] ${sizes.map((s) => `${s.file} ${s.raw} B (${s.gzip} B gz)`).join("; ")}; total ${total} B gz of ${BUDGET}`,
    );
    expect(total).toBeGreaterThan(5_000); // Lit alone is about 6 kB: a build that lost it is no pass
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
});
