import {
  AppError,
  type Label,
  type MeetingAction,
  type MeetingKind,
  type MeetingLevel,
  type MeetingStatus,
  type MeetingUnitType,
  matterLabel,
  meetingAllowedActions,
  type TaskOwnerUnitType,
} from "@propgov/core";
import { cases, meetingResolutions, meetings, type Tx } from "@propgov/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { unitKey, unitNames } from "../units/names.js";
export type MeetingRow = typeof meetings.$inferSelect;
export type ResolutionRow = typeof meetingResolutions.$inferSelect;

export interface MeetingUnitView {
  unitType: MeetingUnitType;
  unitId: string;
  name: string;
}

export interface MeetingParticipantView extends MeetingUnitView {
  attended: boolean;
}

export interface MeetingResolutionView {
  id: string;
  meetingId: string;
  text: string;
  matter: string;
  matterLabel: Label;
  ownerUnit: { unitType: TaskOwnerUnitType; unitId: string; name: string };
  dueOn: string | null;
  doneAt: Date | null;
  /** Not done and due before today (the county's date). */
  overdue: boolean;
  /** The responsibility-list task that follows it up. */
  taskId: string | null;
  createdAt: Date;
}

export interface MeetingView {
  id: string;
  title: string;
  level: MeetingLevel;
  kind: MeetingKind;
  regionId: string | null;
  compoundId: string | null;
  /** The name of the township, street, community or compound. */
  unitName: string;
  convenedBy: { id: string; name: string } | null;
  scheduledAt: Date;
  venueId: string | null;
  participants: MeetingParticipantView[];
  agenda: { topic: string; matter: string; matterLabel: Label }[];
  minutes: string | null;
  attachments: string[];
  /** The cases a dispute-mediation meeting settles, with their numbers. */
  cases: { id: string; number: string }[];
  status: MeetingStatus;
  allowedActions: MeetingAction[];
  heldAt: Date | null;
  closedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeetingWithResolutions extends MeetingView {
  resolutions: MeetingResolutionView[];
}

export function resolutionView(
  r: ResolutionRow,
  names: Map<string, string>,
  today: string,
): MeetingResolutionView {
  return {
    id: r.id,
    meetingId: r.meetingId,
    text: r.text,
    matter: r.matter,
    matterLabel: matterLabel(r.matter),
    ownerUnit: {
      unitType: r.ownerUnitType as TaskOwnerUnitType,
      unitId: r.ownerUnitId,
      name: names.get(unitKey(r.ownerUnitType, r.ownerUnitId)) ?? r.ownerUnitId,
    },
    dueOn: r.dueOn,
    doneAt: r.doneAt,
    overdue: !r.doneAt && r.dueOn !== null && r.dueOn < today,
    taskId: r.taskId,
    createdAt: r.createdAt,
  };
}

/**
 * The name of a meeting's region or compound. Qualified by hand: in a one-table select drizzle
 * writes bare column names, which inside the subqueries would name their own tables' columns.
 */
const meetingUnitName = sql<string | null>`coalesce(
  (select r.name from regions r where r.tenant_id = "meetings"."tenant_id" and r.id = "meetings"."region_id"),
  (select c.name from compounds c where c.tenant_id = "meetings"."tenant_id" and c.id = "meetings"."compound_id"))`;

export const selectMeetings = (tx: Tx) =>
  tx.select({ row: meetings, unitName: meetingUnitName }).from(meetings);

export async function meetingViews(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: readonly { row: MeetingRow; unitName: string | null }[],
): Promise<MeetingView[]> {
  const refs = rows.flatMap(({ row }) => [
    ...row.participants,
    ...(row.convenedBy ? [{ unitType: "partyOrg", unitId: row.convenedBy }] : []),
  ]);
  const names = await unitNames(tx, ctx.tenant.id, refs);
  const caseIds = [...new Set(rows.flatMap(({ row }) => row.caseIds))];
  const numbers = new Map(
    caseIds.length === 0
      ? []
      : (
          await tx
            .select({ id: cases.id, number: cases.number })
            .from(cases)
            .where(and(eq(cases.tenantId, ctx.tenant.id), inArray(cases.id, caseIds)))
        ).map((c) => [c.id, c.number] as const),
  );
  return rows.map(({ row, unitName }) => ({
    id: row.id,
    title: row.title,
    level: row.level,
    kind: row.kind,
    regionId: row.regionId,
    compoundId: row.compoundId,
    unitName: unitName ?? "",
    convenedBy: row.convenedBy
      ? { id: row.convenedBy, name: names.get(unitKey("partyOrg", row.convenedBy)) ?? row.convenedBy }
      : null,
    scheduledAt: row.scheduledAt,
    venueId: row.venueId,
    participants: row.participants.map((p) => ({
      unitType: p.unitType as MeetingUnitType,
      unitId: p.unitId,
      name: names.get(unitKey(p.unitType, p.unitId)) ?? p.unitId,
      attended: p.attended,
    })),
    agenda: row.agenda.map((a) => ({ topic: a.topic, matter: a.matter, matterLabel: matterLabel(a.matter) })),
    minutes: row.minutes,
    attachments: row.attachments,
    cases: row.caseIds.map((id) => ({ id, number: numbers.get(id) ?? id })),
    status: row.status,
    allowedActions: meetingAllowedActions(row.status),
    heldAt: row.heldAt,
    closedAt: row.closedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

export async function resolutionsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  meetingId: string,
): Promise<MeetingResolutionView[]> {
  const rows = await tx
    .select()
    .from(meetingResolutions)
    .where(and(eq(meetingResolutions.tenantId, ctx.tenant.id), eq(meetingResolutions.meetingId, meetingId)))
    .orderBy(asc(meetingResolutions.id));
  const names = await unitNames(
    tx,
    ctx.tenant.id,
    rows.map((r) => ({ unitType: r.ownerUnitType, unitId: r.ownerUnitId })),
  );
  const today = tenantToday(ctx);
  return rows.map((r) => resolutionView(r, names, today));
}

export async function fullView(
  tx: Tx,
  ctx: TenantServiceContext,
  id: string,
): Promise<MeetingWithResolutions> {
  const [row] = await selectMeetings(tx).where(
    and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)),
  );
  if (!row) throw new AppError("not_found", `Meeting '${id}' was not found.`);
  const [view] = await meetingViews(tx, ctx, [row]);
  if (!view) throw new Error("view of a row missing");
  return { ...view, resolutions: await resolutionsOf(tx, ctx, id) };
}

/**
 * The meeting's full view after a change, audited as `action` (with the view before it, when the
 * meeting existed before), in the caller's transaction.
 */
export async function auditedView(
  tx: Tx,
  ctx: TenantServiceContext,
  action: string,
  id: string,
  before?: MeetingWithResolutions,
): Promise<MeetingWithResolutions> {
  const view = await fullView(tx, ctx, id);
  await audit(tx, ctx, ctx.tenant.id, {
    action,
    targetType: "meeting",
    targetId: id,
    ...(before ? { before } : {}),
    after: view,
  });
  return view;
}
