import type { Router } from "../../router.js";
import { registerCloseTask } from "./close.js";
import { registerCreateTask } from "./create.js";
import { registerCreateTaskFromFinding } from "./from-finding.js";
import { registerGetTask } from "./get.js";
import { registerGetTaskKpis } from "./kpis.js";
import { registerListTasks } from "./list.js";
import { registerCompleteTaskMilestone } from "./milestone-done.js";
import { registerSendBackTask } from "./send-back.js";
import { registerStartTask } from "./start.js";
import { registerSubmitTask } from "./submit.js";
import { registerUpdateTask } from "./update.js";
import { registerVerifyTask } from "./verify.js";

/** Registers the tasks routes (责任清单), the finding → task conversion and the task KPIs. */
export function registerTaskRoutes(app: Router) {
  registerListTasks(app);
  registerCreateTask(app);
  registerGetTask(app);
  registerUpdateTask(app);
  registerStartTask(app);
  registerSubmitTask(app);
  registerSendBackTask(app);
  registerVerifyTask(app);
  registerCloseTask(app);
  registerCompleteTaskMilestone(app);
  registerCreateTaskFromFinding(app);
  registerGetTaskKpis(app);
}
