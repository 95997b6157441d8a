import type { Router } from "../../router.js";
import { registerArchiveDepartment } from "./archive.js";
import { registerCreateDepartment } from "./create.js";
import { registerGetDepartment } from "./get.js";
import { registerListDepartments } from "./list.js";
import { registerUpdateDepartment } from "./update.js";

export function registerDepartmentRoutes(app: Router) {
  registerListDepartments(app);
  registerCreateDepartment(app);
  registerGetDepartment(app);
  registerUpdateDepartment(app);
  registerArchiveDepartment(app);
}
