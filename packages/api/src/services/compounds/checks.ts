import { AppError, type FieldError, type GridInput } from "@propgov/core";
import { regions, type Tx, users } from "@propgov/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { pathWithin } from "../access/regions.js";

/**
 * Checks what a compound refers to: the community (an active community the caller may write in;
 * one outside its reach reads as unknown), the guarantors (active users of the tenant), and on
 * update the ids of the grids (grids of this compound). Collects every problem into one 422.
 */
export async function checkReferences(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: { communityId?: string | undefined; grids?: GridInput[] | undefined },
  existingGridIds: ReadonlySet<string>,
): Promise<void> {
  const errors: FieldError[] = [];
  if (input.communityId !== undefined) {
    const [community] = await tx
      .select({ kind: regions.kind, path: regions.path })
      .from(regions)
      .where(
        and(
          eq(regions.tenantId, ctx.tenant.id),
          eq(regions.id, input.communityId),
          isNull(regions.archivedAt),
        ),
      );
    if (!community || !pathWithin(reach, community.path)) {
      errors.push({ path: "body.communityId", message: "No active community with this id." });
    } else if (community.kind !== "community") {
      errors.push({
        path: "body.communityId",
        message: `A compound belongs to a community, not to a ${community.kind}.`,
      });
    }
  }
  const gridInputs = input.grids ?? [];
  const userIds = [...new Set(gridInputs.flatMap((g) => (g.guarantor?.userId ? [g.guarantor.userId] : [])))];
  const activeUsers = new Set(
    userIds.length === 0
      ? []
      : (
          await tx
            .select({ id: users.id })
            .from(users)
            .where(
              and(eq(users.tenantId, ctx.tenant.id), inArray(users.id, userIds), isNull(users.disabledAt)),
            )
        ).map((u) => u.id),
  );
  const seen = new Set<string>();
  gridInputs.forEach((grid, i) => {
    if (grid.id !== undefined) {
      if (!existingGridIds.has(grid.id)) {
        errors.push({
          path: `body.grids.${i}.id`,
          message: "Not a grid of this compound (leave id out for a new grid).",
        });
      } else if (seen.has(grid.id)) {
        errors.push({ path: `body.grids.${i}.id`, message: "The same grid appears twice." });
      }
      seen.add(grid.id);
    }
    const userId = grid.guarantor?.userId;
    if (userId !== undefined && !activeUsers.has(userId)) {
      errors.push({ path: `body.grids.${i}.guarantor.userId`, message: "No active user with this id." });
    }
  });
  if (errors.length > 0) {
    throw new AppError("unprocessable", errors.map((e) => `${e.path}: ${e.message}`).join("; "), { errors });
  }
}
