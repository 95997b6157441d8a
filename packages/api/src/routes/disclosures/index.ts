import type { Router } from "../../router.js";

/** Registers the disclosures routes. */
export function registerDisclosureRoutes(_app: Router) {}
