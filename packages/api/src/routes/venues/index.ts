import type { Router } from "../../router.js";
import { registerArchiveVenue } from "./archive.js";
import { registerCreateVenue } from "./create.js";
import { registerGetVenue } from "./get.js";
import { registerListVenues } from "./list.js";
import { registerUpdateVenue } from "./update.js";

export function registerVenueRoutes(app: Router) {
  registerListVenues(app);
  registerCreateVenue(app);
  registerGetVenue(app);
  registerUpdateVenue(app);
  registerArchiveVenue(app);
}
