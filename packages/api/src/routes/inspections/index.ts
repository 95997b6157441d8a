import type { Router } from "../../router.js";
import { registerCreateInspection } from "./create.js";
import { registerGetInspection } from "./get.js";
import { registerListInspections } from "./list.js";

export function registerInspectionRoutes(app: Router) {
  registerListInspections(app);
  registerCreateInspection(app);
  registerGetInspection(app);
}
