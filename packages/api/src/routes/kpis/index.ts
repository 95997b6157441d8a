import type { Router } from "../../router.js";
import { registerGetCaseKpis } from "./cases.js";
import { registerGetCoverageKpis } from "./coverage.js";
import { registerGetLocalEnterpriseKpis } from "./local-enterprises.js";
import { registerGetMechanismKpis } from "./mechanism.js";
import { registerGetWorkOrderKpis } from "./work-orders.js";

/** Registers the KPI routes. */
export function registerKpiRoutes(app: Router) {
  registerGetCoverageKpis(app);
  registerGetLocalEnterpriseKpis(app);
  registerGetMechanismKpis(app);
  registerGetCaseKpis(app);
  registerGetWorkOrderKpis(app);
}
