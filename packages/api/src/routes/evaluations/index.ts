import type { Router } from "../../router.js";
import { registerCreateEvaluation } from "./create.js";
import { registerListEvaluations } from "./list.js";

export function registerEvaluationRoutes(app: Router) {
  registerCreateEvaluation(app);
  registerListEvaluations(app);
}
