import type { Router } from "../../router.js";
import { registerGetMechanism } from "./get.js";
import { registerGetMechanismVersion } from "./get-version.js";
import { registerListMechanismVersions } from "./list-versions.js";
import { registerMechanismPresets } from "./presets.js";
import { registerUpdateMechanism } from "./update.js";

export function registerMechanismRoutes(app: Router) {
  registerGetMechanism(app);
  registerUpdateMechanism(app);
  registerListMechanismVersions(app);
  registerGetMechanismVersion(app);
  registerMechanismPresets(app);
}
