import type { Router } from "../../router.js";
import { registerCreateDisclosure } from "./create.js";
import { registerGetDisclosure } from "./get.js";
import { registerListDisclosures } from "./list.js";
import { registerListPublicDisclosures } from "./public-list.js";
import { registerWithdrawDisclosure } from "./withdraw.js";

/** Registers the disclosures routes (信息公示), and the public disclosure board residents read without signing in. */
export function registerDisclosureRoutes(app: Router) {
  registerListDisclosures(app);
  registerCreateDisclosure(app);
  registerGetDisclosure(app);
  registerWithdrawDisclosure(app);
  registerListPublicDisclosures(app);
}
