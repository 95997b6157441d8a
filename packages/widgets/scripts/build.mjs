// Builds the widgets: one ES module per widget and one with all of them, minified, sharing
// chunks (Lit and the common base), so that a page loading several widgets loads Lit once.
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
export const entries = {
  "propgov-widgets": "src/index.ts",
  "propgov-complaint-form": "src/complaint-form.ts",
  "propgov-case-tracker": "src/case-tracker.ts",
  "propgov-disclosure-board": "src/disclosure-board.ts",
  "propgov-credit-board": "src/credit-board.ts",
  "propgov-kpi-card": "src/kpi-card.ts",
};

rmSync(`${root}/dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: "dist",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: "es2021",
  legalComments: "eof",
  define: { "process.env.NODE_ENV": '"production"' },
  conditions: ["production"],
  metafile: false,
  logLevel: "warning",
});
