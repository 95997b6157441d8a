import {
  auditNotifications,
  caseEventNotifications,
  type NotificationEventType,
  newId,
  taskEventNotifications,
} from "@propgov/core";
import { type cases, compiled, outbox, type Placeholders, type Tx } from "@propgov/db";
import type { ServiceContext } from "../../context.js";

export interface OutboxEvent {
  type: NotificationEventType;
  subjectType: string;
  subjectId: string | null;
  /** What integrators receive as `data`: ids, numbers, statuses and deadlines; never a reporter's phone. */
  data: Record<string, unknown>;
  /** Only this destination (a test-send). */
  targetId?: string | undefined;
  /** The message id, when the caller must know it beforehand (the scheduler records it); else a new one. */
  id?: string | undefined;
}

/**
 * Writes one event to the outbox in the caller's transaction: it is delivered only if that
 * transaction commits, and a rolled-back change sends nothing.
 */
export async function enqueue(
  tx: Tx,
  ctx: ServiceContext,
  tenantId: string,
  event: OutboxEvent,
): Promise<string> {
  const now = ctx.deps.now();
  const id = event.id ?? newId("outboxMessage", now.getTime());
  await insertOutbox(tx, {
    tenantId,
    id,
    type: event.type,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    data: event.data,
    occurredAt: now,
    targetId: event.targetId ?? null,
    requestId: ctx.requestId,
    createdAt: now,
  });
  return id;
}

type OutboxRow = {
  tenantId: string;
  id: string;
  type: NotificationEventType;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  occurredAt: Date;
  targetId: string | null;
  requestId: string | null;
  createdAt: Date;
};

const insertOutbox = compiled((db, p: Placeholders<OutboxRow>) =>
  db.insert(outbox).values({
    tenantId: p.tenantId,
    id: p.id,
    type: p.type,
    subjectType: p.subjectType,
    subjectId: p.subjectId,
    data: p.data,
    occurredAt: p.occurredAt,
    targetId: p.targetId,
    requestId: p.requestId,
    createdAt: p.createdAt,
  }),
);

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : typeof d === "string" ? d : null);

type CaseRow = typeof cases.$inferSelect;

/** The outbox event of a case timeline entry, or null when nobody needs to hear about that kind of entry. */
export function caseOutboxEvent(
  row: CaseRow,
  e: { id: string; type: string; status: string; payload: Record<string, unknown> },
  policyPayload: Record<string, unknown> | undefined,
): OutboxEvent | null {
  const type = caseEventNotifications[e.type];
  if (!type) return null;
  const p = e.payload;
  const data: Record<string, unknown> = {
    caseId: row.id,
    number: row.number,
    eventId: e.id,
    kind: row.kind,
    category: row.category,
    status: e.status,
    priority: row.priority,
    round: row.round,
    compoundId: row.compoundId,
    communityId: row.communityId,
    firstContactDueAt: iso(p.firstContactDueAt) ?? iso(row.firstContactDueAt),
    resolutionDueAt: iso(p.resolutionDueAt) ?? iso(row.resolutionDueAt),
    externalNumber: row.externalNumber ?? null,
  };
  if (Array.isArray(policyPayload?.departments)) data.departmentCodes = policyPayload.departments;
  if (typeof p.departmentId === "string") data.departmentId = p.departmentId;
  if (typeof p.outcome === "string") data.outcome = p.outcome;
  if (typeof p.withinDeadline === "boolean") data.withinDeadline = p.withinDeadline;
  if (typeof p.rating === "string") data.rating = p.rating;
  if (typeof p.reason === "string") data.reason = p.reason;
  return { type, subjectType: "case", subjectId: row.id, data };
}

/** The outbox event of a task timeline entry, or null. */
export function taskOutboxEvent(
  task: { id: string; title: string; dueOn: string; ownerUnitType: string; ownerUnitId: string },
  e: { type: string; status: string; payload: Record<string, unknown> },
): OutboxEvent | null {
  const type = taskEventNotifications[e.type];
  if (!type) return null;
  const data: Record<string, unknown> = {
    taskId: task.id,
    title: task.title,
    status: e.status,
    dueOn: task.dueOn,
    ownerUnit: { unitType: task.ownerUnitType, unitId: task.ownerUnitId },
  };
  if (typeof e.payload.reason === "string") data.reason = e.payload.reason;
  return { type, subjectType: "task", subjectId: task.id, data };
}

/** Fields of an audited record that an event's `data` may carry: ids, names, states, dates, counts. */
const AUDIT_FIELDS = [
  "id",
  "title",
  "status",
  "kind",
  "level",
  "period",
  "label",
  "scheduledAt",
  "heldAt",
  "matter",
  "dueOn",
  "taskId",
  "meetingId",
  "companyId",
  "category",
  "points",
  "effectiveOn",
  "expiresOn",
  "mechanismVersion",
  "findingCount",
  "resolvedFindings",
  "bySeverity",
  "byPolicy",
  "publishedAt",
  "templateId",
  "cycle",
] as const;

/** The outbox event of an audited action (meetings, evaluations, assessments, credit), or null. */
export function auditOutboxEvent(entry: {
  action: string;
  targetType: string;
  targetId?: string | null | undefined;
  after?: unknown;
}): OutboxEvent | null {
  const type = auditNotifications[entry.action];
  if (!type) return null;
  const after = (entry.after && typeof entry.after === "object" ? entry.after : {}) as Record<
    string,
    unknown
  >;
  // An evaluation is news only when it found something.
  if (type === "evaluation.findings" && !(Number(after.findingCount) > 0)) return null;
  const data: Record<string, unknown> = { [`${entry.targetType}Id`]: entry.targetId ?? null };
  for (const key of AUDIT_FIELDS) {
    const v = after[key];
    if (v === undefined) continue;
    data[key] = v instanceof Date ? v.toISOString() : v;
  }
  return { type, subjectType: entry.targetType, subjectId: entry.targetId ?? null, data };
}
