import type { Period, PolicyMeeting } from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";

/** The meetings an evaluation of `period` (as of `asOf`) judges, for the policy view. */
export async function meetingFacts(
  _tx: Tx,
  _ctx: TenantServiceContext,
  _period: Period,
  _asOf: string,
): Promise<PolicyMeeting[]> {
  return [];
}
