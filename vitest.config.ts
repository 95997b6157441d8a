import { defineConfig } from "vitest/config";

// One run over every package (vitest projects). Workspace packages resolve to their TypeScript
// sources through the "source" export condition, so tests need no build first.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    projects: [
      "packages/*",
      "packages/api/vitest.scale.config.ts",
      "apps/*",
      "bench",
      "examples/*/vitest.config.ts",
    ],
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest-results.json" }]] : ["default"],
  },
});
