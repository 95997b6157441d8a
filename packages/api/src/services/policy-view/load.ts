import { type Period, type PolicyView, type ViewSlice, viewSlices } from "@propgov/core";
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
  type Tx,
  venues,
} from "@propgov/db";
import { type AnyColumn, and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assessmentFacts, bulletinFacts } from "../facts/assessments.js";
import { disclosureFacts } from "../facts/disclosures.js";
import { inspectionFacts } from "../facts/inspections.js";
import { lifecycleFacts } from "../facts/lifecycle.js";
import { meetingFacts } from "../facts/meetings.js";
import { instantOfDay } from "../time.js";

import { loadCaseTallies } from "./case-tallies.js";
import { type CaseNarrowing, loadPeriodCases, periodCaseScope } from "./cases.js";
import { loadContracts } from "./contracts.js";

const guarantorOf = (userId: string | null, name: string | null) =>
  userId || name ? { userId, name } : null;

/** Which parts of the view to read and, for an event hook, about what. */
export interface ViewOptions {
  /** The slices to load (see `slicesRead`); every slice when left out. The others come back empty. */
  slices?: ReadonlySet<ViewSlice> | readonly ViewSlice[];
  /**
   * For an event hook: only the rows that concern the event's subject — its compounds with their
   * grids, contracts (and those contracts' companies), committees, party branches and units, the
   * regions above them, and the roster departments it names. Never the whole county; the period's
   * facts (cases, meetings, …) are not part of a hook's view.
   */
  scope?: {
    compoundIds?: readonly string[];
    /** Regions the subject concerns besides its compounds' communities (a meeting's place). */
    regionIds?: readonly string[];
    departmentCodes?: readonly string[];
  };
  /**
   * For an evaluation whose case readers all read `caseTallies` (core's `caseTallyReaders`): the
   * per-community tallies counted in SQL, and of the period's cases only those that can yield a
   * finding of their own, instead of every case of the period.
   */
  narrowCases?: CaseNarrowing;
}

const everySlice: ReadonlySet<ViewSlice> = new Set(viewSlices);

/**
 * The read-only county policies judge, on day `asOf` (`YYYY-MM-DD`), read in the caller's
 * transaction with one set-based select per slice asked for (however large the county): active
 * regions, compounds with their guarantor, their grids, companies, contracts with the number (and
 * days) of project-manager changes recorded by that day, committees, party organisations formed by
 * then, departments, bodies, staff and venues. Archived rows are left out. With a `period` (an
 * evaluation) it also holds the period's cases, meetings, disclosures, lifecycle events,
 * scorecards and contract inspections, and `asAt`, the instant deadlines are judged at. A slice not asked for is empty;
 * with a `scope` (event hooks) every slice is narrowed to the event's subject, and a slice whose
 * scope is empty costs no query.
 */
