import type { Router } from "../../router.js";
import { registerAssessmentActions } from "./actions.js";
import { registerCreateAssessment } from "./create.js";
import { registerGetAssessment } from "./get.js";
import { registerListAssessments } from "./list.js";
import { registerAssessmentReport } from "./report.js";
import { registerScoreAssessmentItem } from "./score-item.js";

/** Registers the assessment cycle routes (月通报、季度考核、年终评比). */
export function registerAssessmentRoutes(app: Router) {
  registerListAssessments(app);
  registerCreateAssessment(app);
  registerGetAssessment(app);
  registerScoreAssessmentItem(app);
  registerAssessmentActions(app);
  // The printable report (another file); last, as agreed.
  registerAssessmentReport(app);
}
