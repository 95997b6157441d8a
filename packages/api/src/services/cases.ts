import {
  AppError,
  allowedActions,
  assertAllowed,
  type CancelReason,
  type CaseAction,
  type CaseActionName,
  type CaseChannel,
  type CaseLocation,
  type CasePriority,
  type CaseRating,
  type CaseState,
  type CaseStatus,
  type Category,
  type CoordinateSystem,
  caseDeadlines,
  caseNumberPrefixOf,
  checkInDueAt,
  complaintHandlingConfigSchema,
  type Deadlines,
  type DomainEvent,
  deadlinesAtPriority,
  type ExternalRef,
  formatCaseNumber,
  type Mechanism,
  maskPhone,
  newId,
  newTrackingCode,
  onEvent,
  type PolicyEffect,
  readTenantSettings,
  type SupervisionLevel,
  slicesRead,
  type TenantSettings,
  transition,
  unchargedStatuses,
  yearInZone,
} from "@propgov/core";
import {
  type CaseActorType,
  caseCounters,
  caseDepartments,
  caseEvents,
  cases,
  compounds,
  departments,
  grids,
  rowsOf,
  type Tx,
  tenants,
} from "@propgov/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { caseReachOf, isDispatcher, type Reach } from "./access/reach.js";
import { audit } from "./audit.js";
import { workingCalendarFor } from "./calendar.js";
import { currentMechanism } from "./mechanism.js";
import { caseOutboxEvent, enqueue } from "./notifications/outbox.js";
import { loadPolicyView } from "./policy-view.js";
import { escapeLike } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";
import { applyWorkOrderAction, closeDuplicatesOf, type WorkOrderActionInput } from "./work-orders.js";

export type CaseRow = typeof cases.$inferSelect;
export type CaseDepartmentRow = typeof caseDepartments.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** The timeline event each case action writes (a work-order step writes its own). */
export const caseActionEventTypes = {
  contact: "contacted",
  resolve: "resolved",
  whistle: "whistled",
  checkIn: "checkedIn",
  complete: "completed",
  rate: "rated",
  close: "closed",
  reopen: "reopened",
  cancel: "cancelled",
} as const satisfies Record<Exclude<CaseActionInput["type"], WorkOrderActionInput["type"]>, string>;

/** Who acts on a case, as its timeline shows it. */
export interface CaseActor {
  type: CaseActorType;
  id: string | null;
  name: string | null;
}

/** The acting principal as a case actor; `public` for residents without an account. */
export function caseActorOf(ctx: TenantServiceContext): CaseActor {
  const p = ctx.principal;
  if (!p) return { type: "public", id: null, name: null };
  switch (p.kind) {
    case "user":
      return { type: "user", id: p.userId, name: p.displayName };
    case "apiKey":
      return { type: "apiKey", id: p.keyId, name: p.name };
    case "platformUser":
      return { type: "platformUser", id: p.userId, name: p.displayName };
    case "system":
      return { type: "system", id: null, name: p.name };
  }
}

// ---------------------------------------------------------------------------------------------
// Reach: who sees which cases

/**
 * Cases the reach may see (a condition on `cases`): the county all; region staff those of
 * compounds whose community lies in their subtree; a department those it was whistled to;
 * company staff those of compounds under their company's contracts; a committee its compound.
 */
export function casesWithin(reach: Reach) {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return sql`exists (select 1 from regions r where r.tenant_id = ${cases.tenantId} and r.id = ${cases.communityId} and r.path like ${`${escapeLike(reach.path)}%`})`;
    case "department":
      return sql`exists (select 1 from case_departments d where d.tenant_id = ${cases.tenantId} and d.case_id = ${cases.id} and d.department_id = ${reach.departmentId} and d.withdrawn_at is null)`;
    case "company":
      return sql`exists (select 1 from contracts k where k.tenant_id = ${cases.tenantId} and k.compound_id = ${cases.compoundId} and k.company_id = ${reach.companyId} and k.archived_at is null)`;
    case "compound":
      return eq(cases.compoundId, reach.compoundId);
    default:
      return sql`false`;
  }
}

/**
 * Whether the caller handles this case and so may see the reporter's phone: a 12345 dispatcher,
 * region staff of its community's subtree, an officer of a department whistled to it, or its
 * guarantor. Everyone else (county administrators included, who supervise rather than handle)
 * sees it masked.
 */
export function handlesCase(
  ctx: TenantServiceContext,
  reach: Reach,
  row: CaseRow,
  departmentIds: readonly string[],
): boolean {
  const p = ctx.principal;
  if (p?.kind === "user" && row.guarantorUserId === p.userId) return true;
  // The 12345 desk calls the reporter back (回访), so it sees the phone county-wide.
  if (isDispatcher(ctx)) return true;
  if (reach.kind === "region") return true; // only cases within the subtree are ever loaded
  if (reach.kind === "department") return departmentIds.includes(reach.departmentId);
  return false;
}

/** Actions only the county desk takes: the dispatcher, county administrators (and the platform). */
const countyDeskActions = new Set<CaseActionName>([
  "dispatch",
  "reassign",
  "approveExtension",
  "refuseExtension",
  "supervise",
  "callback",
]);
/** Actions of the unit the case is dispatched to (besides the county desk acting for it). */
const unitActions = new Set<CaseActionName>(["acknowledge", "return", "requestExtension"]);

