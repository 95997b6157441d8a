import { type CreateCompoundInput, newId } from "@propgov/core";
import { compounds, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { checkReferences } from "./checks.js";
import { replaceGrids } from "./grids.js";
import { findCompound } from "./read.js";
import type { CompoundView } from "./view.js";

/**
 * Inserts a compound with its grids in the caller's transaction (bulk import calls it per row
 * inside one transaction; demo data too): checks the community and the guarantors, that the
 * caller may write in that community, and writes the audit event. A context without a principal
 * is the system and acts county-wide. Throws 422 naming `body.communityId` or
 * `body.grids.N.guarantor.userId`, 403 when the caller's role does not write.
 */
export async function insertCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateCompoundInput,
): Promise<CompoundView> {
  const reach = await writerReach(tx, ctx);
  await checkReferences(tx, ctx, reach, input, new Set());
  const now = ctx.deps.now();
  const id = newId("compound", now.getTime());
  await tx.insert(compounds).values({
    tenantId: ctx.tenant.id,
    id,
    name: input.name,
    address: input.address,
    communityId: input.communityId,
    buildings: input.buildings,
    households: input.households,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    serviceMode: input.serviceMode,
    selfManagedSince: input.selfManagedSince ?? null,
    residentPartyMembers: input.residentPartyMembers ?? 0,
    createdAt: now,
    updatedAt: now,
  });
  await replaceGrids(tx, ctx, id, input.grids ?? []);
  const view = await findCompound(tx, ctx, { kind: "county" }, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "compound.create",
    targetType: "compound",
    targetId: id,
    after: view,
  });
  return view;
}

export function createCompound(ctx: TenantServiceContext, input: CreateCompoundInput): Promise<CompoundView> {
  return inTenant(ctx, (tx) => insertCompound(tx, ctx, input));
}
