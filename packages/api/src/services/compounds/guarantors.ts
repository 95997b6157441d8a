import { AppError, type Guarantor } from "@propgov/core";
import { compounds, grids, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertActiveUser } from "../units/refs.js";
import { findCompound } from "./read.js";
import type { CompoundView, GuarantorView } from "./view.js";

/**
 * 包保责任人: the cadre answerable for a whole compound, or for one of its grids. A user of the
 * county or a named person with a phone. Every change is audited with the guarantor before and
 * after; county administrators change any, region staff those of compounds in their subtree.
 */

const columnsOf = (g: Guarantor | null) => ({
  guarantorUserId: g?.userId ?? null,
  guarantorName: g?.userId ? null : (g?.name ?? null),
  guarantorPhone: g?.userId ? null : (g?.phone ?? null),
});

/** Whether the columns for `wanted` are those the current guarantor already has. */
const unchanged = (current: GuarantorView | null, wanted: Guarantor | null) =>
  JSON.stringify(columnsOf(wanted)) ===
  JSON.stringify({
    guarantorUserId: current?.userId ?? null,
    guarantorName: current && !current.userId ? current.name : null,
    guarantorPhone: current?.phone ?? null,
  });

/** The compound the writer may change (404 otherwise), refused (409) while archived. */
async function writableCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  compoundId: string,
): Promise<CompoundView> {
  const compound = await findCompound(tx, ctx, await writerReach(tx, ctx), compoundId);
  if (compound.archivedAt) {
    throw new AppError(
      "conflict",
      `Compound '${compoundId}' is archived: restore it before assigning guarantors.`,
    );
  }
  return compound;
}

/** Sets (or, with null, clears) the compound's guarantor; the compound as it is now. */
async function assignCompoundGuarantor(
  ctx: TenantServiceContext,
  compoundId: string,
  guarantor: Guarantor | null,
): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const before = await writableCompound(tx, ctx, compoundId);
    if (guarantor?.userId) await assertActiveUser(tx, ctx, guarantor.userId, "body.userId");
    if (unchanged(before.guarantor, guarantor)) return before;
    await tx
      .update(compounds)
      .set({ ...columnsOf(guarantor), updatedAt: ctx.deps.now() })
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, compoundId)));
    const after = await findCompound(tx, ctx, { kind: "county" }, compoundId);
    await audit(tx, ctx, ctx.tenant.id, {
      action: guarantor ? "compound.guarantor.set" : "compound.guarantor.clear",
      targetType: "compound",
      targetId: compoundId,
      before: { guarantor: before.guarantor },
      after: { guarantor: after.guarantor },
    });
    return after;
  });
}

export const setCompoundGuarantor = (ctx: TenantServiceContext, compoundId: string, guarantor: Guarantor) =>
  assignCompoundGuarantor(ctx, compoundId, guarantor);

export const clearCompoundGuarantor = (ctx: TenantServiceContext, compoundId: string) =>
  assignCompoundGuarantor(ctx, compoundId, null);

/** Sets (or, with null, clears) one grid's guarantor; the compound as it is now. */
async function assignGridGuarantor(
  ctx: TenantServiceContext,
  compoundId: string,
  gridId: string,
  guarantor: Guarantor | null,
): Promise<CompoundView> {
  return inTenant(ctx, async (tx) => {
    const compound = await writableCompound(tx, ctx, compoundId);
    const grid = compound.grids.find((g) => g.id === gridId);
    if (!grid) throw new AppError("not_found", `Grid '${gridId}' of compound '${compoundId}' was not found.`);
    if (guarantor?.userId) await assertActiveUser(tx, ctx, guarantor.userId, "body.userId");
    if (unchanged(grid.guarantor, guarantor)) return compound;
    await tx
      .update(grids)
      .set({ ...columnsOf(guarantor), updatedAt: ctx.deps.now() })
      .where(and(eq(grids.tenantId, ctx.tenant.id), eq(grids.compoundId, compoundId), eq(grids.id, gridId)));
    const after = await findCompound(tx, ctx, { kind: "county" }, compoundId);
    await audit(tx, ctx, ctx.tenant.id, {
      action: guarantor ? "grid.guarantor.set" : "grid.guarantor.clear",
      targetType: "grid",
      targetId: gridId,
      before: { compoundId, guarantor: grid.guarantor },
      after: { compoundId, guarantor: after.grids.find((g) => g.id === gridId)?.guarantor ?? null },
    });
    return after;
  });
}

export const setGridGuarantor = (
  ctx: TenantServiceContext,
  compoundId: string,
  gridId: string,
  guarantor: Guarantor,
) => assignGridGuarantor(ctx, compoundId, gridId, guarantor);

export const clearGridGuarantor = (ctx: TenantServiceContext, compoundId: string, gridId: string) =>
  assignGridGuarantor(ctx, compoundId, gridId, null);