/**
 * Actions each reach may take; company staff and committee members read only. A department's
 * officers check in and complete for their own department, and acknowledge, return or ask for an
 * extension of a case dispatched directly to it.
 */
function mayAct(
  reach: Reach,
  action: CaseActionName,
  departmentId: string | undefined,
  row: CaseRow,
  current: readonly string[],
): boolean {
  if (countyDeskActions.has(action)) return reach.kind === "county";
  switch (reach.kind) {
    case "county":
      return true;
    case "region":
      return !unitActions.has(action) || row.assignment !== "departments";
    case "department":
      if (unitActions.has(action)) {
        return row.assignment === "departments" && current.includes(reach.departmentId);
      }
      return (action === "checkIn" || action === "complete") && departmentId === reach.departmentId;
    default:
      return false;
  }
}

/**
 * The actions of the case's state that this reach may take, as `mayAct` decides them: a
 * department's officers see check-in and complete only while their own step of the round awaits
 * them; company staff and committee members see none.
 */
function actionsFor(
  reach: Reach,
  row: CaseRow,
  steps: readonly CaseDepartmentRow[],
  actions: readonly string[],
) {
  const current = steps.filter((s) => s.round === row.round && !s.withdrawnAt);
  const own =
    reach.kind === "department" ? current.find((s) => s.departmentId === reach.departmentId) : undefined;
  return actions.filter((a) => {
    const action = a as CaseActionName;
    if (reach.kind === "department" && (action === "checkIn" || action === "complete")) {
      if (!own) return false;
      return action === "checkIn" ? !own.checkedInAt : own.checkedInAt !== null && !own.completedAt;
    }
    return mayAct(
      reach,
      action,
      undefined,
      row,
      current.map((s) => s.departmentId),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Views

export interface CaseDepartmentView {
  departmentId: string;
  code: string;
  name: { zh: string; en: string };
  round: number;
  notifiedAt: Date;
  checkInDueAt: Date;
  checkedInAt: Date | null;
  completedAt: Date | null;
  outcome: string | null;
  /** The case was returned or reassigned away from the department. */
  withdrawnAt: Date | null;
  checkInOverdue: boolean;
}

export interface CaseEventView {
  id: string;
  type: string;
  at: Date;
  actor: CaseActor;
  status: CaseStatus;
  payload: Record<string, unknown>;
}

export interface CaseView {
  id: string;
  number: string;
  trackingCode: string;
  category: { code: string; name: { zh: string; en: string } };
  kind: CaseRow["kind"];
  compound: { id: string; name: string };
  gridId: string | null;
  communityId: string;
  guarantor: { userId: string | null; name: string | null } | null;
  location: CaseLocation | null;
  description: string;
  photos: string[];
  reporter: { name: string; phone: string; phoneMasked: boolean } | null;
  channel: CaseChannel;
  status: CaseStatus;
  round: number;
  receivedAt: Date;
  roundStartedAt: Date;
  firstContactDueAt: Date;
  resolutionDueAt: Date;
  contactedAt: Date | null;
  resolvedAt: Date | null;
  resolvedOnSpot: boolean | null;
  rating: CaseRating | null;
  ratedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: CancelReason | null;
  priority: CasePriority;
  externalRef: ExternalRef | null;
  dispatch: {
    to: "community" | "departments";
    dispatchedAt: Date | null;
    acknowledgeDueAt: Date | null;
    acknowledgedAt: Date | null;
    acknowledgeOverdue: boolean;
  } | null;
  returns: { count: number; bouncing: boolean };
  extension: { pending: { dueAt: Date; requestedAt: Date; reason: string } | null; approved: number };
  supervision: { level: SupervisionLevel; since: Date; dueAt: Date | null; overdue: boolean } | null;
  duplicateOf: string | null;
  ratingSource: "resident" | "callback" | null;
  overdue: { firstContact: boolean; checkIn: boolean; resolution: boolean; any: boolean };
  departments: CaseDepartmentView[];
  allowedActions: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** Statuses in which no deadline runs against a unit (finished, or waiting for the dispatcher). */
const UNCHARGED = new Set<CaseStatus>(unchargedStatuses);

/** The state machine's view of a row and its current round's departments. */
export const stateOf = (row: CaseRow, steps: readonly CaseDepartmentRow[]): CaseState => ({
  status: row.status,
  resolvedAt: row.resolvedAt?.toISOString() ?? null,
  awaitingAcknowledgement: row.assignment !== null && row.acknowledgedAt === null,
  extensionPending: row.extensionDueAt !== null,
  departments: steps
    .filter((d) => d.round === row.round && !d.withdrawnAt)
    .map((d) => ({
      departmentId: d.departmentId,
      checkedInAt: d.checkedInAt?.toISOString() ?? null,
      completedAt: d.completedAt?.toISOString() ?? null,
    })),
});

export interface ViewExtras {
  compoundName: string;
  categoryName: { zh: string; en: string };
  departments: readonly (CaseDepartmentRow & { code: string; nameZh: string; nameEn: string })[];
  now: Date;
  showPhone: boolean;
  /** Returns above this many flag the case as bouncing between units (the mechanism's `workOrders.bounceLimit`). */
  bounceLimit: number;
}

export function caseView(row: CaseRow, x: ViewExtras): CaseView {
  const now = x.now.getTime();
  const open = !UNCHARGED.has(row.status);
  const depts = x.departments.map(
    (d): CaseDepartmentView => ({
      departmentId: d.departmentId,
      code: d.code,
      name: { zh: d.nameZh, en: d.nameEn },
      round: d.round,
      notifiedAt: d.notifiedAt,
      checkInDueAt: d.checkInDueAt,
      checkedInAt: d.checkedInAt,
      completedAt: d.completedAt,
      outcome: d.outcome,
      withdrawnAt: d.withdrawnAt,
      checkInOverdue:
        open && d.round === row.round && !d.withdrawnAt && !d.checkedInAt && d.checkInDueAt.getTime() < now,
    }),
  );
  const firstContact = open && !row.contactedAt && row.firstContactDueAt.getTime() < now;
  const checkIn = depts.some((d) => d.checkInOverdue);
  const resolution = open && row.resolutionDueAt.getTime() < now;
  const location: CaseLocation | null =
    row.locationText || row.lat !== null
      ? {
          ...(row.locationText ? { text: row.locationText } : {}),
          ...(row.lat !== null && row.long !== null
            ? { lat: row.lat, long: row.long, coordinateSystem: row.coordinateSystem ?? "wgs84" }
            : {}),
        }
      : null;
  const stillOpen = !["resolved", "rated", "closed", "cancelled", "merged"].includes(row.status);
  return {
    id: row.id,
    number: row.number,
    trackingCode: row.trackingCode,
    category: { code: row.category, name: x.categoryName },
    kind: row.kind,
    compound: { id: row.compoundId, name: x.compoundName },
    gridId: row.gridId,
    communityId: row.communityId,
    guarantor:
      row.guarantorUserId || row.guarantorName
        ? { userId: row.guarantorUserId, name: row.guarantorName }
        : null,
    location,
    description: row.description,
    photos: row.photos,
    reporter:
      row.reporterName && row.reporterPhone
        ? {
            name: row.reporterName,
            phone: x.showPhone ? row.reporterPhone : maskPhone(row.reporterPhone),
            phoneMasked: !x.showPhone,
          }
        : null,
    channel: row.channel,
    status: row.status,
    round: row.round,
    receivedAt: row.receivedAt,
    roundStartedAt: row.roundStartedAt,
    firstContactDueAt: row.firstContactDueAt,
    resolutionDueAt: row.resolutionDueAt,
    contactedAt: row.contactedAt,
    resolvedAt: row.resolvedAt,
    resolvedOnSpot: row.resolvedOnSpot,
    rating: row.rating,
    ratedAt: row.ratedAt,
    closedAt: row.closedAt,
    cancelledAt: row.cancelledAt,
    cancelReason: row.cancelReason,
    priority: row.priority,
    externalRef:
      row.externalSystem && row.externalNumber
        ? { system: row.externalSystem, number: row.externalNumber }
        : null,
    dispatch: row.assignment
      ? {
          to: row.assignment,
          dispatchedAt: row.dispatchedAt,
          acknowledgeDueAt: row.acknowledgeDueAt,
          acknowledgedAt: row.acknowledgedAt,
          acknowledgeOverdue:
            open &&
            !row.acknowledgedAt &&
            row.acknowledgeDueAt !== null &&
            row.acknowledgeDueAt.getTime() < now,
        }
      : null,
    returns: { count: row.returnCount, bouncing: row.returnCount > x.bounceLimit },
    extension: {
      pending:
        row.extensionDueAt && row.extensionRequestedAt
          ? {
              dueAt: row.extensionDueAt,
              requestedAt: row.extensionRequestedAt,
              reason: row.extensionReason ?? "",
            }
          : null,
      approved: row.extensionCount,
    },
    supervision:
      row.supervisionLevel && row.supervisedAt
        ? {
            level: row.supervisionLevel,
            since: row.supervisedAt,
            dueAt: row.supervisionDueAt,
            overdue: stillOpen && row.supervisionDueAt !== null && row.supervisionDueAt.getTime() < now,
          }
        : null,
    duplicateOf: row.duplicateOfId,
    ratingSource: row.ratingSource,
    overdue: { firstContact, checkIn, resolution, any: firstContact || checkIn || resolution },
    departments: depts,
    allowedActions: allowedActions(stateOf(row, x.departments)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const eventView = (e: CaseEventRow): CaseEventView => ({
  id: e.id,
  type: e.type,
  at: e.at,
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  status: e.status,
  payload: e.payload,
});

/** Departments (all rounds) of some cases, with their codes and names. */
export async function departmentsOf(tx: Tx, tenantId: string, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      tenantId: caseDepartments.tenantId,
      id: caseDepartments.id,
      caseId: caseDepartments.caseId,
      departmentId: caseDepartments.departmentId,
      round: caseDepartments.round,
      notifiedAt: caseDepartments.notifiedAt,
      checkInDueAt: caseDepartments.checkInDueAt,
      checkedInAt: caseDepartments.checkedInAt,
      completedAt: caseDepartments.completedAt,
      outcome: caseDepartments.outcome,
      withdrawnAt: caseDepartments.withdrawnAt,
      code: departments.code,
      nameZh: departments.nameZh,
      nameEn: departments.nameEn,
    })
    .from(caseDepartments)
    .innerJoin(
      departments,
      and(
        eq(departments.tenantId, caseDepartments.tenantId),
        eq(departments.id, caseDepartments.departmentId),
      ),
    )
    .where(and(eq(caseDepartments.tenantId, tenantId), inArray(caseDepartments.caseId, [...caseIds])))
    .orderBy(asc(caseDepartments.round), asc(caseDepartments.id));
}

/** Views of rows (one query for their compounds, one for their departments, unless the caller knows them). */
export async function caseViews(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  rows: readonly CaseRow[],
  mechanism: Mechanism,
  known: {
    compoundNames?: ReadonlyMap<string, string>;
    departments?: Awaited<ReturnType<typeof departmentsOf>>;
  } = {},
): Promise<CaseView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const steps = known.departments ?? (await departmentsOf(tx, ctx.tenant.id, ids));
  const compoundIds = [...new Set(rows.map((r) => r.compoundId))];
  const names =
    known.compoundNames ??
    new Map(
      (
        await tx
          .select({ id: compounds.id, name: compounds.name })
          .from(compounds)
          .where(and(eq(compounds.tenantId, ctx.tenant.id), inArray(compounds.id, compoundIds)))
      ).map((c) => [c.id, c.name]),
    );
  const now = ctx.deps.now();
  return rows.map((row) => {
    const mine = steps.filter((s) => s.caseId === row.id);
    const view = caseView(row, {
      compoundName: names.get(row.compoundId) ?? row.compoundId,
      categoryName: categoryOf(mechanism, row.category)?.name ?? { zh: row.category, en: row.category },
      departments: mine,
      now,
      bounceLimit: mechanism.workOrders.bounceLimit,
      showPhone: handlesCase(
        ctx,
        reach,
        row,
        mine.filter((s) => !s.withdrawnAt).map((s) => s.departmentId),
      ),
    });
    return { ...view, allowedActions: actionsFor(reach, row, mine, view.allowedActions) };
  });
}

// ---------------------------------------------------------------------------------------------
// Mechanism: categories and deadlines

export const categoryOf = (mechanism: Mechanism, code: string): Category | undefined =>
  mechanism.categories.find((c) => c.code === code);

/** The complaintHandling policy's config (defaults when the mechanism leaves it out). */
export function complaintConfig(mechanism: Mechanism) {
  const parsed = complaintHandlingConfigSchema.safeParse(mechanism.policies.complaintHandling?.config ?? {});
  return parsed.success ? parsed.data : complaintHandlingConfigSchema.parse({});
}

/**
 * A category's own deadlines win; else the complaintHandling policy's. A priority above normal
 * caps them with the mechanism's `workOrders.priorities` (emergency: first contact in 2 h).
 */
export function deadlinesFor(
  mechanism: Mechanism,
  category: Category | undefined,
  priority: CasePriority = "normal",
): Deadlines {
  let own: Deadlines;
  if (category) own = category.deadlines;
  else {
    const c = complaintConfig(mechanism);
    own = {
      firstContactHours: c.firstContactHours,
      checkInHours: c.checkInHours,
      resolutionDays: c.resolutionDays,
      workingDays: c.workingDays,
    };
  }
  return deadlinesAtPriority(own, mechanism.workOrders, priority);
}

// ---------------------------------------------------------------------------------------------
// Events and policy effects

/**
 * Asks the enabled policies what an event requires. Their hooks see only the slices they declare,
 * narrowed to the case's compound and the departments the event names (no query at all when no
 * hook reads anything). A guard refuses the action (422 with the policy's reason in both
 * languages); obligations and notifications are kept in the event.
 */
async function effectsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  event: DomainEvent,
  scope: { compoundId: string; departmentCodes: readonly string[] },
): Promise<PolicyEffect[]> {
  const view = await loadPolicyView(tx, ctx, tenantToday(ctx), undefined, {
    slices: slicesRead(mechanism, ctx.deps.policies, "on", event.type),
    scope: { compoundIds: [scope.compoundId], departmentCodes: scope.departmentCodes },
  });
  const effects = onEvent(mechanism, event, view, ctx.deps.policies);
  const guard = effects.find((e) => e.type === "guard");
  if (guard && guard.type === "guard") {
    throw new AppError("unprocessable", `${guard.reason.en} (${guard.reason.zh})`, {
      extensions: { policy: guard.policy, reason: "policy_guard", explanation: guard.reason },
    });
  }
  return effects;
}

const effectJson = (e: PolicyEffect) =>
  e.type === "obligation"
    ? { policy: e.policy, type: e.type, subject: e.subject, what: e.what, dueAt: e.dueAt }
    : e.type === "notification"
      ? { policy: e.policy, type: e.type, to: e.to, message: e.message }
      : { policy: e.policy, type: e.type };

export interface AppendEvent {
  type: string;
  at: Date;
  status: CaseStatus;
  payload?: Record<string, unknown>;
  /** What policies see besides category and round (e.g. department codes of a whistle). */
  policyPayload?: Record<string, unknown>;
}

/** Runs the policies on an event and appends it (with their obligations) to the case's timeline. */
export async function appendEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  row: CaseRow,
  actor: CaseActor,
  e: AppendEvent,
): Promise<CaseEventRow> {
  const effects = await effectsOf(
    tx,
    ctx,
    mechanism,
    {
      type: `case.${e.type}`,
      at: e.at.toISOString(),
      subject: { type: "case", id: row.id, name: row.number },
      payload: { category: row.category, kind: row.kind, round: row.round, ...e.policyPayload },
    },
    {
      compoundId: row.compoundId,
      departmentCodes: Array.isArray(e.policyPayload?.departments)
        ? (e.policyPayload.departments as string[])
        : [],
    },
  );
  const payload = { ...(e.payload ?? {}) };
  if (effects.length > 0) payload.effects = effects.map(effectJson);
  const [event] = await tx
    .insert(caseEvents)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("caseEvent", e.at.getTime()),
      caseId: row.id,
      type: e.type,
      at: e.at,
      actorType: actor.type,
      actorId: actor.id,
      actorName: actor.name,
      status: e.status,
      payload,
      requestId: ctx.requestId,
    })
    .returning();
  if (!event) throw new Error("insert returned nothing");
  const notify = caseOutboxEvent(row, { ...event, payload }, e.policyPayload);
  if (notify) await enqueue(tx, ctx, ctx.tenant.id, notify);
  return event;
}

// ---------------------------------------------------------------------------------------------
// Filing

/**
 * The case's number, e.g. `MC-2024-000123`, as SQL for the insert of the case: the tenant's
 * counter of the year is bumped by the same statement (a data-modifying CTE), so the counter row
 * is locked only from the case's insert to the commit (the event and audit rows that follow), not
 * for the whole intake. Numbers have no gaps: a rolled-back intake rolls its number back too. They
 * follow the order in which intakes insert their case, which is the order they commit in; a case
 * received earlier (a backdated hotline call) may carry a later number.
 */
async function caseNumber(tx: Tx, ctx: TenantServiceContext, at: Date) {
  const year = yearInZone(at, ctx.tenant.timezone);
  const settings = ctx.tenant.settings ?? (await tenantSettingsOf(tx, ctx.tenant.id));
  const prefix = caseNumberPrefixOf(ctx.tenant.slug, settings);
  const counter = tx.$with("case_counter", { last: sql<number>`last` }).as(
    sql`insert into ${caseCounters} (tenant_id, year, last) values (${ctx.tenant.id}, ${year}, 1)
        on conflict (tenant_id, year) do update set last = ${caseCounters}.last + 1 returning last`,
  );
  // formatCaseNumber in SQL: `${prefix}-${year}-` and at least six digits.
  const sample = formatCaseNumber(prefix, year, 1);
  const head = sample.slice(0, sample.length - 6);
  const number = sql<string>`(select ${head} || lpad(last::text, greatest(6, length(last::text)), '0') from ${counter})`;
  return { counter, number };
}

async function tenantSettingsOf(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const [tenant] = await tx
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return readTenantSettings(tenant?.settings);
}

/** A case just filed, with the compound it was filed for. */
export interface FiledCase {
  row: CaseRow;
  compound: typeof compounds.$inferSelect;
  mechanism: Mechanism;
}

export interface FileCaseInput {
  category: string;
  compoundId: string;
  gridId?: string | undefined;
  description: string;
  location?: CaseLocation | undefined;
  photos: string[];
  reporter?: { name: string; phone: string } | undefined;
  channel: CaseChannel;
  receivedAt?: string | undefined;
  priority?: CasePriority | undefined;
  externalRef?: ExternalRef | undefined;
}

/**
 * Files a case in the caller's transaction: category from the mechanism, routed to the compound's
 * community and the grid's guarantor (else the compound's), deadlines from the category (else the
 * complaintHandling policy), a tenant-scoped number, an unguessable tracking code, and the
 * `received` event with the policies' obligations. `reach` limits the compounds staff may file for
 * (`null` for the public and Open311, who may file for any active compound). Errors name the field
 * under `fieldPrefix` (`body` for JSON, `service_code`-style names are mapped by the caller).
 */
export async function fileCase(
  tx: Tx,
  ctx: TenantServiceContext,
  input: FileCaseInput,
  options: {
    reach: Reach | null;
    actor: CaseActor;
    mechanism?: Mechanism;
    /** Writes that go with the case's `received` event (its audit entry), sent in one round trip. */
    alongside?: (row: CaseRow) => Promise<unknown>;
    /** A 12345 work order: it waits for the dispatcher (待派单) instead of going to the community. */
    awaitDispatch?: boolean;
  },
): Promise<FiledCase> {
  // The mechanism and the compound in one round trip (pipelined on the transaction's connection).
  const [mechanism, compound] = await Promise.all([
    options.mechanism ?? currentMechanism(tx, ctx).then((m) => m.document),
    tx
      .select()
      .from(compounds)
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, input.compoundId)))
      .then(([c]) => c),
  ]);
  const category = categoryOf(mechanism, input.category);
  if (!category) {
    throw new AppError("unprocessable", `'${input.category}' is not a case category of this county.`, {
      errors: [
        {
          path: "body.category",
          message: `Unknown category; one of: ${mechanism.categories.map((c) => c.code).join(", ")}.`,
        },
      ],
    });
  }
  const visible =
    compound &&
    !compound.archivedAt &&
    (options.reach === null ||
      (await reachSeesCompound(tx, ctx, options.reach, compound.id, compound.communityId)));
  if (!compound || !visible) {
    throw new AppError("unprocessable", `Compound '${input.compoundId}' was not found.`, {
      errors: [{ path: "body.compoundId", message: "No such active compound." }],
    });
  }
  let guarantor = { userId: compound.guarantorUserId, name: compound.guarantorName };
  if (input.gridId) {
    const [grid] = await tx
      .select()
      .from(grids)
      .where(
        and(eq(grids.tenantId, ctx.tenant.id), eq(grids.id, input.gridId), eq(grids.compoundId, compound.id)),
      );
    if (!grid) {
      throw new AppError("unprocessable", `Grid '${input.gridId}' is not a grid of this compound.`, {
        errors: [{ path: "body.gridId", message: "Not a grid of the compound." }],
      });
    }
    if (grid.guarantorUserId || grid.guarantorName) {
      guarantor = { userId: grid.guarantorUserId, name: grid.guarantorName };
    }
  }

  const now = ctx.deps.now();
  let receivedAt = now;
  if (input.receivedAt) {
    receivedAt = new Date(input.receivedAt);
    if (receivedAt.getTime() > now.getTime() + 60_000) {
      throw new AppError("unprocessable", "A case cannot be received in the future.", {
        errors: [{ path: "body.receivedAt", message: "Later than now." }],
      });
    }
  }
  const priority = input.priority ?? "normal";
  if (input.externalRef) await assertTicketFree(tx, ctx, input.externalRef);
  const due = caseDeadlines(
    deadlinesFor(mechanism, category, priority),
    receivedAt.toISOString(),
    ctx.tenant.timezone,
    await workingCalendarFor(tx, ctx),
  );
  const point = input.location?.lat !== undefined;
  // Chinese map apps give GCJ-02; Open311 (GeoReport v2) points are WGS-84.
  const coordinateSystem: CoordinateSystem | null = point
    ? (input.location?.coordinateSystem ?? (input.channel === "open311" ? "wgs84" : "gcj02"))
    : null;
  const status: CaseStatus = options.awaitDispatch ? "awaitingDispatch" : "received";
  const { counter, number } = await caseNumber(tx, ctx, receivedAt);

  let row: CaseRow | undefined;
  for (let attempt = 0; !row; attempt++) {
    // A tracking code that collides (one chance in 5 × 10^11 at a million cases) inserts nothing and
    // is drawn again; only then is a number skipped.
    if (attempt === 3) throw new Error("no free tracking code after three draws");
    [row] = await tx
      .with(counter)
      .insert(cases)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("case", now.getTime()),
        number,
        trackingCode: newTrackingCode(),
        category: category.code,
        kind: category.kind,
        compoundId: compound.id,
        gridId: input.gridId ?? null,
        communityId: compound.communityId,
        guarantorUserId: guarantor.userId,
        guarantorName: guarantor.name,
        locationText: input.location?.text ?? null,
        lat: input.location?.lat ?? null,
        long: input.location?.long ?? null,
        coordinateSystem,
        description: input.description,
        photos: input.photos,
        reporterName: input.reporter?.name ?? null,
        reporterPhone: input.reporter?.phone ?? null,
        channel: input.channel,
        priority,
        externalSystem: input.externalRef?.system ?? null,
        externalNumber: input.externalRef?.number ?? null,
        status,
        round: 1,
        receivedAt,
        roundStartedAt: receivedAt,
        firstContactDueAt: new Date(due.firstContactDueAt),
        resolutionDueAt: new Date(due.resolutionDueAt),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [cases.tenantId, cases.trackingCode] })
      .returning();
  }
  const filed = row;
  await Promise.all([
    appendEvent(tx, ctx, mechanism, filed, options.actor, {
      type: "received",
      at: receivedAt,
      status,
      payload: {
        channel: input.channel,
        priority,
        ...(input.externalRef ? { externalRef: input.externalRef } : {}),
        category: category.code,
        communityId: compound.communityId,
        guarantor: guarantor.userId || guarantor.name ? guarantor : null,
        firstContactDueAt: due.firstContactDueAt,
        resolutionDueAt: due.resolutionDueAt,
      },
      // The policy's obligations carry the case's deadlines (priority caps, holiday calendar).
      policyPayload: { firstContactDueAt: due.firstContactDueAt, resolutionDueAt: due.resolutionDueAt },
    }),
    options.alongside?.(filed),
  ]);
  return { row: filed, compound, mechanism };
}

