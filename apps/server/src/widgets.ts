import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { folderFiles } from "./folder-files.js";
import { type OriginCheck, widgetRoutes } from "./static-files.js";

export { cachedOriginCheck, type OriginCheck, WIDGETS_BASE } from "./static-files.js";

/** The built widgets (`@propgov/widgets`'s dist), or null when the package is not installed or not built. */
export function widgetsDistDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve("@propgov/widgets/package.json");
    const dist = join(dirname(pkg), "dist");
    return existsSync(join(dist, "propgov-widgets.js")) ? dist : null;
  } catch {
    return null;
  }
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/** Serves the widgets' folder `root` under /widgets (see `widgetRoutes`); everything else goes to `next`. */
export function withWidgets<F extends Fetch>(next: F, root: string, allowed: OriginCheck): F {
  return widgetRoutes(next, folderFiles(root), allowed);
}
