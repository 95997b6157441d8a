import { type CoordinateSystem, nearest, toWgs84 } from "@propgov/core";
import { compounds, type Tx } from "@propgov/db";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { caseReachOf, compoundsWithin } from "../access/reach.js";
import { inTenant } from "../tx.js";

export interface CompoundSuggestion {
  id: string;
  name: string;
  communityId: string;
  address: string;
  distanceMetres: number;
}

/**
 * Active compounds with coordinates nearest to a point, closest first. The point comes in its
 * own coordinate system (GCJ-02 from Chinese map apps by default) and is converted to the
 * registry's WGS-84 before distances are taken.
 */
export async function nearestCompoundsIn(
  tx: Tx,
  ctx: TenantServiceContext,
  point: { lat: number; lng: number; coordinateSystem: CoordinateSystem },
  options: { limit?: number; maxMetres?: number; withinReach?: boolean } = {},
): Promise<CompoundSuggestion[]> {
  const reach = options.withinReach === false ? undefined : await caseReachOf(tx, ctx);
  const rows = await tx
    .select({
      id: compounds.id,
      name: compounds.name,
      communityId: compounds.communityId,
      address: compounds.address,
      lat: compounds.lat,
      lng: compounds.lng,
    })
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, ctx.tenant.id),
        isNull(compounds.archivedAt),
        isNotNull(compounds.lat),
        isNotNull(compounds.lng),
        reach ? compoundsWithin(reach) : undefined,
      ),
    );
  const here = toWgs84({ lat: point.lat, lng: point.lng }, point.coordinateSystem);
  return nearest(
    here,
    rows.map((r) => ({ ...r, lat: r.lat as number, lng: r.lng as number })),
    options.limit ?? 3,
    options.maxMetres,
  ).map(({ id, name, communityId, address, distanceMetres }) => ({
    id,
    name,
    communityId,
    address,
    distanceMetres,
  }));
}

/** `GET compound-suggestions`: the nearest compounds within the caller's reach. */
export async function suggestCompounds(
  ctx: TenantServiceContext,
  point: { lat: number; lng: number; coordinateSystem: CoordinateSystem },
  limit: number,
): Promise<CompoundSuggestion[]> {
  return inTenant(ctx, (tx) => nearestCompoundsIn(tx, ctx, point, { limit, maxMetres: 5000 }));
}
