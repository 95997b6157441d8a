import { type ContractObligationInput, type CreateContractInput, newId } from "@propgov/core";
import { contracts, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, lockReachableCompound, type Reach, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { activeCompany, assertNoOverlap } from "./checks.js";
import { recordProjectManager } from "./project-managers.js";
import { type ContractView, contractView } from "./view.js";

export const feeText = (fee: number) => fee.toFixed(2);

/** Obligations as stored: kind, value and the note when there is one. */
export const obligationRows = (list: readonly ContractObligationInput[]) =>
  list.map((o) => ({ kind: o.kind, value: o.value, ...(o.note ? { note: o.note } : {}) }));

/**
 * Inserts a contract in the caller's transaction (with its first project-manager entry and the
 * audit event), after checking the company, the compound within the caller's reach, and that no
 * other contract of the compound overlaps.
 */
export async function insertContract(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateContractInput,
): Promise<ContractView> {
  const company = await activeCompany(tx, ctx, input.companyId);
  const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
  await assertNoOverlap(tx, ctx, compound.id, input);
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(contracts)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("contract", now.getTime()),
      companyId: company.id,
      compoundId: compound.id,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      feeStandard: feeText(input.feeStandard),
      projectManagerName: input.projectManager.name,
      projectManagerPhone: input.projectManager.phone,
      obligations: obligationRows(input.obligations ?? []),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await recordProjectManager(tx, ctx, row.id, input.projectManager);
  const view = contractView(
    { contract: row, companyName: company.name, compoundName: compound.name },
    tenantToday(ctx),
  );
  await audit(tx, ctx, ctx.tenant.id, {
    action: "contract.create",
    targetType: "contract",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createContract(ctx: TenantServiceContext, input: CreateContractInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    return insertContract(tx, ctx, reach, input);
  });
}
