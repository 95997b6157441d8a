import type { Scope, TenantRole } from "@propgov/core";
import { caseDepartments, cases, committees, type outbox, type Tx, tasks } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";

/** A user of the county who may be told something. */
export interface Member {
  id: string;
  roles: readonly TenantRole[];
  scope: Scope | null;
}

type Message = Pick<typeof outbox.$inferSelect, "type" | "subjectType" | "subjectId" | "data">;

const has = (m: Member, role: TenantRole) => m.roles.includes(role);

/** The users who act for a unit: a region's staff, a department's officers, a company's staff, a committee's members. */
function unitMembers(
  members: readonly Member[],
  unitType: string,
  unitId: string,
  committeeCompound?: string,
) {
  return members.filter((m) => {
    switch (unitType) {
      case "region":
      case "community":
        return has(m, "regionStaff") && m.scope?.regionId === unitId;
      case "department":
        return has(m, "departmentOfficer") && m.scope?.departmentId === unitId;
      case "company":
        return has(m, "companyStaff") && m.scope?.companyId === unitId;
      case "committee":
        return (
          has(m, "committeeMember") &&
          committeeCompound !== undefined &&
          m.scope?.compoundId === committeeCompound
        );
      default:
        return false;
    }
  });
}

const byRole = (members: readonly Member[], role: TenantRole) => members.filter((m) => has(m, role));

/**
 * Who hears of a message, from the registry and the subject itself:
 * - a case's community staff and its grid guarantor (包保责任人) for what happens in the community;
 * - the whistled departments' officers for a whistle, and a department for its own check-in deadline;
 * - the community (and the dispatcher, for a 12345 ticket) when a summoned department checks in or completes;
 * - the 12345 dispatcher for cases waiting for dispatch and returned ones, and at the county's escalation step;
 * - a township's staff when an overdue case is escalated to it, county administrators when it reaches the county;
 * - a task's owner unit, and its issuer for deadlines;
 * - county administrators for evaluations, assessments, credit records and meetings.
 */
export async function recipientsOf(
  tx: Tx,
  tenantId: string,
  message: Message,
  members: readonly Member[],
): Promise<Set<string>> {
  const out = new Set<string>();
  const add = (list: readonly Member[]) => {
    for (const m of list) out.add(m.id);
  };
  const data = message.data;
  if (message.subjectType === "case" && message.subjectId) {
    const [row] = await tx
      .select({
        communityId: cases.communityId,
        guarantor: cases.guarantorUserId,
        status: cases.status,
        round: cases.round,
      })
      .from(cases)
      .where(and(eq(cases.tenantId, tenantId), eq(cases.id, message.subjectId)));
    if (!row) return out;
    const community = () => {
      add(unitMembers(members, "region", row.communityId));
      if (row.guarantor && members.some((m) => m.id === row.guarantor)) out.add(row.guarantor);
    };
    switch (message.type) {
      case "case.whistled": {
        const summoned = await tx
          .select({ departmentId: caseDepartments.departmentId })
          .from(caseDepartments)
          .where(
            and(
              eq(caseDepartments.tenantId, tenantId),
              eq(caseDepartments.caseId, message.subjectId),
              eq(caseDepartments.round, row.round),
              isNull(caseDepartments.withdrawnAt),
            ),
          );
        for (const d of summoned) add(unitMembers(members, "department", d.departmentId));
        break;
      }
      case "case.returned":
        add(byRole(members, "dispatcher"));
        break;
      case "case.checked_in":
      case "case.completed":
        // The community follows its whistle up; the dispatcher its 12345 tickets.
        community();
        if (data.externalNumber) add(byRole(members, "dispatcher"));
        break;
      case "case.filed":
        community();
        if (row.status === "awaitingDispatch") add(byRole(members, "dispatcher"));
        break;
      case "case.due_soon":
      case "case.overdue":
        if (typeof data.unitId === "string" && data.unitType === "department")
          add(unitMembers(members, "department", data.unitId));
        else community();
        break;
      case "case.escalated": {
        const to = data.escalatedTo as { level?: string; regionId?: string | null } | undefined;
        if (to?.level === "township" && to.regionId) add(unitMembers(members, "region", to.regionId));
        else {
          add(byRole(members, "countyAdmin"));
          add(byRole(members, "dispatcher"));
        }
        break;
      }
      default:
        community();
    }
    return out;
  }
  if (message.subjectType === "task" && message.subjectId) {
    const [task] = await tx
      .select({ unitType: tasks.ownerUnitType, unitId: tasks.ownerUnitId, issuedBy: tasks.issuedBy })
      .from(tasks)
      .where(and(eq(tasks.tenantId, tenantId), eq(tasks.id, message.subjectId)));
    if (!task) return out;
    let committeeCompound: string | undefined;
    if (task.unitType === "committee") {
      const [c] = await tx
        .select({ compoundId: committees.compoundId })
        .from(committees)
        .where(and(eq(committees.tenantId, tenantId), eq(committees.id, task.unitId)));
      committeeCompound = c?.compoundId;
    }
    add(unitMembers(members, task.unitType, task.unitId, committeeCompound));
    const toIssuer = message.type === "task.due_soon" || message.type === "task.overdue";
    if (toIssuer && task.issuedBy && members.some((m) => m.id === task.issuedBy)) out.add(task.issuedBy);
    return out;
  }
  if (message.type === "webhook.test") return out;
  add(byRole(members, "countyAdmin"));
  return out;
}
