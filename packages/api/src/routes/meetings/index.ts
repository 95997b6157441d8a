import type { Router } from "../../router.js";
import { registerAddMeetingResolutions } from "./add-resolutions.js";
import { registerCloseMeeting } from "./close.js";
import { registerCreateMeeting } from "./create.js";
import { registerGetMeeting } from "./get.js";
import { registerHoldMeeting } from "./hold.js";
import { registerListMeetings } from "./list.js";
import { registerCompleteMeetingResolution } from "./resolution-done.js";
import { registerUpdateMeeting } from "./update.js";

/** Registers the meetings routes (联席会商 / 党组织参与决策 / 矛盾纠纷调处) and their resolutions. */
export function registerMeetingRoutes(app: Router) {
  registerListMeetings(app);
  registerCreateMeeting(app);
  registerGetMeeting(app);
  registerUpdateMeeting(app);
  registerHoldMeeting(app);
  registerCloseMeeting(app);
  registerAddMeetingResolutions(app);
  registerCompleteMeetingResolution(app);
}
