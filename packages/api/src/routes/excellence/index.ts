import type { Router } from "../../router.js";

/** Registers the excellence routes. */
export function registerExcellenceRoutes(_app: Router) {}
