import { type Period, type PolicyCase, periodWindow } from "@propgov/core";
import { caseDepartments, cases, type Tx, users } from "@propgov/db";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

const STEP_CHUNK = 1000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The instants and the tenant a period's case queries are about. */
export interface PeriodCaseScope {
  tenantId: string;
  /** The view's instant, ISO 8601. */
  atIso: string;
  /** The period's window in the tenant's zone, ISO 8601, `[from, to)`. */
  from: string;
  to: string;
  /** Whether the view's instant is before now (a past day: cases resolved since then were open). */
  past: boolean;
}

export function periodCaseScope(ctx: TenantServiceContext, asOf: string, period: Period): PeriodCaseScope {
  const at = instantOfDay(ctx, asOf);
  const window = periodWindow(period, ctx.tenant.timezone);
  return {
    tenantId: ctx.tenant.id,
    atIso: at.toISOString(),
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
    past: at.getTime() < ctx.deps.now().getTime(),
  };
}

const inPeriod = (s: PeriodCaseScope, column: string): SQL =>
  sql`select c.id from cases c where c.tenant_id = ${s.tenantId} and c.${sql.raw(column)} >= ${s.from}::timestamptz and c.${sql.raw(column)} < ${s.to}::timestamptz`;
const openNow = (s: PeriodCaseScope): SQL =>
  sql`select c.id from cases c where c.tenant_id = ${s.tenantId} and c.status not in ('resolved', 'rated', 'closed', 'cancelled')`;
const resolvedSince = (s: PeriodCaseScope): SQL =>
  sql`select c.id from cases c where c.tenant_id = ${s.tenantId} and c.received_at <= ${s.atIso}::timestamptz and c.resolved_at > ${s.atIso}::timestamptz`;

/**
 * The ids of the cases relevant to the period (the view reads those received by its instant):
 * received, with a first-contact or resolution deadline, or rated in it, open now, or, for a
 * past day, resolved after it.
 */
export function relevantCaseIds(s: PeriodCaseScope): SQL {
  return sql.join(
    [
      inPeriod(s, "received_at"),
      inPeriod(s, "first_contact_due_at"),
      inPeriod(s, "resolution_due_at"),
      sql`${inPeriod(s, "rated_at")} and c.rated_at is not null`,
      openNow(s),
      ...(s.past ? [resolvedSince(s)] : []),
    ],
    sql` union `,
  );
}

/**
 * The same set as `relevantCaseIds`, as a condition on `cases c` (received by the view's instant):
 * one bitmap scan over the indexes of the branches instead of a union of id lists.
 */
export function relevantCase(s: PeriodCaseScope): SQL {
  const within = (column: string) =>
    sql`(c.${sql.raw(column)} >= ${s.from}::timestamptz and c.${sql.raw(column)} < ${s.to}::timestamptz)`;
  const at = sql`${s.atIso}::timestamptz`;
  return sql`c.tenant_id = ${s.tenantId} and c.received_at <= ${at} and (${within("received_at")} or ${within("first_contact_due_at")} or ${within("resolution_due_at")} or (c.rated_at is not null and ${within("rated_at")}) or c.status not in ('resolved', 'rated', 'closed', 'cancelled')${s.past ? sql` or c.resolved_at > ${at}` : sql``})`;
}

/** Which cases of the period the narrowed slice keeps besides the overdue ones (see `narrowedCaseIds`). */
export interface CaseNarrowing {
  /** A first-contact deadline of the period missed (gridResponsibility's guarantors). */
  missedFirstContact: boolean;
  /** Received in the period at a compound under a contract with obligations (contractPerformance). */
  underContract: boolean;
}

/**
 * Of the relevant cases, those that can yield a finding of their own: open at the view's instant
 * with a deadline or a department's check-in due by then, and, as asked, those whose
 * first-contact deadline of the period was missed with a guarantor to answer for it, and those
 * received in the period at a compound under a contract with obligations. Each condition is a
 * superset (a millisecond to spare, for timestamps finer than the policies' milliseconds): the
 * policies decide.
 */
export function narrowedCaseIds(s: PeriodCaseScope, narrow: CaseNarrowing): SQL {
  const at = sql`${s.atIso}::timestamptz`;
  const ms = sql`interval '1 millisecond'`;
  const within = (column: string) =>
    sql`c.${sql.raw(column)} >= ${s.from}::timestamptz and c.${sql.raw(column)} < ${s.to}::timestamptz`;
  const overdue = sql`(c.status <> 'cancelled' and (c.resolved_at is null or c.resolved_at > ${at} - ${ms}) and (c.first_contact_due_at < ${at} + ${ms} or c.resolution_due_at < ${at} + ${ms} or exists (select 1 from case_departments d where d.tenant_id = c.tenant_id and d.case_id = c.id and d.round = c.round and d.check_in_due_at < ${at} + ${ms})))`;
  const missed = sql`(${within("first_contact_due_at")} and c.status <> 'cancelled' and c.first_contact_due_at < ${at} + ${ms} and (c.guarantor_user_id is not null or c.guarantor_name is not null) and (c.contacted_at is null or c.contacted_at > c.first_contact_due_at - ${ms}))`;
  const underContract = sql`(${within("received_at")} and c.status not in ('cancelled', 'merged') and c.compound_id in (select k.compound_id from contracts k where k.tenant_id = c.tenant_id and k.archived_at is null and jsonb_array_length(k.obligations) > 0))`;
  const kept = [
    overdue,
    ...(narrow.missedFirstContact ? [missed] : []),
    ...(narrow.underContract ? [underContract] : []),
  ];
  return sql`select c.id from cases c where ${relevantCase(s)} and (${sql.join(kept, sql` or `)})`;
}

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
 *
 * With `narrow` (an evaluation whose case readers read `caseTallies`), only the relevant cases
 * that can yield a finding of their own (`narrowedCaseIds`): a few thousand at a million cases
 * instead of a month of them.
 */
export async function loadPeriodCases(
  tx: Tx,
  ctx: TenantServiceContext,
  asOf: string,
  period: Period,
  narrow?: CaseNarrowing,
): Promise<{ asAt: string; cases: PolicyCase[] }> {
  const scope = periodCaseScope(ctx, asOf, period);
  const { tenantId, atIso } = scope;
  const relevant = narrow ? narrowedCaseIds(scope, narrow) : relevantCaseIds(scope);

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

  // The current round's departments of those cases: by the same id set, or, for the few cases of
  // a narrowed slice, by their ids (a thousand at a time) rather than finding them again.
  const stepsOf = (which: SQL) =>
    tx
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
          which,
        ),
      )
      .orderBy(asc(caseDepartments.caseId), asc(caseDepartments.notifiedAt), asc(caseDepartments.id));
  const steps: Awaited<ReturnType<typeof stepsOf>> = [];
  if (!narrow) steps.push(...(await stepsOf(sql`"cases"."id" in (${relevant})`)));
  else {
    for (let i = 0; i < rows.length; i += STEP_CHUNK) {
      const ids = rows.slice(i, i + STEP_CHUNK).map((r) => r.id);
      steps.push(...(await stepsOf(inArray(cases.id, ids))));
    }
  }

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
