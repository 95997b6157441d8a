import type { Router } from "../../router.js";
import { registerListFindings } from "./list.js";

export function registerFindingRoutes(app: Router) {
  registerListFindings(app);
}
