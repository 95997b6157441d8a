/**
 * The bulk import's way in to the party organisation verbs while services/imports is being
 * reworked in another branch; the verbs themselves live in party-orgs/. Remove once
 * imports/party-orgs.ts imports from party-orgs/create.js.
 */
export { insertPartyOrg } from "./party-orgs/create.js";
