import { defineConfig } from "tsup";

// `pnpm start` only needs JavaScript: it skips the (slow) declaration build.
const dts = process.env.PROPGOV_BUILD_FAST !== "1";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm"],
    dts,
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // Node only: the attachment folder and sharp.
    entry: { node: "src/node/index.ts" },
    format: ["esm"],
    dts,
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
]);
