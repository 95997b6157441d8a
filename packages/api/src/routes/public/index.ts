import type { Router } from "../../router.js";
import { registerPublicAttachment } from "./attachment.js";
import { registerSearchPublicCompounds } from "./compounds.js";
import { registerFilePublicCase } from "./create.js";
import { registerGetPublicCase } from "./get.js";
import { registerGetPublicIntakeForm } from "./intake.js";
import { registerGetPublicKpis } from "./kpis.js";
import { registerAddPublicCasePhoto } from "./photos.js";
import { registerRatePublicCase } from "./rate.js";
import { registerOptOutPublicCaseSms } from "./sms-opt-out.js";

/**
 * Registers the public routes residents and widgets call without signing in (CORS per tenant is
 * the `publicCors` middleware, mounted in app.ts before authentication).
 */
export function registerPublicRoutes(app: Router) {
  registerFilePublicCase(app);
  registerGetPublicCase(app);
  registerRatePublicCase(app);
  registerOptOutPublicCaseSms(app);
  registerAddPublicCasePhoto(app);
  registerPublicAttachment(app);
  registerSearchPublicCompounds(app);
  registerGetPublicIntakeForm(app);
  registerGetPublicKpis(app);
}
