/**
 * The bulk import's way in to the contract verbs while services/imports is being reworked in
 * another branch; the verbs themselves live in contracts/. Remove once imports/contracts.ts
 * imports from contracts/create.js.
 */
export { insertContract } from "./contracts/create.js";
