import type { Router } from "../../router.js";
import { registerArchivePartyOrg } from "./archive.js";
import { registerCreatePartyOrg } from "./create.js";
import { registerGetPartyOrg } from "./get.js";
import { registerListPartyOrgs } from "./list.js";
import { registerUpdatePartyOrg } from "./update.js";

export function registerPartyOrgRoutes(app: Router) {
  registerListPartyOrgs(app);
  registerCreatePartyOrg(app);
  registerGetPartyOrg(app);
  registerUpdatePartyOrg(app);
  registerArchivePartyOrg(app);
}
