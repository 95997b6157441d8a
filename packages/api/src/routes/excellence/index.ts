import type { Router } from "../../router.js";
import { registerAwardNomination } from "./award.js";
import { registerListExcellenceCandidates } from "./candidates.js";
import { registerCreateNomination } from "./create.js";
import { registerGetNomination } from "./get.js";
import { registerListNominations } from "./list.js";
import { registerRejectNomination } from "./reject.js";
import { registerWithdrawNomination } from "./withdraw.js";

/** Registers the excellence routes (培优育优): nominations and their decisions, and the year's candidates. */
export function registerExcellenceRoutes(app: Router) {
  registerListNominations(app);
  registerCreateNomination(app);
  registerGetNomination(app);
  registerWithdrawNomination(app);
  registerAwardNomination(app);
  registerRejectNomination(app);
  registerListExcellenceCandidates(app);
}
