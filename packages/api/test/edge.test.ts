import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * The API must run on edge runtimes (Cloudflare Workers and the like): bundling it for a browser
 * target fails on any Node built-in, and it must not pull in a database driver.
 */
describe("edge readiness of @propgov/api", () => {
  it("bundles for a web-standard runtime without Node built-ins or drivers", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      platform: "browser",
      format: "esm",
      conditions: ["source"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes("packages/api/src/app.ts"))).toBe(true);
    expect(inputs.filter((p) => /@electric-sql\/pglite|node_modules\/postgres\//.test(p))).toEqual([]);
    const bundle = result.outputFiles[0]?.text ?? "";
    expect(bundle).not.toMatch(/from\s*["']node:/);
  }, 60_000);
});
