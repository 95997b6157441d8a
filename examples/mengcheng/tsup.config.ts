import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  // `pnpm start` only needs JavaScript: it skips the (slow) declaration build.
  dts: process.env.PROPGOV_BUILD_FAST !== "1",
  clean: true,
  sourcemap: true,
  target: "es2022",
});
