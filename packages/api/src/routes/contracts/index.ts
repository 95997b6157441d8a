import type { Router } from "../../router.js";
import { registerArchiveContract } from "./archive.js";
import { registerCreateContract } from "./create.js";
import { registerGetContract } from "./get.js";
import { registerListContracts } from "./list.js";
import { registerListContractProjectManagers } from "./project-managers.js";
import { registerUpdateContract } from "./update.js";

export function registerContractRoutes(app: Router) {
  registerListContracts(app);
  registerCreateContract(app);
  registerGetContract(app);
  registerUpdateContract(app);
  registerArchiveContract(app);
  registerListContractProjectManagers(app);
}
