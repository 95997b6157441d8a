import type { Router } from "../../router.js";

/** Registers the meetings routes. */
export function registerMeetingRoutes(_app: Router) {}
