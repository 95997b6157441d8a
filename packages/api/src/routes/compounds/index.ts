import type { Router } from "../../router.js";
import { registerArchiveCompound } from "./archive.js";
import { registerCreateCompound } from "./create.js";
import { registerGetCompound } from "./get.js";
import { registerListCompounds } from "./list.js";
import { registerUpdateCompound } from "./update.js";

export function registerCompoundRoutes(app: Router) {
  registerListCompounds(app);
  registerCreateCompound(app);
  registerGetCompound(app);
  registerUpdateCompound(app);
  registerArchiveCompound(app);
}
