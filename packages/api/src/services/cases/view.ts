import {
  allowedActions,
  type CancelReason,
  type CaseChannel,
  type CaseLocation,
  type CasePriority,
  type CaseRating,
  type CaseState,
  type CaseStatus,
  categoryOf,
  type ExternalRef,
  type Mechanism,
  maskPhone,
  type SupervisionLevel,
  unchargedStatuses,
} from "@propgov/core";
import { caseDepartments, type caseEvents, type cases, compounds, departments, type Tx } from "@propgov/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { handlesCase, mayAct } from "../access/cases.js";
import type { Reach } from "../access/reach.js";
import { caseActions } from "./act.js";
import type { CaseActor } from "./events.js";

export type CaseRow = typeof cases.$inferSelect;
export type CaseDepartmentRow = typeof caseDepartments.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

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

/**
 * The actions of the case's state that this reach may take, as `mayAct` decides them from each
 * action's side: a department's officers see check-in and complete only while their own step of
 * the round awaits them; company staff and committee members see none.
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
    const entry = caseActions[a as keyof typeof caseActions];
    if (!entry) return true;
    if (reach.kind === "department" && (a === "checkIn" || a === "complete")) {
      if (!own) return false;
      return a === "checkIn" ? !own.checkedInAt : own.checkedInAt !== null && !own.completedAt;
    }
    return mayAct(
      reach,
      entry.side,
      undefined,
      row,
      current.map((s) => s.departmentId),
    );
  });
}
