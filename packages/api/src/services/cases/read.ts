import {
  AppError,
  type CaseKind,
  type CasePriority,
  type CaseStatus,
  clampInstant,
  endOfDayIn,
  finishedStatuses,
  startOfDayIn,
  unchargedStatuses,
} from "@propgov/core";
import { caseDepartments, caseEvents, cases, regions, type Tx } from "@propgov/db";
import { and, asc, desc, eq, gte, inArray, lt, not, notInArray, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { casesWithin } from "../access/cases.js";
import { caseReachOf, type Reach } from "../access/reach.js";
import { currentMechanism } from "../mechanism.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { escapeLike, textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import {
  afterDeadlineCursor,
  deadlineOrder,
  decodeDeadlineCursor,
  encodeDeadlineCursor,
  nextDueAt,
} from "./deadline-order.js";
import { type CaseEventView, type CaseView, caseViews, eventView } from "./view.js";

export interface ListCasesInput {
  limit: number;
  cursor?: string | undefined;
  /** Any of these statuses. */
  status?: readonly CaseStatus[] | undefined;
  /** `true`: cases not finished (resolved, rated, closed, cancelled, merged); `false`: finished ones. */
  open?: boolean | undefined;
  /** Cases whose grid guarantor (包保责任人) is this user. */
  guarantorId?: string | undefined;
  /** `deadline`: next deadline still to meet first, cases without one last; default newest first. */
  sort?: "newest" | "deadline" | undefined;
  category?: string | undefined;
  kind?: CaseKind | undefined;
  /** Cases whose community lies in this region's subtree. */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  /** Cases whistled to this department (any round). */
  departmentId?: string | undefined;
  /** `true`: open cases past a deadline now; `false`: every other case. */
  overdue?: boolean | undefined;
  /** First day received (`YYYY-MM-DD` in the tenant's time zone), inclusive. */
  from?: string | undefined;
  /** Last day received (`YYYY-MM-DD` in the tenant's time zone), inclusive. */
  to?: string | undefined;
  /** Text in the number or the description. */
  q?: string | undefined;
  /** The 12345 ticket: its system, and optionally its number. */
  externalSystem?: string | undefined;
  externalNumber?: string | undefined;
  priority?: CasePriority | undefined;
  /** `true`: cases under supervision (督办); `false`: the others. */
  supervised?: boolean | undefined;
}

export interface CaseWithTimeline extends CaseView {
  timeline: CaseEventView[];
}

// A case waiting for the dispatcher counts against no unit, like a finished one.
const finished = sql.join(
  unchargedStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Open cases past a deadline at `now` (the same rule as a case view's `overdue.any`): the
 * resolution deadline, the first contact while not contacted, or the check-in of a department of
 * the current round that has not checked in. Computed from the clock, never stored.
 */
export function overdueCondition(now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  return sql`(${cases.status} not in (${finished}) and (
    ${cases.resolutionDueAt} < ${at}
    or (${cases.contactedAt} is null and ${cases.firstContactDueAt} < ${at})
    or exists (select 1 from ${caseDepartments} d where d.tenant_id = ${cases.tenantId} and d.case_id = ${cases.id}
      and d.round = ${cases.round} and d.checked_in_at is null and d.check_in_due_at < ${at})
  ))`;
}

/** The region's path (any region of the tenant, archived ones too: their cases stay), else 404. */
async function regionPath(tx: Tx, ctx: TenantServiceContext, regionId: string): Promise<string> {
  const [row] = await tx
    .select({ path: regions.path })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, regionId)));
  if (!row) {
    throw new AppError("not_found", `Region '${regionId}' was not found.`, {
      errors: [{ path: "query.regionId", message: "No such region." }],
    });
  }
  return row.path;
}

/**
 * Cases the caller may see, newest first (keyset pagination on the id) or by next deadline,
 * filtered. Region staff see their subtree, a department's officers the cases whistled to it,
 * company staff and committee members the cases of their compounds.
 */
