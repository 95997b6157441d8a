import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { folderFiles } from "./folder-files.js";
import { consoleRoutes } from "./static-files.js";

export { CONSOLE_BASE, CONSOLE_CSP } from "./static-files.js";

/** The built console (`@propgov/console`'s dist), or null when it is not installed or not built. */
export function consoleDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve("@propgov/console/package.json");
    const dist = join(dirname(pkg), "dist");
    return existsSync(join(dist, "index.html")) ? dist : null;
  } catch {
    return null;
  }
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** Serves the console's folder `root` under /console (see `consoleRoutes`); everything else goes to `next`. */
export function withConsole<F extends Fetch>(next: F, root: string): F {
  return consoleRoutes(next, folderFiles(root));
}
