import type { Router } from "../../router.js";
import { registerCancelCase } from "./cancel.js";
import { registerCheckInCaseDepartment } from "./check-in.js";
import { registerCloseCase } from "./close.js";
import { registerCompleteCaseDepartment } from "./complete.js";
import { registerSuggestCompounds } from "./compound-suggestions.js";
import { registerContactCase } from "./contact.js";
import { registerCreateCase } from "./create.js";
import { registerGetCase } from "./get.js";
import { registerListCases } from "./list.js";
import { registerRateCase } from "./rate.js";
import { registerReopenCase } from "./reopen.js";
import { registerResolveCase } from "./resolve.js";
import { registerWhistleCase } from "./whistle.js";
import { registerWorkOrderRoutes } from "./work-orders.js";

/** Registers the staff case routes (接诉即办 + 吹哨报到). */
export function registerCaseRoutes(app: Router) {
  registerListCases(app);
  registerCreateCase(app);
  registerGetCase(app);
  registerContactCase(app);
  registerResolveCase(app);
  registerWhistleCase(app);
  registerCheckInCaseDepartment(app);
  registerCompleteCaseDepartment(app);
  registerRateCase(app);
  registerCloseCase(app);
  registerReopenCase(app);
  registerCancelCase(app);
  registerWorkOrderRoutes(app);
  registerSuggestCompounds(app);
}
