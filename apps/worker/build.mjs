// Bundles the worker for workerd and lays out its static assets:
//   dist/worker/index.js     the worker (ES module), with `cloudflare:*` and `node:*` left to the runtime
//   dist/assets/console/…    the built console (@propgov/console), served under /console
//   dist/assets/widgets/…    the built widget scripts (@propgov/widgets), served under /widgets
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const require = createRequire(import.meta.url);

export async function buildWorker({ outdir = dist, quiet = false } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [join(here, "src/index.ts")],
    outfile: join(outdir, "worker", "index.js"),
    bundle: true,
    format: "esm",
    // workerd: postgres.js's Cloudflare build (cloudflare:sockets); workspace packages from source.
    platform: "browser",
    conditions: ["workerd", "worker", "browser", "source"],
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    external: ["cloudflare:*", "node:*"],
    minify: true,
    sourcemap: true,
    metafile: true,
    logLevel: quiet ? "silent" : "warning",
  });
  for (const [pkg, folder, marker] of [
    ["@propgov/console", "console", "index.html"],
    ["@propgov/widgets", "widgets", "propgov-widgets.js"],
  ]) {
    const from = join(dirname(require.resolve(`${pkg}/package.json`)), "dist");
    if (!existsSync(join(from, marker))) {
      throw new Error(`${pkg} is not built (${join(from, marker)} is missing): run pnpm build first`);
    }
    const to = join(outdir, "assets", folder);
    mkdirSync(to, { recursive: true });
    // Scripts, styles and pages only: the widgets' type declarations are for npm, not for browsers.
    cpSync(from, to, { recursive: true, filter: (path) => !path.slice(from.length).startsWith("/types") });
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { metafile } = await buildWorker();
  const bytes = Object.values(metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(
    `worker: dist/worker/index.js and dist/assets (${Math.round(bytes / 1024)} KiB of script and map)`,
  );
}