async function reachSeesCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  compoundId: string,
  communityId: string,
): Promise<boolean> {
  switch (reach.kind) {
    case "county":
      return true;
    case "region": {
      const rows = await tx.execute(
        sql`select 1 from regions where tenant_id = ${ctx.tenant.id} and id = ${communityId} and path like ${`${escapeLike(reach.path)}%`}`,
      );
      return rowsOf(rows).length > 0;
    }
    case "compound":
      return reach.compoundId === compoundId;
    default:
      return false;
  }
}

/** A 12345 ticket is filed once per county and system: a second filing is a 409 naming the case. */
export async function assertTicketFree(tx: Tx, ctx: TenantServiceContext, ref: ExternalRef) {
  const [taken] = await findByTicket(tx, ctx, ref);
  if (taken) {
    throw new AppError("conflict", `Ticket ${ref.system}/${ref.number} is already case ${taken.number}.`, {
      errors: [{ path: "body.externalRef.number", message: `Already filed as ${taken.number}.` }],
      extensions: { reason: "case_ticket_taken", caseId: taken.id },
    });
  }
}

export const findByTicket = (tx: Tx, ctx: TenantServiceContext, ref: ExternalRef) =>
  tx
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        eq(cases.externalSystem, ref.system),
        eq(cases.externalNumber, ref.number),
      ),
    );

