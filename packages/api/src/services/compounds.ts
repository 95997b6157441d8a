/**
 * The bulk import's way in to the compound verbs while services/imports is being reworked in
 * another branch; the verbs themselves live in compounds/. Remove once imports/compounds.ts
 * imports from compounds/create.js.
 */
export { insertCompound } from "./compounds/create.js";
