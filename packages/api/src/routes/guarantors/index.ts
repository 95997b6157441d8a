import type { Router } from "../../router.js";
import { registerClearCompoundGuarantor } from "./clear-compound.js";
import { registerClearGridGuarantor } from "./clear-grid.js";
import { registerSetCompoundGuarantor } from "./set-compound.js";
import { registerSetGridGuarantor } from "./set-grid.js";

export function registerGuarantorRoutes(app: Router) {
  registerSetCompoundGuarantor(app);
  registerClearCompoundGuarantor(app);
  registerSetGridGuarantor(app);
  registerClearGridGuarantor(app);
}
