import type { Router } from "../../router.js";
import { registerCreditAppeals } from "./appeals.js";
import { registerCreateCreditRecord } from "./create-record.js";
import { registerCreditEligibility } from "./eligibility.js";
import { registerExportCreditPenalties } from "./export-penalties.js";
import { registerGetCreditFile } from "./get.js";
import { registerRankCreditCompanies } from "./list.js";
import { registerListCreditRecords } from "./list-records.js";
import { registerPublicCreditBoard } from "./public-board.js";
import { registerRevokeCreditRecord } from "./revoke-record.js";

/** Credit files (信用档案): ranking, files, records, eligibility, the public board and the 双公示 export. */
export function registerCreditRoutes(app: Router) {
  registerRankCreditCompanies(app);
  registerGetCreditFile(app);
  registerListCreditRecords(app);
  registerCreateCreditRecord(app);
  registerRevokeCreditRecord(app);
  registerCreditEligibility(app);
  registerPublicCreditBoard(app);
  registerExportCreditPenalties(app);
  registerCreditAppeals(app);
}
