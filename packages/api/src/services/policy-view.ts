import { dateInZone, type Period, type PolicyCase, type PolicyView, periodWindow } from "@propgov/core";
import {
  bodies,
  caseDepartments,
  cases,
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
  users,
  venues,
} from "@propgov/db";
import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { assessmentFacts } from "./facts/assessments.js";
import { disclosureFacts } from "./facts/disclosures.js";
import { lifecycleFacts } from "./facts/lifecycle.js";
import { meetingFacts } from "./facts/meetings.js";
import { instantOfDay } from "./time.js";

const guarantorOf = (userId: string | null, name: string | null) =>
  userId || name ? { userId, name } : null;

/**
 * The read-only county policies judge, on day `asOf` (`YYYY-MM-DD`), read in the caller's
 * transaction with one set-based select per kind of thing (however large the county): active
 * regions, compounds with their guarantor, their grids, companies, contracts with the number (and
 * days) of project-manager changes recorded by that day, committees, party organisations formed by then,
 * departments, bodies, staff and venues. Archived rows are left out. With a `period` (an
 * evaluation) it also holds the period's cases and `asAt`, the instant deadlines are judged at;
 * without one (event hooks) neither, so that filing a case does not read the county's cases.
 */
export async function loadPolicyView(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period?: Period,
): Promise<PolicyView> {
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

  // The same history entries as the count above, for the days of the changes (the first is none).
  const managerRows = await tx
    .select({ contractId: contractProjectManagers.contractId, since: contractProjectManagers.since })
    .from(contractProjectManagers)
    .where(
      and(
        eq(contractProjectManagers.tenantId, tenantId),
        sql`${contractProjectManagers.since} < (${day} + 1)`,
      ),
    )
    .orderBy(
      asc(contractProjectManagers.contractId),
      asc(contractProjectManagers.since),
      asc(contractProjectManagers.id),
    );
  const changedOn = new Map<string, string[]>();
  for (const m of managerRows) {
    const days = changedOn.get(m.contractId);
    if (days) days.push(dateInZone(m.since, ctx.tenant.timezone));
    else changedOn.set(m.contractId, []); // the first entry is the manager the contract began with
  }

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

  const periodCases = period ? await loadPeriodCases(tx, ctx, asOf, period) : undefined;
  const governance = period
    ? {
        meetings: await meetingFacts(tx, ctx, period, asOf),
        disclosures: await disclosureFacts(tx, ctx, period, asOf),
        lifecycleEvents: await lifecycleFacts(tx, ctx, period, asOf),
        assessmentCards: await assessmentFacts(tx, ctx, period),
      }
    : {};

  return {
    tenant: { id: tenantId, slug: ctx.tenant.slug, name: ctx.tenant.name, timezone: ctx.tenant.timezone },
    asOf,
    ...(periodCases ?? {}),
    ...governance,
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
      projectManagerChangedOn: changedOn.get(c.id) ?? [],
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

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The cases relevant to `period`, as of the view's instant `asAt`: received in the period, with
 * a first-contact or resolution deadline or a rating in it, or open at `asAt` (open now; for a
 * past day also those resolved after it). Two queries, whatever the number of cases: the cases,
 * and the current round's departments of the same set; never a query per case.
 *
 * Plan (checked with EXPLAIN ANALYZE on Postgres 15, a million cases in one tenant, 44k of them
 * relevant to a month): the id set is a UNION of index range scans — (tenant_id, received_at),
 * (tenant_id, first_contact_due_at), (tenant_id, resolution_due_at), the partial (tenant_id,
 * rated_at) and the partial open-cases index — hashed and joined to `cases` (a hash join over one
 * scan of the tenant's cases when the set is that large; about 1.5 s); `guarantorActed` is an
 * index probe of case_events (tenant_id, case_id, at). The branch for a past day ("resolved after
 * asAt") has no index of its own and adds one parallel scan of the tenant's cases: an evaluation
 * is a batch run per period, and the KPI endpoint does not use this path.
 */
async function loadPeriodCases(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period: Period,
): Promise<{ asAt: string; cases: PolicyCase[] }> {
  const tenantId = ctx.tenant.id;
  const at = instantOfDay(ctx, asOf);
  const window = periodWindow(period, ctx.tenant.timezone);
  const from = new Date(window.from).toISOString();
  const to = new Date(window.to).toISOString();
  const atIso = at.toISOString();
  const inPeriod = (column: string): SQL =>
    sql`select c.id from cases c where c.tenant_id = ${tenantId} and c.${sql.raw(column)} >= ${from}::timestamptz and c.${sql.raw(column)} < ${to}::timestamptz`;
  const past = at.getTime() < ctx.deps.now().getTime();
  const relevant = sql.join(
    [
      inPeriod("received_at"),
      inPeriod("first_contact_due_at"),
      inPeriod("resolution_due_at"),
      sql`${inPeriod("rated_at")} and c.rated_at is not null`,
      sql`select c.id from cases c where c.tenant_id = ${tenantId} and c.status not in ('resolved', 'rated', 'closed', 'cancelled')`,
      ...(past
        ? [
            sql`select c.id from cases c where c.tenant_id = ${tenantId} and c.received_at <= ${atIso}::timestamptz and c.resolved_at > ${atIso}::timestamptz`,
          ]
        : []),
    ],
    sql` union `,
  );

  // Qualified by hand: the subqueries must not read bare names as their own tables' columns.
  const acted = sql<boolean>`case
    when "cases"."guarantor_user_id" is not null then exists (select 1 from case_events e where e.tenant_id = "cases"."tenant_id" and e.case_id = "cases"."id" and e.actor_type = 'user' and e.actor_id = "cases"."guarantor_user_id" and e.at <= ${atIso}::timestamptz)
    when "cases"."guarantor_name" is not null then "cases"."contacted_at" is not null and "cases"."contacted_at" <= ${atIso}::timestamptz
    else false end`;

  const rows = await tx
    .select({
      id: cases.id,
      number: cases.number,
      category: cases.category,
      kind: cases.kind,
      compoundId: cases.compoundId,
      gridId: cases.gridId,
      communityId: cases.communityId,
      guarantorUserId: cases.guarantorUserId,
      guarantorName: sql<string | null>`coalesce("cases"."guarantor_name", "users"."display_name")`,
      status: cases.status,
      receivedAt: cases.receivedAt,
      firstContactDueAt: cases.firstContactDueAt,
      contactedAt: cases.contactedAt,
      resolutionDueAt: cases.resolutionDueAt,
      resolvedAt: cases.resolvedAt,
      rating: cases.rating,
      ratedAt: cases.ratedAt,
      guarantorActed: acted,
    })
    .from(cases)
    .leftJoin(users, and(eq(users.tenantId, cases.tenantId), eq(users.id, cases.guarantorUserId)))
    .where(
      and(
        eq(cases.tenantId, tenantId),
        sql`"cases"."received_at" <= ${atIso}::timestamptz`,
        sql`"cases"."id" in (${relevant})`,
      ),
    )
    .orderBy(asc(cases.receivedAt), asc(cases.id));

  // The current round's departments of those cases, by the same id set (no list of ids sent back).
  const steps = await tx
    .select({
      caseId: caseDepartments.caseId,
      departmentId: caseDepartments.departmentId,
      round: caseDepartments.round,
      notifiedAt: caseDepartments.notifiedAt,
      checkInDueAt: caseDepartments.checkInDueAt,
      checkedInAt: caseDepartments.checkedInAt,
      completedAt: caseDepartments.completedAt,
    })
    .from(caseDepartments)
    .innerJoin(
      cases,
      and(
        eq(cases.tenantId, caseDepartments.tenantId),
        eq(cases.id, caseDepartments.caseId),
        eq(cases.round, caseDepartments.round),
      ),
    )
    .where(
      and(
        eq(caseDepartments.tenantId, tenantId),
        sql`"cases"."received_at" <= ${atIso}::timestamptz`,
        sql`"cases"."id" in (${relevant})`,
      ),
    )
    .orderBy(asc(caseDepartments.caseId), asc(caseDepartments.notifiedAt), asc(caseDepartments.id));

  const byCase = new Map<string, PolicyCase["departments"][number][]>();
  for (const d of steps) {
    const list = byCase.get(d.caseId) ?? [];
    list.push({
      departmentId: d.departmentId,
      round: d.round,
      notifiedAt: d.notifiedAt.toISOString(),
      checkInDueAt: d.checkInDueAt.toISOString(),
      checkedInAt: iso(d.checkedInAt),
      completedAt: iso(d.completedAt),
    });
    byCase.set(d.caseId, list);
  }

  return {
    asAt: atIso,
    cases: rows.map(
      (c): PolicyCase => ({
        id: c.id,
        number: c.number,
        category: c.category,
        kind: c.kind,
        compoundId: c.compoundId,
        gridId: c.gridId,
        communityId: c.communityId,
        guarantorUserId: c.guarantorUserId,
        guarantorName: c.guarantorName,
        status: c.status,
        receivedAt: c.receivedAt.toISOString(),
        firstContactDueAt: c.firstContactDueAt.toISOString(),
        contactedAt: iso(c.contactedAt),
        resolutionDueAt: c.resolutionDueAt.toISOString(),
        resolvedAt: iso(c.resolvedAt),
        rating: c.rating,
        ratedAt: iso(c.ratedAt),
        departments: byCase.get(c.id) ?? [],
        guarantorActed: Boolean(c.guarantorActed),
      }),
    ),
  };
}
