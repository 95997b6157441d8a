import type { Period, PolicyLifecycleEvent } from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";

/** The lifecycle events an evaluation of `period` (as of `asOf`) judges, for the policy view. */
export async function lifecycleFacts(
  _tx: Tx,
  _ctx: TenantServiceContext,
  _period: Period,
  _asOf: string,
): Promise<PolicyLifecycleEvent[]> {
  return [];
}
