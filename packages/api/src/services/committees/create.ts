import { type CreateCommitteeInput, newId } from "@propgov/core";
import { committees, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, lockReachableCompound, type Reach, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assertNoOverlap } from "./checks.js";
import { type CommitteeView, committeeView } from "./view.js";

/**
 * Inserts a committee in the caller's transaction (with its audit event), after checking the
 * compound within the caller's reach and that no other committee of it is in term meanwhile.
 */
export async function insertCommittee(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateCommitteeInput,
): Promise<CommitteeView> {
  const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
  await assertNoOverlap(tx, ctx, compound.id, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(committees)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("committee", now.getTime()),
      compoundId: compound.id,
      formedOn: input.formedOn,
      termEndsOn: input.termEndsOn,
      members: input.members,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = committeeView({ committee: row, compoundName: compound.name }, tenantToday(ctx));
  await audit(tx, ctx, ctx.tenant.id, {
    action: "committee.create",
    targetType: "committee",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createCommittee(ctx: TenantServiceContext, input: CreateCommitteeInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertCommittee(tx, ctx, reach, input);
  });
}
