import { AppError, regionParentProblem, type UpdateRegionInput } from "@propgov/core";
import { compounds, regions } from "@propgov/db";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { subtreeOf, writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertCodeFree, codeTaken, kindProblem, resolveParent } from "./checks.js";
import { findWritableRegion } from "./read.js";
import { type RegionView, regionView } from "./view.js";

/**
 * Renames, recodes or moves a region. Moving (a community to another township or street)
 * rewrites the path of the region and of its whole subtree in the same transaction.
 */
export async function updateRegion(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateRegionInput,
): Promise<RegionView> {
  try {
    return await inTenant(ctx, async (tx) => {
      const reach = await writerReach(tx, ctx);
      const before = await findWritableRegion(tx, ctx, reach, id);

      let parentId = before.parentId;
      let path = before.path;
      if (input.parentId !== undefined && input.parentId !== before.parentId) {
        const parent = input.parentId ? await resolveParent(tx, ctx, reach, input.parentId) : null;
        const problem = regionParentProblem(before.kind, parent?.kind ?? null);
        if (problem) throw kindProblem(problem);
        if (parent?.path.startsWith(before.path)) throw kindProblem("A region cannot move under itself.");
        if (!parent && reach.kind !== "county") {
          throw new AppError("forbidden", "Only county administrators place regions at the top.");
        }
        parentId = parent?.id ?? null;
        path = `${parent?.path ?? ""}${before.id}/`;
      }
      if (input.code && input.code !== before.code && !before.archivedAt) {
        await assertCodeFree(tx, ctx, input.code, id);
      }

      const now = ctx.deps.now();
      const [row] = await tx
        .update(regions)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.code !== undefined ? { code: input.code } : {}),
          parentId,
          path,
          updatedAt: now,
        })
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
        .returning();
      if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
      if (path !== before.path) {
        // Everything under the region keeps its own tail and takes the new head.
        await tx
          .update(regions)
          .set({
            path: sql`${path}::text || substr(${regions.path}, ${before.path.length + 1}::int)`,
            updatedAt: now,
          })
          .where(and(eq(regions.tenantId, ctx.tenant.id), subtreeOf(before.path), ne(regions.id, id)));
      }
      const view = regionView(row);
      await audit(tx, ctx, ctx.tenant.id, {
        action: "region.update",
        targetType: "region",
        targetId: id,
        before: regionView(before),
        after: view,
      });
      return view;
    });
  } catch (error) {
    codeTaken(error, input.code);
  }
}

/** Soft delete; refused (409) while active regions or compounds hang under it. */
export async function archiveRegion(ctx: TenantServiceContext, id: string): Promise<RegionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findWritableRegion(tx, ctx, reach, id);
    if (before.archivedAt) return regionView(before);
    const [child] = await tx
      .select({ id: regions.id })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.parentId, id), isNull(regions.archivedAt)))
      .limit(1);
    if (child) {
      throw new AppError(
        "conflict",
        "The region still has active regions under it: archive or move them first.",
      );
    }
    const [compound] = await tx
      .select({ id: compounds.id })
      .from(compounds)
      .where(
        and(
          eq(compounds.tenantId, ctx.tenant.id),
          eq(compounds.communityId, id),
          isNull(compounds.archivedAt),
        ),
      )
      .limit(1);
    if (compound) {
      throw new AppError("conflict", "The region still has active compounds: archive or move them first.");
    }
    const now = ctx.deps.now();
    const [row] = await tx
      .update(regions)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Region '${id}' was not found.`);
    const view = regionView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "region.archive",
      targetType: "region",
      targetId: id,
      before: regionView(before),
      after: view,
    });
    return view;
  });
}
