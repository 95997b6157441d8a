import type { Router } from "../../router.js";

/** Registers the tasks routes. */
export function registerTaskRoutes(_app: Router) {}
