import { describePolicies, type PolicyDescription } from "@propgov/core";
import type { TenantServiceContext } from "../context.js";
import { currentMechanism } from "./mechanism.js";
import { inTenant } from "./tx.js";

export interface PoliciesView {
  mechanismVersion: number;
  items: PolicyDescription[];
}

/**
 * Every policy this deployment has (built-ins, then plugins), each with its config JSON Schema,
 * defaults and what it judges today, and its state in the tenant's current mechanism.
 */
export async function listPolicies(ctx: TenantServiceContext): Promise<PoliciesView> {
  const mechanism = await inTenant(ctx, (tx) => currentMechanism(tx, ctx));
  return {
    mechanismVersion: mechanism.version,
    items: describePolicies(ctx.deps.policies, mechanism.document),
  };
}
