import type { CasePriority, Category, Deadlines, Mechanism } from "../mechanism/schema.js";
import { complaintHandlingConfigSchema } from "../policies/builtin/complaint-handling.js";
import { deadlinesAtPriority } from "./deadlines.js";

/** The mechanism's category with this code, if it lists one. */
export const categoryOf = (mechanism: Mechanism, code: string): Category | undefined =>
  mechanism.categories.find((c) => c.code === code);

/** The complaintHandling policy's config (defaults when the mechanism leaves it out or it does not parse). */
export function complaintConfig(mechanism: Mechanism) {
  const parsed = complaintHandlingConfigSchema.safeParse(mechanism.policies.complaintHandling?.config ?? {});
  return parsed.success ? parsed.data : complaintHandlingConfigSchema.parse({});
}

/**
 * A category's own deadlines win; else the complaintHandling policy's. A priority above normal
 * caps them with the mechanism's `workOrders.priorities` (emergency: first contact in 2 h).
 */
export function deadlinesFor(
  mechanism: Mechanism,
  category: Category | undefined,
  priority: CasePriority = "normal",
): Deadlines {
  let own: Deadlines;
  if (category) own = category.deadlines;
  else {
    const c = complaintConfig(mechanism);
    own = {
      firstContactHours: c.firstContactHours,
      checkInHours: c.checkInHours,
      resolutionDays: c.resolutionDays,
      workingDays: c.workingDays,
    };
  }
  return deadlinesAtPriority(own, mechanism.workOrders, priority);
}
