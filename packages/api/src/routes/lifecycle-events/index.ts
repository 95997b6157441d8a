import type { Router } from "../../router.js";
import { registerCancelLifecycleEvent } from "./cancel.js";
import { registerCompleteLifecycleEvent } from "./complete.js";
import { registerCreateLifecycleEvent } from "./create.js";
import { registerGetLifecycleEvent } from "./get.js";
import { registerListLifecycleEvents } from "./list.js";
import { registerSignOffLifecycleEvent } from "./sign-off.js";

/** Registers the lifecycle-events routes (全过程参与). */
export function registerLifecycleEventRoutes(app: Router) {
  registerListLifecycleEvents(app);
  registerCreateLifecycleEvent(app);
  registerGetLifecycleEvent(app);
  registerSignOffLifecycleEvent(app);
  registerCompleteLifecycleEvent(app);
  registerCancelLifecycleEvent(app);
}
