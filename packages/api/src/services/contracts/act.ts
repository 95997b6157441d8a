import { AppError, type UpdateContractInput } from "@propgov/core";
import { compounds, contracts } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assertNoOverlap } from "./checks.js";
import { feeText, obligationRows } from "./create.js";
import { recordProjectManager } from "./project-managers.js";
import { findContract } from "./read.js";
import { type ContractView, contractView } from "./view.js";

export async function updateContract(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateContractInput,
): Promise<ContractView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findContract(tx, ctx, reach, id, true);
    const range = {
      startsOn: input.startsOn ?? before.contract.startsOn,
      endsOn: input.endsOn ?? before.contract.endsOn,
    };
    if (range.endsOn < range.startsOn) {
      throw new AppError("unprocessable", "The contract would end before it starts.", {
        errors: [
          {
            path: input.endsOn !== undefined ? "body.endsOn" : "body.startsOn",
            message: `Ends (${range.endsOn}) before it starts (${range.startsOn}).`,
          },
        ],
      });
    }
    const datesChange =
      range.startsOn !== before.contract.startsOn || range.endsOn !== before.contract.endsOn;
    if (datesChange && !before.contract.archivedAt) {
      await tx
        .select({ id: compounds.id })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, before.contract.compoundId)))
        .for("update");
      await assertNoOverlap(tx, ctx, before.contract.compoundId, range, id);
    }
    const manager = input.projectManager;
    const managerChanges =
      manager !== undefined &&
      (manager.name !== before.contract.projectManagerName ||
        manager.phone !== before.contract.projectManagerPhone);
    const [row] = await tx
      .update(contracts)
      .set({
        ...(input.startsOn !== undefined ? { startsOn: input.startsOn } : {}),
        ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
        ...(input.feeStandard !== undefined ? { feeStandard: feeText(input.feeStandard) } : {}),
        ...(manager ? { projectManagerName: manager.name, projectManagerPhone: manager.phone } : {}),
        ...(input.obligations !== undefined ? { obligations: obligationRows(input.obligations) } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
    if (manager && managerChanges) await recordProjectManager(tx, ctx, id, manager);
    const day = tenantToday(ctx);
    const view = contractView({ ...before, contract: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "contract.update",
      targetType: "contract",
      targetId: id,
      before: contractView(before, day),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the contract leaves lists (unless asked for) and no longer blocks its compound. */
export async function archiveContract(ctx: TenantServiceContext, id: string): Promise<ContractView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const before = await findContract(tx, ctx, reach, id, true);
    const day = tenantToday(ctx);
    if (before.contract.archivedAt) return contractView(before, day);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(contracts)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
    const view = contractView({ ...before, contract: row }, day);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "contract.archive",
      targetType: "contract",
      targetId: id,
      before: contractView(before, day),
      after: view,
    });
    return view;
  });
}
