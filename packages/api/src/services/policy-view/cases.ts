import { type Period, type PolicyCase, periodWindow } from "@propgov/core";
import { caseDepartments, cases, type Tx, users } from "@propgov/db";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

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
export async function loadPeriodCases(
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
