import { AppError, type CreateRegionInput, newId, regionParentProblem } from "@propgov/core";
import { regions, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertCodeFree, codeTaken, kindProblem, resolveParent } from "./checks.js";
import { type RegionView, regionView } from "./view.js";

/**
 * Inserts in the caller's transaction (bulk import and demo data compose it): checks the parent
 * and the kind rules, that the code is free, that the caller may write there; writes the audit event.
 */
export async function insertRegion(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CreateRegionInput,
): Promise<RegionView> {
  const reach = await writerReach(tx, ctx);
  const parent = input.parentId ? await resolveParent(tx, ctx, reach, input.parentId) : null;
  const problem = regionParentProblem(input.kind, parent?.kind ?? null);
  if (problem) throw kindProblem(problem);
  if (!parent && reach.kind !== "county") {
    throw new AppError("forbidden", "Only county administrators add townships and streets.");
  }
  if (input.code) await assertCodeFree(tx, ctx, input.code);

  const now = ctx.deps.now();
  const id = newId("region", now.getTime());
  const [row] = await tx
    .insert(regions)
    .values({
      tenantId: ctx.tenant.id,
      id,
      kind: input.kind,
      parentId: parent?.id ?? null,
      name: input.name,
      code: input.code ?? null,
      path: `${parent?.path ?? ""}${id}/`,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = regionView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "region.create",
    targetType: "region",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createRegion(ctx: TenantServiceContext, input: CreateRegionInput) {
  try {
    return await inTenant(ctx, (tx) => insertRegion(tx, ctx, input));
  } catch (error) {
    codeTaken(error, input.code);
  }
}
