import {
  type CoverageData,
  type CoverageFigures,
  type CoverageUnitType,
  coverageFigures,
  coverageUnits,
  partyEligibilityOf,
  type RegionKind,
  type ServiceBasis,
  serviceBasisOn,
} from "@propgov/core";
import { committees, companies, compounds, contracts, regions, type Tx } from "@propgov/db";
import { and, asc, eq, gte, inArray, isNull, like, lte, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { currentMechanism } from "../mechanism.js";
import { escapeLike } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { regionAsked } from "./regions.js";

export interface CoverageInput {
  /** The region whose subtree is measured; the county when absent (region staff: their region). */
  regionId?: string | undefined;
  /** The day, `YYYY-MM-DD`; today in the tenant's time zone when absent. */
  on?: string | undefined;
  /** Also list the units behind each numerator and denominator of the region measured. */
  units?: boolean | undefined;
}

interface UnitRef {
  type: CoverageUnitType;
  id: string;
  name: string;
}

/** The units behind the figures of the region measured: what each numerator and denominator counts. */
export interface CoverageUnitsView {
  serviceCoverage: {
    counted: (UnitRef & { basis: ServiceBasis })[];
    notCounted: UnitRef[];
  };
  committeeFormation: { counted: UnitRef[]; notCounted: UnitRef[] };
  partyOrgFormation: {
    counted: (UnitRef & { partyMembers: number })[];
    notCounted: (UnitRef & { partyMembers: number })[];
  };
}

export interface RegionCoverage extends CoverageFigures {
  regionId: string;
  name: string;
  kind: RegionKind;
}

export interface CoverageReport extends CoverageFigures {
  on: string;
  /** Null for the whole county. */
  regionId: string | null;
  /** From how many party members a unit is eligible for a party organisation (the mechanism's). */
  partyEligibility: number;
  /** The same figures for each direct child of the region (of the county: townships and streets). */
  byRegion: RegionCoverage[];
  /** With `units`: the units behind each figure of the region measured. */
  units?: CoverageUnitsView;
}

/**
 * The three "100%" goals (物业服务覆盖率, 业委会组建率, 党组织组建率) of the county or a region's
 * subtree on one day, with the same figures for each direct child region. The data is read in
 * one transaction with a few set-based queries and the figures computed by core's pure
 * `coverageFigures`, so the definitions live (and are tested) in one place.
 */
export async function coverageKpis(ctx: TenantServiceContext, input: CoverageInput): Promise<CoverageReport> {
  const on = input.on ?? tenantToday(ctx);
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const region = await regionAsked(tx, ctx, reach, input.regionId);
    const children = await tx
      .select({ id: regions.id, name: regions.name, kind: regions.kind, path: regions.path })
      .from(regions)
      .where(
        and(
          eq(regions.tenantId, ctx.tenant.id),
          isNull(regions.archivedAt),
          region ? eq(regions.parentId, region.id) : isNull(regions.parentId),
        ),
      )
      .orderBy(sql`${regions.code} asc nulls last`, asc(regions.name), asc(regions.id));
    const threshold = partyEligibilityOf((await currentMechanism(tx, ctx)).document);
    const { data, names } = await coverageData(tx, ctx, on, region?.path ?? null);
    const figures = (regionId: string | null) => coverageFigures(data, regionId, threshold);
    const report: CoverageReport = {
      on,
      regionId: region?.id ?? null,
      ...figures(region?.id ?? null),
      partyEligibility: threshold,
      byRegion: children.map((child) => ({
        regionId: child.id,
        name: child.name,
        kind: child.kind,
        ...figures(child.id),
      })),
    };
    if (input.units) {
      const u = coverageUnits(data, region?.id ?? null, threshold);
      const ref = (type: CoverageUnitType, id: string): UnitRef => ({ type, id, name: names.get(id) ?? id });
      report.units = {
        serviceCoverage: {
          counted: u.serviceCoverage.counted.map((c) => ({
            ...ref("compound", c.id),
            basis: c.basis as ServiceBasis,
          })),
          notCounted: u.serviceCoverage.notCounted.map((c) => ref("compound", c.id)),
        },
        committeeFormation: {
          counted: u.committeeFormation.counted.map((c) => ref("compound", c.id)),
          notCounted: u.committeeFormation.notCounted.map((c) => ref("compound", c.id)),
        },
        partyOrgFormation: {
          counted: u.partyOrgFormation.counted.map((x) => ({
            ...ref(x.type, x.id),
            partyMembers: x.partyMembers,
          })),
          notCounted: u.partyOrgFormation.notCounted.map((x) => ({
            ...ref(x.type, x.id),
            partyMembers: x.partyMembers,
          })),
        },
      };
    }
    return report;
  });
}

/**
 * What the figures need, on day `on`, for the compounds under `path` (all when null): active
 * compounds with whether a committee is in term and a compound branch exists; the committees in
 * term with their party members; active companies with their branch and the compounds they
 * serve under a contract running that day. Four queries, however large the county. A compound
 * is served when a contract is in force that day or its self-management had started by then.
 */