/** Staff file a case (hotline, inspection, walk-in, web). Region staff file only within their subtree. */
export async function createCase(ctx: TenantServiceContext, input: FileCaseInput): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    if (reach.kind !== "county" && reach.kind !== "region") {
      throw new AppError("forbidden", "Only county and community staff file cases for residents.");
    }
    const { row, compound, mechanism } = await fileCase(tx, ctx, input, {
      reach,
      actor: caseActorOf(ctx),
      // What the 12345 desk files waits for its own dispatch (派单).
      awaitDispatch: isDispatcher(ctx),
      alongside: (filed) =>
        audit(tx, ctx, ctx.tenant.id, {
          action: "case.create",
          targetType: "case",
          targetId: filed.id,
          after: {
            number: filed.number,
            category: filed.category,
            compoundId: filed.compoundId,
            channel: filed.channel,
            priority: filed.priority,
            externalRef: filed.externalSystem
              ? { system: filed.externalSystem, number: filed.externalNumber }
              : null,
          },
        }),
    });
    // A case just filed has no departments yet and its compound is known: no query for its view.
    const [view] = await caseViews(tx, ctx, reach, [row], mechanism, {
      compoundNames: new Map([[compound.id, compound.name]]),
      departments: [],
    });
    if (!view) throw new Error("no view");
    return view;
  });
}

