import {
  complaintHandlingConfigSchema,
  type DeadlineKind,
  type Escalation,
  endOfDayIn,
  lookbackMs,
  type Mechanism,
  noticesDue,
  reminderLeadMs,
  type Schedule,
  scheduleSchema,
  taskDoneStatuses,
} from "@propgov/core";
import { caseAssignments, caseDepartments, cases, regions, type Tx, tasks } from "@propgov/db";
import { and, eq, gt, inArray, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { TenantTxContext } from "../tx.js";

/** Statuses in which a case's deadlines still run. */
const FINISHED = ["resolved", "rated", "closed", "cancelled", "merged"] as const;

/** One deadline that is near or past, with what its notices say about it. */
export interface DueDeadline {
  subjectType: "case" | "task";
  subjectId: string;
  deadline: DeadlineKind;
  /** Whose deadline when a unit holds it (a department's check-in, a unit's acknowledgement); '' otherwise. */
  unitId: string;
  dueAt: Date;
  /** The event's `data`: ids, numbers, states and times; never a reporter's name or phone. */
  data: Record<string, unknown>;
  /** For cases: the community's region path, to find the township an escalation goes to. */
  communityPath: string | null;
}

/** The county's schedule and escalation settings, defaults filled in for documents stored before them. */
export function scheduleOf(mechanism: Mechanism): { schedule: Schedule; escalation: Escalation } {
  const schedule = scheduleSchema.parse(mechanism.schedule ?? {});
  const complaint = complaintHandlingConfigSchema.safeParse(
    mechanism.policies.complaintHandling?.config ?? {},
  );
  const escalation = complaint.success
    ? complaint.data.escalation
    : complaintHandlingConfigSchema.parse({}).escalation;
  return { schedule, escalation };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Every deadline of the county that is within its reminder lead or passed within the lookback:
 * cases' first contact and resolution, units' acknowledgements (签收) of dispatched cases,
 * departments' check-ins (报到), and tasks' due dates. Narrow queries on the deadline indexes.
 */
export async function dueDeadlines(
  tx: Tx,
  ctx: TenantTxContext,
  now: Date,
  settings: { schedule: Schedule; escalation: Escalation },
): Promise<DueDeadline[]> {
  const tenantId = ctx.tenant.id;
  const back = new Date(now.getTime() - lookbackMs(settings.escalation));
  const ahead = (kind: DeadlineKind) =>
    new Date(now.getTime() + reminderLeadMs(kind, settings.schedule.reminders));
  const caseFields = {
    id: cases.id,
    number: cases.number,
    category: cases.category,
    priority: cases.priority,
    status: cases.status,
    compoundId: cases.compoundId,
    communityId: cases.communityId,
    externalNumber: cases.externalNumber,
    communityPath: regions.path,
  };
  const openCase = and(eq(cases.tenantId, tenantId), notInArray(cases.status, [...FINISHED]));
  const community = and(eq(regions.tenantId, cases.tenantId), eq(regions.id, cases.communityId));
  const caseData = (r: { [K in keyof typeof caseFields]: unknown }) => ({
    caseId: r.id,
    number: r.number,
    category: r.category,
    priority: r.priority,
    status: r.status,
    compoundId: r.compoundId,
    communityId: r.communityId,
    externalNumber: r.externalNumber ?? null,
  });
  const out: DueDeadline[] = [];
  const push = (
    subjectType: "case" | "task",
    subjectId: string,
    deadline: DeadlineKind,
    unitId: string,
    dueAt: Date,
    data: Record<string, unknown>,
    communityPath: string | null,
  ) =>
    out.push({
      subjectType,
      subjectId,
      deadline,
      unitId,
      dueAt,
      data: { ...data, deadline, dueAt: iso(dueAt), ...(unitId ? { unitId } : {}) },
      communityPath,
    });

  /** Due within the kind's reminder lead, or passed within the lookback. */
  const near = (due: AnyPgColumn, kind: DeadlineKind) => and(gt(due, back), lte(due, ahead(kind)));

  // A case's own deadlines: first contact until contacted, resolution until resolved.
  const caseDeadlines = [
    ["firstContact", cases.firstContactDueAt, cases.contactedAt],
    ["resolution", cases.resolutionDueAt, cases.resolvedAt],
  ] as const;
  for (const [deadline, due, done] of caseDeadlines) {
    const rows = await tx
      .select({ ...caseFields, dueAt: due })
      .from(cases)
      .innerJoin(regions, community)
      .where(and(openCase, isNull(done), near(due, deadline)));
    for (const r of rows) push("case", r.id, deadline, "", r.dueAt, caseData(r), r.communityPath);
  }

  const acknowledge = await tx
    .select({
      ...caseFields,
      unitId: caseAssignments.unitId,
      unitType: caseAssignments.unitType,
      dueAt: caseAssignments.acknowledgeDueAt,
    })
    .from(caseAssignments)
    .innerJoin(cases, and(eq(cases.tenantId, caseAssignments.tenantId), eq(cases.id, caseAssignments.caseId)))
    .innerJoin(regions, community)
    .where(
      and(
        eq(caseAssignments.tenantId, tenantId),
        openCase,
        isNull(caseAssignments.acknowledgedAt),
        isNull(caseAssignments.endedAt),
        near(caseAssignments.acknowledgeDueAt, "acknowledge"),
      ),
    );
  for (const r of acknowledge)
    push(
      "case",
      r.id,
      "acknowledge",
      r.unitId,
      r.dueAt,
      { ...caseData(r), unitType: r.unitType },
      r.communityPath,
    );

  const checkIn = await tx
    .select({ ...caseFields, unitId: caseDepartments.departmentId, dueAt: caseDepartments.checkInDueAt })
    .from(caseDepartments)
    .innerJoin(
      cases,
      and(
        eq(cases.tenantId, caseDepartments.tenantId),
        eq(cases.id, caseDepartments.caseId),
        eq(cases.round, caseDepartments.round),
      ),
    )
    .innerJoin(regions, community)
    .where(
      and(
        eq(caseDepartments.tenantId, tenantId),
        openCase,
        isNull(caseDepartments.checkedInAt),
        isNull(caseDepartments.withdrawnAt),
        near(caseDepartments.checkInDueAt, "checkIn"),
      ),
    );
  for (const r of checkIn)
    push(
      "case",
      r.id,
      "checkIn",
      r.unitId,
      r.dueAt,
      { ...caseData(r), unitType: "department" },
      r.communityPath,
    );

  // A task is due at the end of its day in the county's zone.
  const zone = ctx.tenant.timezone;
  const dayOf = (t: Date) => t.toLocaleDateString("sv-SE", { timeZone: zone });
  const openTasks = await tx
    .select({
      id: tasks.id,
      title: tasks.title,
      status: tasks.status,
      dueOn: tasks.dueOn,
      ownerUnitType: tasks.ownerUnitType,
      ownerUnitId: tasks.ownerUnitId,
      regionId: tasks.regionId,
    })
    .from(tasks)
    .where(
      and(
        eq(tasks.tenantId, tenantId),
        notInArray(tasks.status, [...taskDoneStatuses]),
        sql`${tasks.dueOn} >= ${dayOf(new Date(back.getTime() - 86_400_000))}`,
        lte(tasks.dueOn, dayOf(ahead("task"))),
      ),
    );
  for (const t of openTasks) {
    const dueAt = new Date(endOfDayIn(t.dueOn, zone));
    push(
      "task",
      t.id,
      "task",
      "",
      dueAt,
      {
        taskId: t.id,
        title: t.title,
        status: t.status,
        dueOn: t.dueOn,
        ownerUnit: { unitType: t.ownerUnitType, unitId: t.ownerUnitId },
      },
      null,
    );
  }
  return out.filter(
    (d) =>
      noticesDue(d.deadline, d.dueAt.getTime(), now.getTime(), settings.schedule, settings.escalation).length,
  );
}

/** The county's townships by path, to climb from a community to the township above it. */
export async function townshipsOf(tx: Tx, tenantId: string) {
  return tx
    .select({ id: regions.id, name: regions.name, path: regions.path })
    .from(regions)
    .where(and(eq(regions.tenantId, tenantId), inArray(regions.kind, ["township", "street"])));
}
