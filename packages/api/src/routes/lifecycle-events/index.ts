import type { Router } from "../../router.js";

/** Registers the lifecycle-events routes. */
export function registerLifecycleEventRoutes(_app: Router) {}