export async function listCases(ctx: TenantServiceContext, input: ListCasesInput): Promise<Page<CaseView>> {
  const byDeadline = input.sort === "deadline";
  const after = input.cursor && !byDeadline ? decodeCursor(input.cursor) : undefined;
  const afterDue = input.cursor && byDeadline ? decodeDeadlineCursor(input.cursor) : undefined;
  if (input.from && input.to && input.from > input.to) {
    throw new AppError("bad_request", "`from` is after `to`.", {
      errors: [{ path: "query.from", message: "Later than `to`." }],
    });
  }
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const path = input.regionId ? await regionPath(tx, ctx, input.regionId) : undefined;
    const now = ctx.deps.now();
    const tz = ctx.tenant.timezone;
    const found = await tx
      .select({ row: cases, dueAt: sql<string | Date | null>`${nextDueAt}` })
      .from(cases)
      .where(
        and(
          eq(cases.tenantId, ctx.tenant.id),
          casesWithin(reach),
          after ? lt(cases.id, after) : undefined,
          afterDue ? afterDeadlineCursor(afterDue) : undefined,
          input.status?.length ? inArray(cases.status, [...input.status]) : undefined,
          input.open === undefined
            ? undefined
            : input.open
              ? notInArray(cases.status, [...finishedStatuses])
              : inArray(cases.status, [...finishedStatuses]),
          input.guarantorId ? eq(cases.guarantorUserId, input.guarantorId) : undefined,
          input.category ? eq(cases.category, input.category) : undefined,
          input.kind ? eq(cases.kind, input.kind) : undefined,
          input.compoundId ? eq(cases.compoundId, input.compoundId) : undefined,
          path
            ? sql`exists (select 1 from ${regions} r where r.tenant_id = ${cases.tenantId} and r.id = ${cases.communityId} and r.path like ${`${escapeLike(path)}%`})`
            : undefined,
          input.departmentId
            ? sql`exists (select 1 from ${caseDepartments} d where d.tenant_id = ${cases.tenantId} and d.case_id = ${cases.id} and d.department_id = ${input.departmentId})`
            : undefined,
          input.overdue === undefined
            ? undefined
            : input.overdue
              ? overdueCondition(now)
              : not(overdueCondition(now)),
          input.from ? gte(cases.receivedAt, clampInstant(startOfDayIn(input.from, tz))) : undefined,
          input.to ? lt(cases.receivedAt, clampInstant(endOfDayIn(input.to, tz))) : undefined,
          textMatches(input.q, cases.number, cases.description),
          input.externalSystem ? eq(cases.externalSystem, input.externalSystem) : undefined,
          input.externalNumber ? eq(cases.externalNumber, input.externalNumber) : undefined,
          input.priority ? eq(cases.priority, input.priority) : undefined,
          input.supervised === undefined
            ? undefined
            : input.supervised
              ? sql`${cases.supervisionLevel} is not null`
              : sql`${cases.supervisionLevel} is null`,
        ),
      )
      .orderBy(...(byDeadline ? deadlineOrder : [desc(cases.id)]))
      .limit(input.limit + 1);
    const rows = found.map((f) => f.row);
    const page = toPage(rows, input.limit);
    const last = found[input.limit - 1];
    if (byDeadline && page.nextCursor && last) {
      const due = last.dueAt === null ? null : new Date(last.dueAt).toISOString();
      page.nextCursor = encodeDeadlineCursor({ dueAt: due, id: last.row.id });
    }
    if (page.items.length === 0) return { items: [], nextCursor: page.nextCursor };
    const mechanism = (await currentMechanism(tx, ctx)).document;
    return { items: await caseViews(tx, ctx, reach, page.items, mechanism), nextCursor: page.nextCursor };
  });
}

/** One case the caller may see, with its timeline oldest first; 404 outside the caller's reach. */
export async function getCase(ctx: TenantServiceContext, id: string): Promise<CaseWithTimeline> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, id), casesWithin(reach)));
    if (!row) throw new AppError("not_found", `Case '${id}' was not found.`);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const [view] = await caseViews(tx, ctx, reach, [row], mechanism);
    if (!view) throw new Error("no view");
    const events = await tx
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.tenantId, ctx.tenant.id), eq(caseEvents.caseId, id)))
      .orderBy(asc(caseEvents.at), asc(caseEvents.id));
    return { ...view, timeline: events.map(eventView) };
  });
}

/** Locks a case the reach may see (`FOR UPDATE`: actions on one case take turns), else 404. */
export async function lockCase(tx: Tx, ctx: TenantServiceContext, reach: Reach | null, id: string) {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, id), reach ? casesWithin(reach) : undefined))
    .for("update");
  if (!row) throw new AppError("not_found", `Case '${id}' was not found.`);
  return row;
}
