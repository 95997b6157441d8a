import type { Router } from "../../router.js";
import { registerGetCaseKpis } from "./cases.js";
import { registerGetCoverageKpis } from "./coverage.js";
import { registerGetMechanismKpis } from "./mechanism.js";

/** Registers the KPI routes. */
export function registerKpiRoutes(app: Router) {
  registerGetCoverageKpis(app);
  registerGetMechanismKpis(app);
  registerGetCaseKpis(app);
}
