import {
  type TaskActionName,
  type TaskOwnerUnitType,
  type TaskSource,
  type TaskStatus,
  taskAllowedActions,
  taskEditable,
  taskOverdue,
} from "@propgov/core";
import type { Tx, taskEvents, tasks } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { tenantToday } from "../time.js";
import { unitKey, unitNames } from "../units/names.js";

export type TaskRow = typeof tasks.$inferSelect;
type EventRow = typeof taskEvents.$inferSelect;

export interface TaskMilestoneView {
  title: string;
  dueOn: string;
  doneAt: string | null;
  /** Not done and due before today (the tenant's date), while the task is still open. */
  overdue: boolean;
}

export interface TaskView {
  id: string;
  title: string;
  description: string | null;
  source: TaskSource;
  sourceId: string | null;
  ownerUnit: { unitType: TaskOwnerUnitType; unitId: string; name: string };
  regionId: string | null;
  assignee: { userId: string | null; name: string | null } | null;
  dueOn: string;
  milestones: TaskMilestoneView[];
  status: TaskStatus;
  overdue: boolean;
  allowedActions: TaskActionName[];
  issuedBy: string | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  closedAt: Date | null;
  sentBackCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TaskEventView {
  id: string;
  type: string;
  at: Date;
  actor: { type: string; id: string | null; name: string | null };
  status: TaskStatus;
  payload: Record<string, unknown>;
}

export interface TaskWithTimeline extends TaskView {
  events: TaskEventView[];
}

export function taskView(row: TaskRow, ownerName: string, today: string): TaskView {
  const open = taskEditable(row.status);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    source: row.source,
    sourceId: row.sourceId,
    ownerUnit: { unitType: row.ownerUnitType as TaskOwnerUnitType, unitId: row.ownerUnitId, name: ownerName },
    regionId: row.regionId,
    assignee:
      row.assigneeUserId || row.assigneeName ? { userId: row.assigneeUserId, name: row.assigneeName } : null,
    dueOn: row.dueOn,
    milestones: row.milestones.map((m) => ({
      title: m.title,
      dueOn: m.dueOn,
      doneAt: m.doneAt,
      overdue: open && !m.doneAt && m.dueOn < today,
    })),
    status: row.status,
    overdue: taskOverdue(row, today),
    allowedActions: taskAllowedActions(row.status),
    issuedBy: row.issuedBy,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    verifiedAt: row.verifiedAt,
    closedAt: row.closedAt,
    sentBackCount: row.sentBackCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const eventView = (e: EventRow): TaskEventView => ({
  id: e.id,
  type: e.type,
  at: e.at,
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  status: e.status,
  payload: e.payload,
});

/** Views of task rows, with their owner units' names. */
export async function taskViews(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: readonly TaskRow[],
): Promise<TaskView[]> {
  const names = await unitNames(
    tx,
    ctx.tenant.id,
    rows.map((r) => ({ unitType: r.ownerUnitType, unitId: r.ownerUnitId })),
  );
  const today = tenantToday(ctx);
  return rows.map((r) =>
    taskView(r, names.get(unitKey(r.ownerUnitType, r.ownerUnitId)) ?? r.ownerUnitId, today),
  );
}