export async function loadPolicyView(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period?: Period,
  options: ViewOptions = {},
): Promise<PolicyView> {
  const tenantId = ctx.tenant.id;
  const day = sql`${asOf}::date`;
  const wanted = options.slices ? new Set(options.slices) : everySlice;
  const scoped = options.scope !== undefined;
  const compoundIds = [...new Set(options.scope?.compoundIds ?? [])];
  const regionIds = [...new Set(options.scope?.regionIds ?? [])];
  const codes = [...new Set(options.scope?.departmentCodes ?? [])];
  const want = (slice: ViewSlice, scopeKeys: readonly unknown[] = compoundIds) =>
    wanted.has(slice) && (!scoped || scopeKeys.length > 0);
  /** In a scope, rows of its compounds (a condition on a `compound_id` column). */
  const inScope = (column: AnyColumn) => (scoped ? inArray(column, compoundIds) : undefined);
  const none = <T>(): T[] => [];

  const compoundRows =
    want("compounds") ||
    (scoped &&
      compoundIds.length > 0 &&
      (["regions", "partyOrgs", "bodies", "staff", "venues"] as const).some((slice) => wanted.has(slice)))
      ? await tx
          .select()
          .from(compounds)
          .where(and(eq(compounds.tenantId, tenantId), isNull(compounds.archivedAt), inScope(compounds.id)))
          .orderBy(asc(compounds.id))
      : none<typeof compounds.$inferSelect>();

  // In a scope: its regions, the communities of its compounds, and every region above them.
  const chainOf = [...new Set([...regionIds, ...compoundRows.map((c) => c.communityId)])];
  const units = [...compoundIds, ...chainOf];
  /** In a scope, rows of its compounds or of their communities and its regions (units hang off either). */
  const atUnits = (compoundColumn: AnyColumn, regionColumn: AnyColumn) =>
    scoped
      ? or(
          compoundIds.length > 0 ? inArray(compoundColumn, compoundIds) : undefined,
          chainOf.length > 0 ? inArray(regionColumn, chainOf) : undefined,
        )
      : undefined;
  const chain = scoped
    ? sql`${regions.id} in (select unnest(string_to_array(trim(trailing '/' from r.path), '/')) from regions r where r.tenant_id = ${tenantId} and ${inArray(sql`r.id`, chainOf.length > 0 ? chainOf : [""])})`
    : undefined;
  const regionRows = want("regions", chainOf)
    ? await tx
        .select({
          id: regions.id,
          kind: regions.kind,
          parentId: regions.parentId,
          name: regions.name,
          path: regions.path,
        })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), isNull(regions.archivedAt), chain))
        .orderBy(asc(regions.path))
    : [];

  const gridRows = want("grids")
    ? await tx
        .select({
          id: grids.id,
          compoundId: grids.compoundId,
          name: grids.name,
          guarantorUserId: grids.guarantorUserId,
          guarantorName: grids.guarantorName,
        })
        .from(grids)
        .innerJoin(compounds, and(eq(compounds.tenantId, grids.tenantId), eq(compounds.id, grids.compoundId)))
        .where(and(eq(grids.tenantId, tenantId), isNull(compounds.archivedAt), inScope(grids.compoundId)))
        .orderBy(asc(grids.compoundId), asc(grids.position), asc(grids.id))
    : [];

  // In a scope: the companies under contract at its compounds.
  const companyRows = want("companies")
    ? await tx
        .select({
          id: companies.id,
          name: companies.name,
          partyMembers: companies.partyMembers,
          local: companies.local,
        })
        .from(companies)
        .where(
          and(
            eq(companies.tenantId, tenantId),
            isNull(companies.archivedAt),
            scoped
              ? sql`exists (select 1 from contracts k where k.tenant_id = ${companies.tenantId} and k.company_id = ${companies.id} and k.archived_at is null and ${inArray(sql`k.compound_id`, compoundIds)})`
              : undefined,
          ),
        )
        .orderBy(asc(companies.id))
    : [];

  const contractRows = want("contracts") ? await loadContracts(tx, ctx, day, scoped, inScope) : [];

  const committeeRows = want("committees")
    ? await tx
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
            eq(committees.tenantId, tenantId),
            isNull(committees.archivedAt),
            inScope(committees.compoundId),
          ),
        )
        .orderBy(asc(committees.id))
    : [];

  const partyOrgRows = want("partyOrgs", units)
    ? await tx
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
            atUnits(partyOrgs.compoundId, partyOrgs.regionId),
          ),
        )
        .orderBy(asc(partyOrgs.id))
    : [];

  const departmentRows = want("departments", codes)
    ? await tx
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
            eq(departments.tenantId, tenantId),
            isNull(departments.archivedAt),
            scoped ? inArray(departments.code, codes) : undefined,
          ),
        )
        .orderBy(asc(departments.id))
    : [];

  const unitColumns = <T extends typeof bodies | typeof venues>(t: T) => ({
    id: t.id,
    level: t.level,
    regionId: t.regionId,
    compoundId: t.compoundId,
    name: t.name,
  });
  const bodyRows = want("bodies", units)
    ? await tx
        .select(unitColumns(bodies))
        .from(bodies)
        .where(
          and(
            eq(bodies.tenantId, tenantId),
            isNull(bodies.archivedAt),
            atUnits(bodies.compoundId, bodies.regionId),
          ),
        )
        .orderBy(asc(bodies.id))
    : [];
  const staffRows = want("staff", units)
    ? await tx
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
            eq(staff.tenantId, tenantId),
            isNull(staff.archivedAt),
            atUnits(staff.compoundId, staff.regionId),
          ),
        )
        .orderBy(asc(staff.id))
    : [];
  const venueRows = want("venues", units)
    ? await tx
        .select(unitColumns(venues))
        .from(venues)
        .where(
          and(
            eq(venues.tenantId, tenantId),
            isNull(venues.archivedAt),
            atUnits(venues.compoundId, venues.regionId),
          ),
        )
        .orderBy(asc(venues.id))
    : [];

  // The period's facts, for evaluations only.
  const facts = period && !scoped;
  const periodCases =
    facts && wanted.has("cases")
      ? await periodCasesOf(tx, ctx, asOf, period, options.narrowCases)
      : undefined;
  const governance = facts
    ? {
        ...(wanted.has("meetings") ? { meetings: await meetingFacts(tx, ctx, period, asOf) } : {}),
        ...(wanted.has("disclosures") ? { disclosures: await disclosureFacts(tx, ctx, period, asOf) } : {}),
        ...(wanted.has("lifecycleEvents")
          ? { lifecycleEvents: await lifecycleFacts(tx, ctx, period, asOf) }
          : {}),
        ...(wanted.has("assessmentCards") ? { assessmentCards: await assessmentFacts(tx, ctx, period) } : {}),
        ...(wanted.has("bulletins") ? { bulletins: await bulletinFacts(tx, ctx, period) } : {}),
        ...(wanted.has("inspections") ? { inspections: await inspectionFacts(tx, ctx, period, asOf) } : {}),
      }
    : {};

  return {
    tenant: { id: tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name, timezone: ctx.tenant.timezone },
    asOf,
    ...(periodCases ?? (period && !scoped ? { asAt: instantOfDay(ctx, asOf).toISOString() } : {})),
    ...governance,
    regions: regionRows,
    compounds: (want("compounds") ? compoundRows : []).map((c) => ({
      id: c.id,
      name: c.name,
      communityId: c.communityId,
      serviceMode: c.serviceMode,
      selfManagedSince: c.selfManagedSince,
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
    contracts: contractRows,
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

/** The period's cases: every relevant one, or (narrowed) the tallies and the cases that can yield a finding. */
async function periodCasesOf(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period: Period,
  narrow: CaseNarrowing | undefined,
): Promise<Pick<PolicyView, "asAt" | "cases" | "caseTallies">> {
  const loaded = await loadPeriodCases(tx, ctx, asOf, period, narrow);
  if (!narrow) return loaded;
  return { ...loaded, caseTallies: await loadCaseTallies(tx, periodCaseScope(ctx, asOf, period)) };
}
