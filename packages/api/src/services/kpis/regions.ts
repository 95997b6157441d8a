import { AppError, type RegionKind } from "@propgov/core";
import { regions, type Tx } from "@propgov/db";
import { and, eq, isNull, like, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { escapeLike } from "../search.js";

export interface RegionRow {
  id: string;
  name: string;
  kind: RegionKind;
  path: string;
}

/** The region measured: the one asked if the caller may see it (else 404), else the caller's own. */
export async function regionAsked(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  regionId: string | undefined,
): Promise<RegionRow | null> {
  let within: SQL | undefined;
  switch (reach.kind) {
    case "county":
    case "department":
      if (!regionId) return null;
      break;
    case "region":
      within = like(regions.path, `${escapeLike(reach.path)}%`);
      break;
    default:
      throw new AppError(
        "forbidden",
        "Your role's scope names no part of the county whose figures you read.",
      );
  }
  const id = regionId ?? (reach.kind === "region" ? reach.regionId : undefined);
  if (!id) return null;
  const [row] = await tx
    .select({ id: regions.id, name: regions.name, kind: regions.kind, path: regions.path })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id), isNull(regions.archivedAt), within));
  if (!row) {
    throw new AppError("not_found", `Region '${id}' was not found.`, {
      errors: [{ path: "query.regionId", message: "No such region in your part of the county." }],
    });
  }
  return row;
}

/**
 * The region measured: the one asked if the caller may see it (region staff: within their
 * subtree), else 404 naming `query.regionId`; region staff default to their own region.
 */
export async function caseRegionAsked(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  regionId: string | undefined,
): Promise<{ id: string; path: string } | null> {
  const id = regionId ?? (reach.kind === "region" ? reach.regionId : undefined);
  if (!id) return null;
  const [row] = await tx
    .select({ id: regions.id, path: regions.path })
    .from(regions)
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.id, id),
        isNull(regions.archivedAt),
        reach.kind === "region" ? like(regions.path, `${escapeLike(reach.path)}%`) : undefined,
      ),
    );
  if (!row) {
    throw new AppError("not_found", `Region '${id}' was not found.`, {
      errors: [{ path: "query.regionId", message: "No such region in your part of the county." }],
    });
  }
  return row;
}
