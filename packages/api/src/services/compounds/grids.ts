import { type GridInput, newId } from "@propgov/core";
import { grids, type Tx } from "@propgov/db";
import { and, eq, inArray, not } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

const guarantorColumns = (grid: GridInput) => ({
  guarantorUserId: grid.guarantor?.userId ?? null,
  guarantorName: grid.guarantor?.userId ? null : (grid.guarantor?.name ?? null),
  guarantorPhone: grid.guarantor?.userId ? null : (grid.guarantor?.phone ?? null),
});

/** Makes the compound's grids exactly `wanted`: known ids updated in place, new ones added, the rest deleted. */
export async function replaceGrids(
  tx: Tx,
  ctx: TenantServiceContext,
  compoundId: string,
  wanted: GridInput[],
) {
  const now = ctx.deps.now();
  const keep = wanted.flatMap((g) => (g.id ? [g.id] : []));
  await tx
    .delete(grids)
    .where(
      and(
        eq(grids.tenantId, ctx.tenant.id),
        eq(grids.compoundId, compoundId),
        keep.length > 0 ? not(inArray(grids.id, keep)) : undefined,
      ),
    );
  for (const [position, grid] of wanted.entries()) {
    if (grid.id) {
      await tx
        .update(grids)
        .set({ name: grid.name, ...guarantorColumns(grid), position, updatedAt: now })
        .where(
          and(eq(grids.tenantId, ctx.tenant.id), eq(grids.compoundId, compoundId), eq(grids.id, grid.id)),
        );
    } else {
      await tx.insert(grids).values({
        tenantId: ctx.tenant.id,
        id: newId("grid", now.getTime()),
        compoundId,
        name: grid.name,
        ...guarantorColumns(grid),
        position,
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}
