import type { Router } from "../../router.js";

/** Registers the public routes residents and widgets call without signing in. */
export function registerPublicRoutes(_app: Router) {}
