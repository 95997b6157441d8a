import type { PolicyView } from "@propgov/core";
import {
  bodies,
  committees,
  companies,
  compounds,
  contractProjectManagers,
  contracts,
  departments,
  grids,
  partyOrgs,
  regions,
  staff,
  type Tx,
  venues,
} from "@propgov/db";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";

const guarantorOf = (userId: string | null, name: string | null) =>
  userId || name ? { userId, name } : null;

/**
 * The read-only county policies judge, on day `asOf` (`YYYY-MM-DD`), read in the caller's
 * transaction with one set-based select per kind of thing (however large the county): active
 * regions, compounds with their guarantor, their grids, companies, contracts with the number of
 * project-manager changes recorded by that day, committees, party organisations formed by then,
 * departments, bodies, staff and venues. Archived rows are left out.
 */
export async function loadPolicyView(tx: Tx, ctx: TenantServiceContext, asOf: string): Promise<PolicyView> {
  const tenantId = ctx.tenant.id;
  const day = sql`${asOf}::date`;

  const regionRows = await tx
    .select({
      id: regions.id,
      kind: regions.kind,
      parentId: regions.parentId,
      name: regions.name,
      path: regions.path,
    })
    .from(regions)
    .where(and(eq(regions.tenantId, tenantId), isNull(regions.archivedAt)))
    .orderBy(asc(regions.path));

  const compoundRows = await tx
    .select()
    .from(compounds)
    .where(and(eq(compounds.tenantId, tenantId), isNull(compounds.archivedAt)))
    .orderBy(asc(compounds.id));

  const gridRows = await tx
    .select({
      id: grids.id,
      compoundId: grids.compoundId,
      name: grids.name,
      guarantorUserId: grids.guarantorUserId,
      guarantorName: grids.guarantorName,
    })
    .from(grids)
    .innerJoin(compounds, and(eq(compounds.tenantId, grids.tenantId), eq(compounds.id, grids.compoundId)))
    .where(and(eq(grids.tenantId, tenantId), isNull(compounds.archivedAt)))
    .orderBy(asc(grids.compoundId), asc(grids.position), asc(grids.id));

  const companyRows = await tx
    .select({
      id: companies.id,
      name: companies.name,
      partyMembers: companies.partyMembers,
      local: companies.local,
    })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), isNull(companies.archivedAt)))
    .orderBy(asc(companies.id));

  // Changes = entries of the project-manager history recorded by the day, less the first.
  const contractRows = await tx
    .select({
      id: contracts.id,
      companyId: contracts.companyId,
      compoundId: contracts.compoundId,
      startsOn: contracts.startsOn,
      endsOn: contracts.endsOn,
      // Qualified by hand: in a one-table select drizzle writes bare column names, which inside the
      // subquery would name the history's own columns.
      managers: sql<number>`(select count(*)::int from ${contractProjectManagers} m where m.tenant_id = "contracts"."tenant_id" and m.contract_id = "contracts"."id" and m.since < (${day} + 1))`,
    })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), isNull(contracts.archivedAt)))
    .orderBy(asc(contracts.id));

  const committeeRows = await tx
    .select({
      id: committees.id,
      compoundId: committees.compoundId,
      formedOn: committees.formedOn,
      termEndsOn: committees.termEndsOn,
      members: committees.members,
    })
    .from(committees)
    .where(and(eq(committees.tenantId, tenantId), isNull(committees.archivedAt)))
    .orderBy(asc(committees.id));

  const partyOrgRows = await tx
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
        eq(partyOrgs.tenantId, tenantId),
        isNull(partyOrgs.archivedAt),
        sql`(${partyOrgs.formedOn} is null or ${partyOrgs.formedOn} <= ${day})`,
      ),
    )
    .orderBy(asc(partyOrgs.id));

  const departmentRows = await tx
    .select({
      id: departments.id,
      code: departments.code,
      nameZh: departments.nameZh,
      nameEn: departments.nameEn,
      kind: departments.kind,
    })
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), isNull(departments.archivedAt)))
    .orderBy(asc(departments.id));

  const bodyRows = await tx
    .select({
      id: bodies.id,
      level: bodies.level,
      regionId: bodies.regionId,
      compoundId: bodies.compoundId,
      name: bodies.name,
    })
    .from(bodies)
    .where(and(eq(bodies.tenantId, tenantId), isNull(bodies.archivedAt)))
    .orderBy(asc(bodies.id));

  const staffRows = await tx
    .select({
      id: staff.id,
      name: staff.name,
      team: staff.team,
      dedicated: staff.dedicated,
      regionId: staff.regionId,
      compoundId: staff.compoundId,
    })
    .from(staff)
    .where(and(eq(staff.tenantId, tenantId), isNull(staff.archivedAt)))
    .orderBy(asc(staff.id));

  const venueRows = await tx
    .select({
      id: venues.id,
      level: venues.level,
      regionId: venues.regionId,
      compoundId: venues.compoundId,
      name: venues.name,
    })
    .from(venues)
    .where(and(eq(venues.tenantId, tenantId), isNull(venues.archivedAt)))
    .orderBy(asc(venues.id));

  return {
    tenant: { id: tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name, timezone: ctx.tenant.timezone },
    asOf,
    regions: regionRows,
    compounds: compoundRows.map((c) => ({
      id: c.id,
      name: c.name,
      communityId: c.communityId,
      serviceMode: c.serviceMode,
      households: c.households,
      residentPartyMembers: c.residentPartyMembers,
      guarantor: guarantorOf(c.guarantorUserId, c.guarantorName),
    })),
    grids: gridRows.map((g) => ({
      id: g.id,
      compoundId: g.compoundId,
      name: g.name,
      guarantor: guarantorOf(g.guarantorUserId, g.guarantorName),
    })),
    companies: companyRows,
    contracts: contractRows.map(({ managers, ...c }) => ({
      ...c,
      projectManagerChanges: Math.max(0, Number(managers) - 1),
    })),
    committees: committeeRows,
    partyOrgs: partyOrgRows,
    departments: departmentRows.map((d) => ({
      id: d.id,
      code: d.code,
      name: { zh: d.nameZh, en: d.nameEn },
      kind: d.kind,
    })),
    bodies: bodyRows,
    staff: staffRows,
    venues: venueRows,
  };
}