// ---------------------------------------------------------------------------------------------
// Acting on a case

export type CaseActionInput =
  | { type: "contact"; note?: string | undefined }
  | { type: "resolve"; note?: string | undefined }
  | { type: "whistle"; departmentIds?: string[] | undefined; note?: string | undefined }
  | { type: "checkIn"; departmentId: string; note?: string | undefined }
  | { type: "complete"; departmentId: string; outcome: string; note?: string | undefined }
  | { type: "rate"; rating: CaseRating; comment?: string | undefined }
  | { type: "close"; note?: string | undefined }
  | { type: "reopen"; note?: string | undefined }
  | { type: "cancel"; reason: CancelReason; note?: string | undefined }
  | WorkOrderActionInput;

const workOrderActions = new Set<CaseActionInput["type"]>([
  "dispatch",
  "reassign",
  "acknowledge",
  "return",
  "requestExtension",
  "approveExtension",
  "refuseExtension",
  "supervise",
  "callback",
  "merge",
]);
const isWorkOrderAction = (input: CaseActionInput): input is WorkOrderActionInput =>
  workOrderActions.has(input.type);

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

/**
 * Applies one action to a locked case: checks it against the state machine (409 naming the
 * current status and the allowed actions), updates the row and the departments, and appends the
 * event (and a `reopened` one when an unsatisfied rating reopens it). Returns the updated row.
 */
