import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/pglite.ts", "src/postgres.ts", "src/migrate.ts", "src/testing/index.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
