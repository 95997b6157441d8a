import { AppError, type UpdatePartyOrgInput } from "@propgov/core";
import { partyOrgs, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, assertMayWrite, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { COMPANY_BRANCHES } from "./checks.js";
import { findPartyOrg } from "./read.js";
import { type PartyOrgView, partyOrgView } from "./view.js";

/** A party organisation the caller may change: within its reach, and company branches only county-wide. */
async function findWritable(tx: Tx, ctx: TenantServiceContext, id: string) {
  const reach = await reachOf(tx, ctx);
  assertMayWrite(reach);
  const row = await findPartyOrg(tx, ctx, reach, id, true);
  if (row.kind === "companyBranch") assertCountyWide(reach, COMPANY_BRANCHES);
  return row;
}

export async function updatePartyOrg(
  ctx: TenantServiceContext,
  id: string,
  input: UpdatePartyOrgInput,
): Promise<PartyOrgView> {
  return inTenant(ctx, async (tx) => {
    const before = await findWritable(tx, ctx, id);
    const [row] = await tx
      .update(partyOrgs)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.memberCount !== undefined ? { memberCount: input.memberCount } : {}),
        ...(input.formedOn !== undefined ? { formedOn: input.formedOn } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(partyOrgs.tenantId, ctx.tenant.id), eq(partyOrgs.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Party organisation '${id}' was not found.`);
    const view = partyOrgView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "partyOrg.update",
      targetType: "partyOrg",
      targetId: id,
      before: partyOrgView(before),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the organisation leaves lists (unless asked for) and no longer counts for coverage. */
export async function archivePartyOrg(ctx: TenantServiceContext, id: string): Promise<PartyOrgView> {
  return inTenant(ctx, async (tx) => {
    const before = await findWritable(tx, ctx, id);
    if (before.archivedAt) return partyOrgView(before);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(partyOrgs)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(partyOrgs.tenantId, ctx.tenant.id), eq(partyOrgs.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Party organisation '${id}' was not found.`);
    const view = partyOrgView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "partyOrg.archive",
      targetType: "partyOrg",
      targetId: id,
      before: partyOrgView(before),
      after: view,
    });
    return view;
  });
}
