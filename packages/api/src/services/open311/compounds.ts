import { distanceMetres } from "@propgov/core";
import { compounds, type Tx } from "@propgov/db";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { compoundsWithin, type Reach } from "../access/reach.js";
import { NEAREST_COMPOUND_METRES } from "./constants.js";

export interface CompoundRow {
  id: string;
  name: string;
  address: string;
  communityId: string;
  lat: number | null;
  lng: number | null;
}

export const compoundColumns = {
  id: compounds.id,
  name: compounds.name,
  address: compounds.address,
  communityId: compounds.communityId,
  lat: compounds.lat,
  lng: compounds.lng,
};

/** The nearest active compound with coordinates within {@link NEAREST_COMPOUND_METRES} that the reach sees. */
export async function nearestCompound(
  tx: Tx,
  tenantId: string,
  reach: Reach,
  at: { lat: number; long: number },
): Promise<CompoundRow | undefined> {
  // A bounding box on the index-friendly columns first, then the exact distance.
  const dLat = (NEAREST_COMPOUND_METRES / 111_195) * 1.01;
  const dLong = dLat / Math.max(Math.cos((at.lat * Math.PI) / 180), 0.01);
  const candidates = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        isNull(compounds.archivedAt),
        isNotNull(compounds.lat),
        isNotNull(compounds.lng),
        sql`${compounds.lat} between ${at.lat - dLat} and ${at.lat + dLat}`,
        sql`${compounds.lng} between ${at.long - dLong} and ${at.long + dLong}`,
        compoundsWithin(reach),
      ),
    );
  let best: { row: CompoundRow; metres: number } | undefined;
  for (const row of candidates) {
    if (row.lat === null || row.lng === null) continue;
    const metres = distanceMetres({ lat: at.lat, lng: at.long }, { lat: row.lat, lng: row.lng });
    if (metres <= NEAREST_COMPOUND_METRES && (!best || metres < best.metres)) best = { row, metres };
  }
  return best?.row;
}

/** The active compound whose name or address appears in the text (the longest match wins). */
export async function compoundNamedIn(
  tx: Tx,
  tenantId: string,
  reach: Reach,
  text: string,
): Promise<CompoundRow | undefined> {
  const haystack = text.toLowerCase();
  const nameHit = sql`(length(${compounds.name}) > 0 and strpos(${haystack}, lower(${compounds.name})) > 0)`;
  const addressHit = sql`(length(${compounds.address}) > 0 and strpos(${haystack}, lower(${compounds.address})) > 0)`;
  const [row] = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        isNull(compounds.archivedAt),
        sql`(${nameHit} or ${addressHit})`,
        compoundsWithin(reach),
      ),
    )
    .orderBy(
      sql`greatest(case when ${nameHit} then length(${compounds.name}) else 0 end, case when ${addressHit} then length(${compounds.address}) else 0 end) desc`,
      compounds.id,
    )
    .limit(1);
  return row;
}

/** An active compound by id, if the reach sees it. */
export async function compoundById(tx: Tx, tenantId: string, reach: Reach, id: string) {
  const [row] = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        eq(compounds.id, id),
        isNull(compounds.archivedAt),
        compoundsWithin(reach),
      ),
    );
  return row;
}
