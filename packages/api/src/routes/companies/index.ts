import type { Router } from "../../router.js";
import { registerArchiveCompany } from "./archive.js";
import { registerCreateCompany } from "./create.js";
import { registerGetCompany } from "./get.js";
import { registerListCompanies } from "./list.js";
import { registerUpdateCompany } from "./update.js";

export function registerCompanyRoutes(app: Router) {
  registerListCompanies(app);
  registerCreateCompany(app);
  registerGetCompany(app);
  registerUpdateCompany(app);
  registerArchiveCompany(app);
}
