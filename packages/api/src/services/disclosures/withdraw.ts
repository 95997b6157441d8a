import { AppError, type WithdrawDisclosureInput } from "@propgov/core";
import { disclosures } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { actorOf, audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { findVisible } from "./read.js";
import { type DisclosureView, disclosureView, type Row } from "./view.js";

/**
 * Whether the caller is on the publisher's side: the county; whoever published it; the company a
 * company disclosure names; for a disclosure without a company (a committee's or the community's),
 * the committee members of its compound and region staff over it.
 */
export function mayWithdraw(ctx: TenantServiceContext, reach: Reach, d: Row): boolean {
  if (reach.kind === "county") return true;
  if (d.publishedBy !== null && d.publishedBy === actorOf(ctx.principal).actorId) return true;
  switch (reach.kind) {
    case "company":
      return d.companyId === reach.companyId;
    case "compound":
      return d.companyId === null && d.compoundId === reach.compoundId;
    case "region":
      // Visible to the reach, so the compound lies in the region's subtree.
      return d.companyId === null && d.compoundId !== null;
    default:
      return false;
  }
}

/**
 * Withdraws (撤回) a disclosure: it leaves the public board and no longer counts in evaluations
 * from now on; the record stays, with who withdrew it and why (also audited). Already withdrawn → 409.
 */
export async function withdrawDisclosure(
  ctx: TenantServiceContext,
  id: string,
  input: WithdrawDisclosureInput,
): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await tx
      .select({ id: disclosures.id })
      .from(disclosures)
      .where(and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id)))
      .for("update");
    const before = await findVisible(tx, ctx, reach, id);
    if (before.d.withdrawnAt) {
      throw new AppError("conflict", `Disclosure '${id}' was already withdrawn.`, {
        extensions: { withdrawnAt: before.d.withdrawnAt.toISOString() },
      });
    }
    if (!mayWithdraw(ctx, reach, before.d)) {
      throw new AppError(
        "forbidden",
        "Only the publisher's side (the company it names, or the compound's committee and community) or a county administrator withdraws a disclosure.",
      );
    }
    const now = ctx.deps.now();
    const [row] = await tx
      .update(disclosures)
      .set({
        withdrawnAt: now,
        withdrawnBy: actorOf(ctx.principal).actorId,
        withdrawalReason: input.reason,
        updatedAt: now,
      })
      .where(and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Disclosure '${id}' was not found.`);
    const view = disclosureView({ ...before, d: row });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "disclosure.withdraw",
      targetType: "disclosure",
      targetId: id,
      before: disclosureView(before),
      after: { ...view, reason: input.reason },
    });
    return view;
  });
}
