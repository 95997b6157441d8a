import type { Router } from "../../router.js";
import { registerCreateAssessmentTemplate } from "./create.js";
import { registerListAssessmentTemplates } from "./list.js";
import { registerUpdateAssessmentTemplate } from "./update.js";
import { registerAssessmentTemplateVersions } from "./versions.js";

/** Registers the assessment template routes (考核细则): versions of each code. */
export function registerAssessmentTemplateRoutes(app: Router) {
  registerListAssessmentTemplates(app);
  registerCreateAssessmentTemplate(app);
  registerUpdateAssessmentTemplate(app);
  registerAssessmentTemplateVersions(app);
}
