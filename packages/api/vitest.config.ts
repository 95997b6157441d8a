import { configDefaults, defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "api",
    include: ["test/**/*.test.ts"],
    // The data-scale suites run on their own, after everything else (vitest.scale.config.ts).
    exclude: [...configDefaults.exclude, "test/**/*.scale.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
