/**
 * The bulk import's way in to the committee verbs while services/imports is being reworked in
 * another branch; the verbs themselves live in committees/. Remove once imports/committees.ts
 * imports from committees/create.js.
 */
export { insertCommittee } from "./committees/create.js";
