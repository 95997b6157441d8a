import type { Router } from "../../router.js";
import { registerImportCommittees } from "./committees.js";
import { registerImportCompanies } from "./companies.js";
import { registerImportCompounds } from "./compounds.js";
import { registerImportContracts } from "./contracts.js";
import { registerImportPartyOrgs } from "./party-orgs.js";
import { registerImportRegions } from "./regions.js";

/** Registers the bulk import routes (CSV). */
export function registerImportRoutes(app: Router) {
  registerImportCompounds(app);
  registerImportCompanies(app);
  registerImportRegions(app);
  registerImportContracts(app);
  registerImportCommittees(app);
  registerImportPartyOrgs(app);
}
