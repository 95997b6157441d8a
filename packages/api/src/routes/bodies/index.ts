import type { Router } from "../../router.js";
import { registerArchiveBody } from "./archive.js";
import { registerCreateBody } from "./create.js";
import { registerGetBody } from "./get.js";
import { registerListBodies } from "./list.js";
import { registerUpdateBody } from "./update.js";

export function registerBodyRoutes(app: Router) {
  registerListBodies(app);
  registerCreateBody(app);
  registerGetBody(app);
  registerUpdateBody(app);
  registerArchiveBody(app);
}
