import type { AnyPolicy } from "../types.js";
import { assessment } from "./assessment.js";
import { complaintHandling } from "./complaint-handling.js";
import { contractPerformance } from "./contract-performance.js";
import { cultivateExcellence } from "./cultivate-excellence.js";
import { gridResponsibility } from "./grid-responsibility.js";
import { householdsPerGrid } from "./households-per-grid.js";
import { informationDisclosure } from "./information-disclosure.js";
import { jointConsultation } from "./joint-consultation.js";
import { mechanismCompleteness } from "./mechanism-completeness.js";
import { partyLeadership } from "./party-leadership.js";
import { wholeProcessParticipation } from "./whole-process-participation.js";

export * from "./assessment.js";
export * from "./complaint-handling.js";
export * from "./contract-performance.js";
export * from "./cultivate-excellence.js";
export * from "./grid-responsibility.js";
export * from "./households-per-grid.js";
export * from "./information-disclosure.js";
export * from "./joint-consultation.js";
export * from "./mechanism-completeness.js";
export * from "./party-leadership.js";
export * from "./whole-process-participation.js";

/** The eight rules of the seed (8项制度), in its order. */
export const eightRules = [
  partyLeadership,
  gridResponsibility,
  informationDisclosure,
  complaintHandling,
  jointConsultation,
  assessment,
  cultivateExcellence,
  wholeProcessParticipation,
] as const satisfies readonly AnyPolicy[];

/** Every policy shipped with core: the eight rules, the mechanism check, contract performance, and the optional extra. */
export const builtinPolicies: readonly AnyPolicy[] = [
  ...eightRules,
  mechanismCompleteness,
  contractPerformance,
  householdsPerGrid,
];

/**
 * The built-in policies that judge a period's cases from `caseTallies` and the narrowed `cases`
 * (see `PolicyView.caseTallies`): an evaluation whose every case reader is one of them may load
 * the tallies instead of every case of the period.
 */
export const caseTallyReaders: ReadonlySet<AnyPolicy> = new Set<AnyPolicy>([
  complaintHandling,
  gridResponsibility,
  contractPerformance,
]);
