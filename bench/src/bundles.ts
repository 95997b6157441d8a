import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** A set of files a consumer loads together, with their total raw and gzip sizes. */
export interface Bundle {
  name: string;
  /** What it is and how it was counted. */
  what: string;
  files: FileSize[];
  bytes: number;
  gzipBytes: number;
  /** A ceiling on the gzip total, where the project has one. */
  goal: { gzipBytes: number; met: boolean } | null;
}

export interface BundlesResult {
  bench: "bundles";
  at: string;
  machine: { node: string };
  bundles: Bundle[];
  goal: { met: boolean };
}

/** The widgets' size test's budget: every script and chunk together, Lit included, gzipped. */
const WIDGETS_GZIP_GOAL = 30 * 1024;

/** Raw and gzip (level 9, as the widgets' size test counts) size of one file. */
export function fileSize(path: string, base = root): FileSize {
  const bytes = readFileSync(path);
  return { file: relative(base, path), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function bundle(name: string, what: string, paths: string[], goalGzip?: number): Bundle {
  if (paths.length === 0) throw new Error(`no files for ${name}: build it first (pnpm build)`);
  const files = paths.map((p) => fileSize(p));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    name,
    what,
    files,
    bytes,
    gzipBytes,
    goal: goalGzip === undefined ? null : { gzipBytes: goalGzip, met: gzipBytes <= goalGzip },
  };
}

/** A module and every module it imports statically (relative specifiers), in load order. */
export function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(path), m[1] as string));
    }
  };
  visit(entry);
  return [...seen];
}

const filesIn = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext) && statSync(join(dir, f)).isFile())
        .sort()
        .map((f) => join(dir, f))
    : [];

/** The console's entry script (from its index.html) with its static imports. */
function consoleEntry(assets: string): string[] {
  const html = join(assets, "..", "index.html");
  if (!existsSync(html)) return [];
  const src = /<script type="module"[^>]*src="[^"]*\/assets\/([^"]+\.js)"/.exec(
    readFileSync(html, "utf8"),
  )?.[1];
  return src ? staticImports(join(assets, src)) : [];
}

/**
 * The sizes of what the project ships to a browser or a consumer's bundle, from the built `dist`
 * folders: the SDK's ESM and CJS builds (and the ESM with its one runtime dependency, openapi-fetch),
 * the widget bundle the server serves as `/widgets/propgov-widgets.js` with every chunk it imports
 * (against the widgets' 30 kB gzip budget), and the console's JavaScript assets.
 */
export function benchBundles(): BundlesResult {
  const sdk = join(root, "packages/sdk/dist");
  const widgets = join(root, "packages/widgets/dist");
  const consoleAssets = join(root, "apps/console/dist/assets");
  const requireFromSdk = createRequire(join(sdk, "..", "package.json"));
  let openapiFetch: string | undefined;
  try {
    const resolved = requireFromSdk.resolve("openapi-fetch");
    openapiFetch = [resolved.replace(/\.c?js$/, ".mjs"), resolved.replace(/\.cjs$/, ".js"), resolved].find(
      (p) => existsSync(p),
    );
  } catch {
    openapiFetch = undefined;
  }
  const bundles = [
    bundle("SDK, ESM", "packages/sdk/dist/index.js", [join(sdk, "index.js")].filter(existsSync)),
    bundle("SDK, CJS", "packages/sdk/dist/index.cjs", [join(sdk, "index.cjs")].filter(existsSync)),
    ...(openapiFetch
      ? [
          bundle(
            "SDK, ESM with openapi-fetch",
            "index.js and openapi-fetch's ESM build, what a consumer's bundle takes in",
            [join(sdk, "index.js"), openapiFetch].filter(existsSync),
          ),
        ]
      : []),
    bundle(
      "widgets",
      "/widgets/propgov-widgets.js and every chunk it imports (Lit included), gzip summed per file",
      existsSync(join(widgets, "propgov-widgets.js"))
        ? staticImports(join(widgets, "propgov-widgets.js"))
        : [],
      WIDGETS_GZIP_GOAL,
    ),
    bundle(
      "console, first load",
      "the script apps/console/dist/index.html loads and every chunk it imports statically",
      consoleEntry(consoleAssets),
    ),
    bundle("console, all", "apps/console/dist/assets/*.js, every chunk", filesIn(consoleAssets, ".js")),
  ];
  return {
    bench: "bundles",
    at: new Date().toISOString(),
    machine: { node: process.version },
    bundles,
    goal: { met: bundles.every((b) => b.goal?.met ?? true) },
  };
}

/** 12345 → "12.1 kB" (1 kB = 1,024 bytes, as the widgets' budget counts). */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function bundlesMarkdown(r: BundlesResult): string {
  return [
    `bundle sizes, gzip level 9 per file (${r.at})`,
    "",
    "| bundle | files | raw | gzip | goal |",
    "|---|---:|---:|---:|---|",
    ...r.bundles.map(
      (b) =>
        `| ${b.name} | ${b.files.length} | ${kb(b.bytes)} | ${kb(b.gzipBytes)} | ${b.goal ? `≤ ${kb(b.goal.gzipBytes)} gzip (${b.goal.met ? "met" : "not met"})` : "—"} |`,
    ),
    "",
    ...r.bundles.map((b) => `- ${b.name}: ${b.what}`),
  ].join("\n");
}
