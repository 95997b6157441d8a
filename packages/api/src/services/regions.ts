/**
 * The bulk import's way in to the region verbs while services/imports is being reworked in
 * another branch; the verbs themselves live in regions/. Remove once imports/regions.ts imports
 * from regions/create.js.
 */
export { insertRegion } from "./regions/create.js";
