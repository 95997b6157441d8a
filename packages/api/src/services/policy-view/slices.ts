import type { PolicyView } from "@propgov/core";
import {
  bodies,
  committees,
  companies,
  compounds,
  departments,
  grids,
  partyOrgs,
  regions,
  staff,
  venues,
} from "@propgov/db";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { UnitScope, ViewScope } from "./scope.js";

const guarantorOf = (userId: string | null, name: string | null) =>
  userId || name ? { userId, name } : null;

export type CompoundRow = typeof compounds.$inferSelect;

/**
 * The active compounds (in a scope, its own). A scope reads them also when only the slices that
 * hang off their communities are asked for (regions, party organisations, bodies, staff, venues).
 */
export async function compoundRowsOf(scope: ViewScope): Promise<CompoundRow[]> {
  const { tx, tenantId, scoped, compoundIds, wanted } = scope;
  const forUnits =
    scoped &&
    compoundIds.length > 0 &&
    (["regions", "partyOrgs", "bodies", "staff", "venues"] as const).some((slice) => wanted.has(slice));
  if (!scope.want("compounds") && !forUnits) return [];
  return tx
    .select()
    .from(compounds)
    .where(and(eq(compounds.tenantId, tenantId), isNull(compounds.archivedAt), scope.inScope(compounds.id)))
    .orderBy(asc(compounds.id));
}

/** The compounds slice, from the rows `compoundRowsOf` read. */
export function compoundsOf(scope: ViewScope, rows: readonly CompoundRow[]): PolicyView["compounds"] {
  if (!scope.want("compounds")) return [];
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    communityId: c.communityId,
    serviceMode: c.serviceMode,
    selfManagedSince: c.selfManagedSince,
    households: c.households,
    residentPartyMembers: c.residentPartyMembers,
    guarantor: guarantorOf(c.guarantorUserId, c.guarantorName),
  }));
}

/** In a scope: its regions, the communities of its compounds, and every region above them. */
export async function loadRegions(scope: UnitScope): Promise<PolicyView["regions"]> {
  if (!scope.want("regions", scope.chainOf)) return [];
  return scope.tx
    .select({
      id: regions.id,
      kind: regions.kind,
      parentId: regions.parentId,
      name: regions.name,
      path: regions.path,
    })
    .from(regions)
    .where(and(eq(regions.tenantId, scope.tenantId), isNull(regions.archivedAt), scope.chain))
    .orderBy(asc(regions.path));
}

/** The grids of active compounds, in their order within each compound. */
export async function loadGrids(scope: ViewScope): Promise<PolicyView["grids"]> {
  if (!scope.want("grids")) return [];
  const rows = await scope.tx
    .select({
      id: grids.id,
      compoundId: grids.compoundId,
      name: grids.name,
      guarantorUserId: grids.guarantorUserId,
      guarantorName: grids.guarantorName,
    })
    .from(grids)
    .innerJoin(compounds, and(eq(compounds.tenantId, grids.tenantId), eq(compounds.id, grids.compoundId)))
    .where(
      and(eq(grids.tenantId, scope.tenantId), isNull(compounds.archivedAt), scope.inScope(grids.compoundId)),
    )
    .orderBy(asc(grids.compoundId), asc(grids.position), asc(grids.id));
  return rows.map((g) => ({
    id: g.id,
    compoundId: g.compoundId,
    name: g.name,
    guarantor: guarantorOf(g.guarantorUserId, g.guarantorName),
  }));
}

/** The active companies; in a scope, those under contract at its compounds. */
export async function loadCompanies(scope: ViewScope): Promise<PolicyView["companies"]> {
  if (!scope.want("companies")) return [];
  return scope.tx
    .select({
      id: companies.id,
      name: companies.name,
      partyMembers: companies.partyMembers,
      local: companies.local,
    })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, scope.tenantId),
        isNull(companies.archivedAt),
        scope.scoped
          ? sql`exists (select 1 from contracts k where k.tenant_id = ${companies.tenantId} and k.company_id = ${companies.id} and k.archived_at is null and ${inArray(sql`k.compound_id`, scope.compoundIds)})`
          : undefined,
      ),
    )
    .orderBy(asc(companies.id));
}

