import type { Router } from "../../router.js";
import { registerArchiveRegion } from "./archive.js";
import { registerCreateRegion } from "./create.js";
import { registerGetRegion } from "./get.js";
import { registerListRegions } from "./list.js";
import { registerGetRegionTree } from "./tree.js";
import { registerUpdateRegion } from "./update.js";

export function registerRegionRoutes(app: Router) {
  registerListRegions(app);
  // Before `regions/{id}`, so `tree` is never taken for an id.
  registerGetRegionTree(app);
  registerCreateRegion(app);
  registerGetRegion(app);
  registerUpdateRegion(app);
  registerArchiveRegion(app);
}
