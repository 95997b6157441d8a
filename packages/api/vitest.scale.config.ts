import { defineProject } from "vitest/config";

// Suites that write 100k-row tables. They run after every other project has finished (a later
// group order), so their load does not slow the suites that time a process or a browser.
export default defineProject({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    name: "api-scale",
    include: ["test/**/*.scale.test.ts"],
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