/** The active owners' committees (in a scope, of its compounds). */
export async function loadCommittees(scope: ViewScope): Promise<PolicyView["committees"]> {
  if (!scope.want("committees")) return [];
  return scope.tx
    .select({
      id: committees.id,
      compoundId: committees.compoundId,
      formedOn: committees.formedOn,
      termEndsOn: committees.termEndsOn,
      members: committees.members,
    })
    .from(committees)
    .where(
      and(
        eq(committees.tenantId, scope.tenantId),
        isNull(committees.archivedAt),
        scope.inScope(committees.compoundId),
      ),
    )
    .orderBy(asc(committees.id));
}

/** The party organisations formed by the view's day (in a scope, at its units). */
export async function loadPartyOrgs(scope: UnitScope): Promise<PolicyView["partyOrgs"]> {
  if (!scope.want("partyOrgs", scope.units)) return [];
  return scope.tx
    .select({
      id: partyOrgs.id,
      kind: partyOrgs.kind,
      name: partyOrgs.name,
      regionId: partyOrgs.regionId,
      compoundId: partyOrgs.compoundId,
      companyId: partyOrgs.companyId,
      committeeId: partyOrgs.committeeId,
      memberCount: partyOrgs.memberCount,
    })
    .from(partyOrgs)
    .where(
      and(
        eq(partyOrgs.tenantId, scope.tenantId),
        isNull(partyOrgs.archivedAt),
        sql`(${partyOrgs.formedOn} is null or ${partyOrgs.formedOn} <= ${scope.day})`,
        scope.atUnits(partyOrgs.compoundId, partyOrgs.regionId),
      ),
    )
    .orderBy(asc(partyOrgs.id));
}

/** The roster's active departments (in a scope, those it names by code). */
export async function loadDepartments(scope: ViewScope): Promise<PolicyView["departments"]> {
  const codes = scope.departmentCodes;
  if (!scope.want("departments", codes)) return [];
  const rows = await scope.tx
    .select({
      id: departments.id,
      code: departments.code,
      nameZh: departments.nameZh,
      nameEn: departments.nameEn,
      kind: departments.kind,
    })
    .from(departments)
    .where(
      and(
        eq(departments.tenantId, scope.tenantId),
        isNull(departments.archivedAt),
        scope.scoped ? inArray(departments.code, codes) : undefined,
      ),
    )
    .orderBy(asc(departments.id));
  return rows.map((d) => ({
    id: d.id,
    code: d.code,
    name: { zh: d.nameZh, en: d.nameEn },
    kind: d.kind,
  }));
}

/** The active bodies or venues (in a scope, at its units): both hang off a region or a compound. */
async function loadUnitsOf(
  scope: UnitScope,
  t: typeof bodies | typeof venues,
): Promise<PolicyView["bodies"]> {
  return scope.tx
    .select({ id: t.id, level: t.level, regionId: t.regionId, compoundId: t.compoundId, name: t.name })
    .from(t)
    .where(and(eq(t.tenantId, scope.tenantId), isNull(t.archivedAt), scope.atUnits(t.compoundId, t.regionId)))
    .orderBy(asc(t.id));
}

export async function loadBodies(scope: UnitScope): Promise<PolicyView["bodies"]> {
  return scope.want("bodies", scope.units) ? loadUnitsOf(scope, bodies) : [];
}

export async function loadVenues(scope: UnitScope): Promise<PolicyView["venues"]> {
  return scope.want("venues", scope.units) ? loadUnitsOf(scope, venues) : [];
}

/** The active staff (in a scope, at its units). */
export async function loadStaff(scope: UnitScope): Promise<PolicyView["staff"]> {
  if (!scope.want("staff", scope.units)) return [];
  return scope.tx
    .select({
      id: staff.id,
      name: staff.name,
      team: staff.team,
      dedicated: staff.dedicated,
      regionId: staff.regionId,
      compoundId: staff.compoundId,
    })
    .from(staff)
    .where(
      and(
        eq(staff.tenantId, scope.tenantId),
        isNull(staff.archivedAt),
        scope.atUnits(staff.compoundId, staff.regionId),
      ),
    )
    .orderBy(asc(staff.id));
}
