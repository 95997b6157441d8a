import type { Metafile } from "esbuild";

/** Bundles dist/worker.js and copies the console and widgets into dist/assets (see build.mjs). */
export function buildWorker(options?: { outdir?: string; quiet?: boolean }): Promise<{ metafile: Metafile }>;
