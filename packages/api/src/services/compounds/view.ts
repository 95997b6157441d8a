import { type Label, type ServiceMode, serviceModeLabels } from "@propgov/core";
import { committees, compounds, grids, regions, type Tx, users } from "@propgov/db";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { tenantToday } from "../time.js";

/** A grid's guarantor as shown: a user of the tenant (by display name) or a named person with a phone. */
export type GuarantorView =
  | { userId: string; name: string; phone: null }
  | { userId: null; name: string; phone: string };

export interface GridView {
  id: string;
  name: string;
  guarantor: GuarantorView | null;
}

export interface CompoundView {
  id: string;
  name: string;
  address: string;
  communityId: string;
  communityName: string;
  buildings: number;
  households: number;
  location: { lat: number; lng: number } | null;
  serviceMode: ServiceMode;
  serviceModeLabel: Label;
  /** When the self-management arrangement (自管) started; null unless self-managed with a recorded start. */
  selfManagedSince: string | null;
  residentPartyMembers: number;
  grids: GridView[];
  /** 包保责任人 answerable for the whole compound. */
  guarantor: GuarantorView | null;
  /** Whether an owners' committee is in term today (in the tenant's time zone). */
  hasCommittee: boolean;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type CompoundRow = typeof compounds.$inferSelect;
interface Loaded {
  compound: CompoundRow;
  communityName: string;
  hasCommittee: boolean;
  guarantorUserName: string | null;
}

/** The compound has a non-archived committee in term on `day` (formedOn ≤ day ≤ termEndsOn). */
export const committeeInTerm = (day: string): SQL<boolean> =>
  sql<boolean>`exists (select 1 from ${committees} m where m.tenant_id = ${compounds.tenantId} and m.compound_id = ${compounds.id} and m.archived_at is null and m.formed_on <= ${day}::date and m.term_ends_on >= ${day}::date)`;

/** Compounds with their community's name and committee status, in one select. */
export function selectCompounds(tx: Tx, ctx: TenantServiceContext) {
  return tx
    .select({
      compound: compounds,
      communityName: regions.name,
      hasCommittee: committeeInTerm(tenantToday(ctx)),
      guarantorUserName: users.displayName,
    })
    .from(compounds)
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .leftJoin(users, and(eq(users.tenantId, compounds.tenantId), eq(users.id, compounds.guarantorUserId)));
}

/** Views of loaded compounds, their grids fetched in one query. */
export async function toViews(tx: Tx, ctx: TenantServiceContext, loaded: Loaded[]): Promise<CompoundView[]> {
  const ids = loaded.map((l) => l.compound.id);
  const gridRows =
    ids.length === 0
      ? []
      : await tx
          .select({ grid: grids, userName: users.displayName })
          .from(grids)
          .leftJoin(users, and(eq(users.tenantId, grids.tenantId), eq(users.id, grids.guarantorUserId)))
          .where(and(eq(grids.tenantId, ctx.tenant.id), inArray(grids.compoundId, ids)))
          .orderBy(asc(grids.position), asc(grids.id));
  const byCompound = new Map<string, GridView[]>();
  for (const { grid, userName } of gridRows) {
    const list = byCompound.get(grid.compoundId) ?? [];
    list.push({ id: grid.id, name: grid.name, guarantor: guarantorView(grid, userName) });
    byCompound.set(grid.compoundId, list);
  }
  return loaded.map(({ compound: c, communityName, hasCommittee, guarantorUserName }) => ({
    id: c.id,
    name: c.name,
    address: c.address,
    communityId: c.communityId,
    communityName,
    buildings: c.buildings,
    households: c.households,
    location: c.lat !== null && c.lng !== null ? { lat: c.lat, lng: c.lng } : null,
    serviceMode: c.serviceMode,
    serviceModeLabel: serviceModeLabels[c.serviceMode],
    selfManagedSince: c.selfManagedSince,
    residentPartyMembers: c.residentPartyMembers,
    grids: byCompound.get(c.id) ?? [],
    guarantor: guarantorView(c, guarantorUserName),
    hasCommittee: Boolean(hasCommittee),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    archivedAt: c.archivedAt,
  }));
}

/** The guarantor of a grid or a compound (the same three columns on both). */
export function guarantorView(
  row: { guarantorUserId: string | null; guarantorName: string | null; guarantorPhone: string | null },
  userName: string | null,
): GuarantorView | null {
  if (row.guarantorUserId) return { userId: row.guarantorUserId, name: userName ?? "", phone: null };
  if (row.guarantorName && row.guarantorPhone) {
    return { userId: null, name: row.guarantorName, phone: row.guarantorPhone };
  }
  return null;
}
