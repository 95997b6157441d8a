import type { Router } from "../../router.js";

/** Registers the staff case routes (接诉即办 + 吹哨报到). */
export function registerCaseRoutes(_app: Router) {}