export async function applyAction(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  row: CaseRow,
  input: CaseActionInput,
  actor: CaseActor,
): Promise<CaseRow> {
  const steps = (await departmentsOf(tx, ctx.tenant.id, [row.id])).filter(
    (s) => s.round === row.round && !s.withdrawnAt,
  );
  const state = stateOf(row, steps);
  // The status first: a whistle on a closed case is a 409, whatever departments it names.
  assertAllowed(state, input.type);
  if (isWorkOrderAction(input)) {
    return applyWorkOrderAction(tx, ctx, mechanism, row, state, input, actor);
  }
  const now = ctx.deps.now();
  const at = now.toISOString();
  const config = complaintConfig(mechanism);
  const category = categoryOf(mechanism, row.category);
  const deadlines = deadlinesFor(mechanism, category, row.priority);
  let departmentIds: string[] = [];
  let action: CaseAction;
  switch (input.type) {
    case "whistle": {
      departmentIds = await whistleTargets(tx, ctx, category, input.departmentIds);
      action = { type: "whistle", departmentIds };
      break;
    }
    case "rate":
      action = {
        type: "rate",
        rating: input.rating,
        reopenOnDissatisfaction: config.reopenOnDissatisfaction,
      };
      break;
    case "reopen":
      action = { type: "reopen", at, windowDays: config.reopenWindowDays };
      break;
    case "checkIn":
    case "complete":
      action = { type: input.type, departmentId: input.departmentId };
      break;
    default:
      action = { type: input.type };
  }
  const next = transition(state, action, at);

  const patch: Partial<typeof cases.$inferInsert> = { status: next.status, updatedAt: now };
  const payload: Record<string, unknown> = {};
  const policyPayload: Record<string, unknown> = {};
  if ("note" in input && input.note) payload.note = input.note;

  switch (input.type) {
    case "contact":
      patch.contactedAt = now;
      payload.withinDeadline = now.getTime() <= row.firstContactDueAt.getTime();
      break;
    case "resolve":
      patch.resolvedAt = now;
      patch.resolvedOnSpot = steps.length === 0;
      payload.onSpot = steps.length === 0;
      payload.withinDeadline = now.getTime() <= row.resolutionDueAt.getTime();
      break;
    case "whistle": {
      const fresh = departmentIds.filter((id) => !steps.some((s) => s.departmentId === id));
      const dueAt = new Date(checkInDueAt(deadlines, at));
      await tx.insert(caseDepartments).values(
        fresh.map((departmentId, i) => ({
          tenantId: ctx.tenant.id,
          id: newId("caseDepartment", now.getTime() + i),
          caseId: row.id,
          departmentId,
          round: row.round,
          notifiedAt: now,
          checkInDueAt: dueAt,
        })),
      );
      const codes = await tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(and(eq(departments.tenantId, ctx.tenant.id), inArray(departments.id, fresh)));
      payload.departmentIds = fresh;
      payload.checkInDueAt = dueAt.toISOString();
      policyPayload.departments = fresh.map((id) => codes.find((c) => c.id === id)?.code ?? id);
      break;
    }
    case "checkIn":
    case "complete": {
      const step = steps.find((s) => s.departmentId === input.departmentId);
      if (!step) throw new Error("transition accepted a department that is not summoned");
      await tx
        .update(caseDepartments)
        .set(input.type === "checkIn" ? { checkedInAt: now } : { completedAt: now, outcome: input.outcome })
        .where(and(eq(caseDepartments.tenantId, ctx.tenant.id), eq(caseDepartments.id, step.id)));
      payload.departmentId = input.departmentId;
      if (input.type === "checkIn") payload.withinDeadline = now.getTime() <= step.checkInDueAt.getTime();
      else payload.outcome = input.outcome;
      policyPayload.departments = [step.code];
      break;
    }
    case "rate":
      patch.rating = input.rating;
      patch.ratedAt = now;
      patch.ratingSource = "resident";
      payload.rating = input.rating;
      if (input.comment) payload.comment = input.comment;
      break;
    case "close":
      patch.closedAt = now;
      break;
    case "cancel":
      patch.cancelledAt = now;
      patch.cancelReason = input.reason;
      payload.reason = input.reason;
      break;
    case "reopen":
      break;
  }

  const rated = input.type === "rate";
  // Reopened: a new round in which the community answers again, with fresh deadlines from now.
  const due = next.reopened
    ? caseDeadlines(deadlines, at, ctx.tenant.timezone, await workingCalendarFor(tx, ctx))
    : null;
  if (due && !rated) Object.assign(payload, due);
  await appendEvent(tx, ctx, mechanism, row, actor, {
    type: caseActionEventTypes[input.type],
    at: now,
    status: rated ? "rated" : next.status,
    payload,
    policyPayload,
  });
  if (due) {
    Object.assign(patch, {
      round: row.round + 1,
      roundStartedAt: now,
      firstContactDueAt: new Date(due.firstContactDueAt),
      resolutionDueAt: new Date(due.resolutionDueAt),
      contactedAt: null,
      resolvedAt: null,
      resolvedOnSpot: null,
      closedAt: null,
    });
    if (rated) {
      const system: CaseActor = { type: "system", id: null, name: null };
      await appendEvent(tx, ctx, mechanism, { ...row, round: row.round + 1 }, system, {
        type: "reopened",
        at: new Date(now.getTime() + 1),
        status: "received",
        payload: { because: "unsatisfied", ...due },
      });
    }
  }

  const [updated] = await tx
    .update(cases)
    .set(patch)
    .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, row.id)))
    .returning();
  if (!updated) throw new Error("update returned nothing");
  // Repeat complaints (重复件) close with their original.
  if (input.type === "close") await closeDuplicatesOf(tx, ctx, mechanism, updated);
  return updated;
}

