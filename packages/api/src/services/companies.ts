/**
 * The bulk import's way in to the company verbs while services/imports is being reworked in
 * another branch; the verbs themselves live in companies/. Remove once imports/companies.ts
 * imports from companies/create.js and companies/checks.js.
 */
export { currentYearOf } from "./companies/checks.js";
export { insertCompany } from "./companies/create.js";
