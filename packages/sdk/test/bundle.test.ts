import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

/**
 * Builds the package with its own tsup config into a temporary folder and reads the output:
 * the published SDK must hold the client only, never server code.
 */
describe("built bundle", () => {
  const outDir = mkdtempSync(join(tmpdir(), "propgov-sdk-dist-"));
  let files: Record<string, string>;

  beforeAll(async () => {
    const tsupCli = join(dirname(createRequire(import.meta.url).resolve("tsup")), "cli-default.js");
    await promisify(execFile)(process.execPath, [tsupCli, "--out-dir", outDir, "--silent"], {
      cwd: packageDir,
    });
    files = Object.fromEntries(
      readdirSync(outDir)
        .filter((f) => !f.endsWith(".map"))
        .map((f) => [f, readFileSync(join(outDir, f), "utf8")]),
    );
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("emits ESM, CJS and declarations", () => {
    expect(Object.keys(files).sort()).toEqual(["index.cjs", "index.d.cts", "index.d.ts", "index.js"]);
    expect(files["index.d.ts"]).toContain("createClient");
    expect(files["index.d.ts"]).toContain("PropgovError");
  });

  it("contains no server code: no hono, drizzle, @propgov/api or node: imports", () => {
    for (const [file, text] of Object.entries(files)) {
      for (const banned of ["hono", "drizzle", "@propgov/api", "@propgov/db", "@propgov/core"]) {
        expect(text.includes(banned), `${file} mentions ${banned}`).toBe(false);
      }
      expect(/["']node:/.test(text), `${file} imports a node: module`).toBe(false);
    }
  });

  // `(?<!…)`: a doc comment's JSON example (`"from": "2026-10-01"`) is not an import.
  it("imports nothing but its declared dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const allowed = new Set(Object.keys(pkg.dependencies));
    const specifiers = new Set<string>();
    for (const text of Object.values(files)) {
      for (const match of text.matchAll(
        /(?<![\w"'$.])(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g,
      )) {
        specifiers.add(match[1]!);
      }
    }
    expect([...specifiers].filter((s) => !s.startsWith(".") && !allowed.has(s))).toEqual([]);
    expect(specifiers.has("openapi-fetch")).toBe(true);
  });
});