async function coverageData(
  tx: Tx,
  ctx: TenantServiceContext,
  on: string,
  path: string | null,
): Promise<{ data: CoverageData; names: Map<string, string> }> {
  const tenantId = ctx.tenant.id;
  const day = sql`${on}::date`;
  const inSubtree = path ? like(regions.path, `${escapeLike(path)}%`) : undefined;
  // A party organisation counts when it is not archived and was formed by the day (or its date is unknown).
  const partyOrgOf = (column: "compound_id" | "committee_id" | "company_id", kind: string, id: SQL) =>
    sql<boolean>`exists (select 1 from party_orgs p where p.tenant_id = ${tenantId} and p.${sql.raw(column)} = ${id} and p.kind = ${kind} and p.archived_at is null and (p.formed_on is null or p.formed_on <= ${day}))`;

  const compoundRows = await tx
    .select({
      id: compounds.id,
      name: compounds.name,
      path: regions.path,
      serviceMode: compounds.serviceMode,
      selfManagedSince: compounds.selfManagedSince,
      residentPartyMembers: compounds.residentPartyMembers,
      hasCommitteeInTerm: sql<boolean>`exists (select 1 from committees k where k.tenant_id = ${tenantId} and k.compound_id = ${compounds.id} and k.archived_at is null and k.formed_on <= ${day} and k.term_ends_on >= ${day})`,
      hasPartyOrg: partyOrgOf("compound_id", "compoundBranch", sql`${compounds.id}`),
    })
    .from(compounds)
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .where(and(eq(compounds.tenantId, tenantId), isNull(compounds.archivedAt), inSubtree));

  const committeeRows = await tx
    .select({
      id: committees.id,
      // A committee has no name of its own: it is its compound's (…业主委员会).
      name: sql<string>`${compounds.name} || '业主委员会'`,
      compoundId: committees.compoundId,
      members: committees.members,
      hasPartyOrg: partyOrgOf("committee_id", "committeeBranch", sql`${committees.id}`),
    })
    .from(committees)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
    )
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .where(
      and(
        eq(committees.tenantId, tenantId),
        isNull(committees.archivedAt),
        lte(committees.formedOn, on),
        gte(committees.termEndsOn, on),
        isNull(compounds.archivedAt),
        inSubtree,
      ),
    );

  // Contracts running on the day, to active compounds (of the subtree): who serves where.
  const served = await tx
    .select({ companyId: contracts.companyId, compoundId: contracts.compoundId })
    .from(contracts)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    )
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .where(
      and(
        eq(contracts.tenantId, tenantId),
        isNull(contracts.archivedAt),
        lte(contracts.startsOn, on),
        gte(contracts.endsOn, on),
        isNull(compounds.archivedAt),
        inSubtree,
      ),
    );
  const compoundsOf = new Map<string, string[]>();
  const underContract = new Set<string>();
  for (const s of served) {
    compoundsOf.set(s.companyId, [...(compoundsOf.get(s.companyId) ?? []), s.compoundId]);
    underContract.add(s.compoundId);
  }

  // In a subtree only companies serving a compound there count; the county counts every active one.
  const companyRows =
    path && compoundsOf.size === 0
      ? []
      : await tx
          .select({
            id: companies.id,
            name: companies.name,
            partyMembers: companies.partyMembers,
            hasPartyOrg: partyOrgOf("company_id", "companyBranch", sql`${companies.id}`),
          })
          .from(companies)
          .where(
            and(
              eq(companies.tenantId, tenantId),
              isNull(companies.archivedAt),
              path ? inArray(companies.id, [...compoundsOf.keys()]) : undefined,
            ),
          );

  const names = new Map<string, string>();
  for (const row of [...compoundRows, ...committeeRows, ...companyRows]) names.set(row.id, row.name);
  const data: CoverageData = {
    compounds: compoundRows.map((c) => ({
      id: c.id,
      regionIds: c.path.split("/").filter(Boolean),
      serviceBasis: serviceBasisOn(c, underContract.has(c.id), on),
      residentPartyMembers: c.residentPartyMembers,
      hasCommitteeInTerm: Boolean(c.hasCommitteeInTerm),
      hasPartyOrg: Boolean(c.hasPartyOrg),
    })),
    committees: committeeRows.map((k) => ({
      id: k.id,
      compoundId: k.compoundId,
      partyMembers: k.members.filter((m) => m.isPartyMember).length,
      hasPartyOrg: Boolean(k.hasPartyOrg),
    })),
    companies: companyRows.map((c) => ({
      id: c.id,
      partyMembers: c.partyMembers,
      hasPartyOrg: Boolean(c.hasPartyOrg),
      compoundIds: compoundsOf.get(c.id) ?? [],
    })),
  };
  return { data, names };
}
