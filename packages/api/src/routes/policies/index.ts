import type { Router } from "../../router.js";
import { registerListPolicies } from "./list.js";

export function registerPolicyRoutes(app: Router) {
  registerListPolicies(app);
}
