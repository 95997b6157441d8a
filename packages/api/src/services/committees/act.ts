import { AppError, type UpdateCommitteeInput } from "@propgov/core";
import { committees, compounds } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assertNoOverlap } from "./checks.js";
import { findCommittee } from "./read.js";
import { type CommitteeView, committeeView } from "./view.js";

export async function updateCommittee(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateCommitteeInput,
): Promise<CommitteeView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findCommittee(tx, ctx, reach, id, true);
    const term = {
      formedOn: input.formedOn ?? before.committee.formedOn,
      termEndsOn: input.termEndsOn ?? before.committee.termEndsOn,
    };
    if (term.termEndsOn <= term.formedOn) {
      throw new AppError("unprocessable", "The term would end before the committee was formed.", {
        errors: [
          {
            path: input.termEndsOn !== undefined ? "body.termEndsOn" : "body.formedOn",
            message: `The term ends (${term.termEndsOn}) before the committee was formed (${term.formedOn}).`,
          },
        ],
      });
    }
    const termChanges =
      term.formedOn !== before.committee.formedOn || term.termEndsOn !== before.committee.termEndsOn;
    if (termChanges && !before.committee.archivedAt) {
      await tx
        .select({ id: compounds.id })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, before.committee.compoundId)))
        .for("update");
      await assertNoOverlap(tx, ctx, before.committee.compoundId, term, id);
    }
    const [row] = await tx
      .update(committees)
      .set({
        ...(input.formedOn !== undefined ? { formedOn: input.formedOn } : {}),
        ...(input.termEndsOn !== undefined ? { termEndsOn: input.termEndsOn } : {}),
        ...(input.members !== undefined ? { members: input.members } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Committee '${id}' was not found.`);
    const day = tenantToday(ctx);
    const view = committeeView({ ...before, committee: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "committee.update",
      targetType: "committee",
      targetId: id,
      before: committeeView(before, day),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the committee leaves lists (unless asked for) and no longer counts as in term. */
export async function archiveCommittee(ctx: TenantServiceContext, id: string): Promise<CommitteeView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findCommittee(tx, ctx, reach, id, true);
    const day = tenantToday(ctx);
    if (before.committee.archivedAt) return committeeView(before, day);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(committees)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Committee '${id}' was not found.`);
    const view = committeeView({ ...before, committee: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "committee.archive",
      targetType: "committee",
      targetId: id,
      before: committeeView(before, day),
      after: view,
    });
    return view;
  });
}
