import type { Router } from "../router.js";

/** Registers Open311 GeoReport v2 under `/open311/v2/`. */
export function registerOpen311Routes(_app: Router) {}
