import { defineConfig } from "tsup";

// The server and the CLI run from dist with their dependencies (workspace packages included)
// resolved at runtime from node_modules: nothing is bundled but this app's own code.
export default defineConfig({
  entry: ["src/main.ts", "src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  clean: true,
  sourcemap: true,
  skipNodeModulesBundle: true,
  removeNodeProtocol: false,
});
