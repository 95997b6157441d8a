import type { Router } from "../../router.js";
import { registerImportCompanies } from "./companies.js";
import { registerImportCompounds } from "./compounds.js";

/** Registers the bulk import routes (CSV). */
export function registerImportRoutes(app: Router) {
  registerImportCompounds(app);
  registerImportCompanies(app);
}
