import type { Period, PolicyDisclosure } from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";

/** The disclosures an evaluation of `period` (as of `asOf`) judges, for the policy view. */
export async function disclosureFacts(
  _tx: Tx,
  _ctx: TenantServiceContext,
  _period: Period,
  _asOf: string,
): Promise<PolicyDisclosure[]> {
  return [];
}
