import { AppError, type UpdateCompoundInput } from "@propgov/core";
import { compounds } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { checkReferences } from "./checks.js";
import { replaceGrids } from "./grids.js";
import { findCompound } from "./read.js";
import type { CompoundView } from "./view.js";

/** Changes a compound; `grids`, when given, replaces the set (known ids keep their identity). */
export async function updateCompound(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateCompoundInput,
): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findCompound(tx, ctx, reach, id);
    const communityChanges = input.communityId !== undefined && input.communityId !== before.communityId;
    const mode = input.serviceMode ?? before.serviceMode;
    if (input.selfManagedSince && mode !== "selfManaged") {
      throw new AppError("unprocessable", "Only a self-managed compound has a self-management start date.", {
        errors: [
          {
            path: "body.selfManagedSince",
            message: `The compound's service mode is '${mode}': set serviceMode to selfManaged as well.`,
          },
        ],
      });
    }
    await checkReferences(
      tx,
      ctx,
      reach,
      { communityId: communityChanges ? input.communityId : undefined, grids: input.grids },
      new Set(before.grids.map((g) => g.id)),
    );
    await tx
      .update(compounds)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.communityId !== undefined ? { communityId: input.communityId } : {}),
        ...(input.buildings !== undefined ? { buildings: input.buildings } : {}),
        ...(input.households !== undefined ? { households: input.households } : {}),
        ...(input.location !== undefined
          ? { lat: input.location?.lat ?? null, lng: input.location?.lng ?? null }
          : {}),
        ...(input.serviceMode !== undefined ? { serviceMode: input.serviceMode } : {}),
        // Leaving self-management ends its arrangement: the start date goes with it.
        ...(input.selfManagedSince !== undefined || mode !== "selfManaged"
          ? { selfManagedSince: mode === "selfManaged" ? (input.selfManagedSince ?? null) : null }
          : {}),
        ...(input.residentPartyMembers !== undefined
          ? { residentPartyMembers: input.residentPartyMembers }
          : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    if (input.grids !== undefined) await replaceGrids(tx, ctx, id, input.grids);
    const view = await findCompound(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "compound.update",
      targetType: "compound",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}

/** Soft delete: the compound leaves lists (unless asked for); its history stays. */
export async function archiveCompound(ctx: TenantServiceContext, id: string): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findCompound(tx, ctx, reach, id);
    if (before.archivedAt) return before;
    const now = ctx.deps.now();
    await tx
      .update(compounds)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    const view = await findCompound(tx, ctx, { kind: "county" }, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "compound.archive",
      targetType: "compound",
      targetId: id,
      before,
      after: view,
    });
    return view;
  });
}
