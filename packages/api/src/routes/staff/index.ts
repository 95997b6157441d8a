import type { Router } from "../../router.js";
import { registerArchiveStaff } from "./archive.js";
import { registerCreateStaff } from "./create.js";
import { registerGetStaff } from "./get.js";
import { registerListStaff } from "./list.js";
import { registerUpdateStaff } from "./update.js";

export function registerStaffRoutes(app: Router) {
  registerListStaff(app);
  registerCreateStaff(app);
  registerGetStaff(app);
  registerUpdateStaff(app);
  registerArchiveStaff(app);
}
