import type { Router } from "../../router.js";
import { registerArchiveCommittee } from "./archive.js";
import { registerCreateCommittee } from "./create.js";
import { registerGetCommittee } from "./get.js";
import { registerListCommittees } from "./list.js";
import { registerUpdateCommittee } from "./update.js";

export function registerCommitteeRoutes(app: Router) {
  registerListCommittees(app);
  registerCreateCommittee(app);
  registerGetCommittee(app);
  registerUpdateCommittee(app);
  registerArchiveCommittee(app);
}