/**
 * Departments a whistle summons: those named (active departments of the roster), else the
 * category's default departments. Neither → 422 naming `body.departmentIds`.
 */
export async function whistleTargets(
  tx: Tx,
  ctx: TenantServiceContext,
  category: Category | undefined,
  named: string[] | undefined,
): Promise<string[]> {
  if (named && named.length > 0) {
    const found = await tx
      .select({ id: departments.id, archivedAt: departments.archivedAt })
      .from(departments)
      .where(and(eq(departments.tenantId, ctx.tenant.id), inArray(departments.id, named)));
    const missing = named.findIndex((id) => !found.some((d) => d.id === id && !d.archivedAt));
    if (missing >= 0) {
      throw new AppError("unprocessable", `Department '${named[missing]}' is not on the roster.`, {
        errors: [{ path: `body.departmentIds.${missing}`, message: "No such active department." }],
      });
    }
    return [...new Set(named)];
  }
  const codes = category?.departments ?? [];
  const rows =
    codes.length > 0
      ? await tx
          .select({ id: departments.id, code: departments.code })
          .from(departments)
          .where(
            and(
              eq(departments.tenantId, ctx.tenant.id),
              inArray(departments.code, codes),
              sql`${departments.archivedAt} is null`,
            ),
          )
      : [];
  if (rows.length === 0) {
    throw new AppError(
      "unprocessable",
      "The category names no default department on the roster; name the departments to summon.",
      { errors: [{ path: "body.departmentIds", message: "Required for this category." }] },
    );
  }
  // In the category's order.
  return codes.flatMap((code) => rows.filter((r) => r.code === code).map((r) => r.id));
}

/** A staff action on a case (`POST /cases/{id}/…`), with the access rules of its reach. */
export async function actOnCase(
  ctx: TenantServiceContext,
  id: string,
  input: CaseActionInput,
): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const row = await lockCase(tx, ctx, reach, id);
    const departmentId =
      "departmentId" in input && typeof input.departmentId === "string" ? input.departmentId : undefined;
    const current =
      reach.kind === "department"
        ? (await departmentsOf(tx, ctx.tenant.id, [row.id]))
            .filter((s) => s.round === row.round && !s.withdrawnAt)
            .map((s) => s.departmentId)
        : [];
    if (!mayAct(reach, input.type, departmentId, row, current)) {
      throw new AppError("forbidden", "Your role may not take this action on the case.");
    }
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const updated = await applyAction(tx, ctx, mechanism, row, input, caseActorOf(ctx));
    await audit(tx, ctx, ctx.tenant.id, {
      action: `case.${input.type}`,
      targetType: "case",
      targetId: row.id,
      before: { status: row.status, round: row.round },
      after: { status: updated.status, round: updated.round },
    });
    const [view] = await caseViews(tx, ctx, reach, [updated], mechanism);
    if (!view) throw new Error("no view");
    return view;
  });
}
