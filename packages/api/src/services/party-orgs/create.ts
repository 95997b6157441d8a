import { type CreatePartyOrgInput, newId } from "@propgov/core";
import { partyOrgs, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, type Reach, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertAttachment } from "./checks.js";
import { type PartyOrgView, partyOrgView } from "./view.js";

/**
 * Inserts a party organisation in the caller's transaction (with its audit event), after
 * checking what it attaches to against the caller's reach.
 */
export async function insertPartyOrg(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreatePartyOrgInput,
): Promise<PartyOrgView> {
  await assertAttachment(tx, ctx, reach, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(partyOrgs)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("partyOrg", now.getTime()),
      kind: input.kind,
      name: input.name ?? null,
      regionId: input.kind === "communityCommittee" ? (input.regionId ?? null) : null,
      compoundId: input.kind === "compoundBranch" ? (input.compoundId ?? null) : null,
      companyId: input.kind === "companyBranch" ? (input.companyId ?? null) : null,
      committeeId: input.kind === "committeeBranch" ? (input.committeeId ?? null) : null,
      memberCount: input.memberCount,
      formedOn: input.formedOn ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = partyOrgView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "partyOrg.create",
    targetType: "partyOrg",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createPartyOrg(ctx: TenantServiceContext, input: CreatePartyOrgInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertPartyOrg(tx, ctx, reach, input);
  });
}
