import { AppError, unchargedStatuses } from "@propgov/core";
import { caseDepartments, cases } from "@propgov/db";
import { type SQL, sql } from "drizzle-orm";

// A case waiting for the dispatcher or finished runs no deadline against a unit.
const uncharged = sql.join(
  unchargedStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * A case's next deadline still to meet: the earliest of first contact (while not contacted), the
 * acknowledgement of a dispatched work order (while not acknowledged), the check-in of a summoned
 * department of the current round (while it has not checked in) and resolution; null for a case
 * that runs none. It does not depend on the clock, so an order by it pages stably.
 */
export const nextDueAt: SQL = sql`(case when ${cases.status} in (${uncharged}) then null else least(
  case when ${cases.contactedAt} is null then ${cases.firstContactDueAt} end,
  case when ${cases.assignment} is not null and ${cases.acknowledgedAt} is null then ${cases.acknowledgeDueAt} end,
  (select min(d.check_in_due_at) from ${caseDepartments} d where d.tenant_id = ${cases.tenantId}
    and d.case_id = ${cases.id} and d.round = ${cases.round} and d.checked_in_at is null and d.withdrawn_at is null),
  ${cases.resolutionDueAt}
) end)`;

/** Where a deadline-ordered page stopped: the last case's next deadline (null: none) and its id. */
export interface DeadlineCursor {
  dueAt: string | null;
  id: string;
}

const b64 = (s: string) => btoa(s).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");

export const encodeDeadlineCursor = (c: DeadlineCursor) => b64(`d:${c.dueAt ?? ""}|${c.id}`);

export function decodeDeadlineCursor(cursor: string): DeadlineCursor {
  try {
    const text = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
    const m = /^d:([0-9T:.\-Z+]*)\|(cas_[0-9A-Z]{26})$/.exec(text);
    if (m?.[2] && (m[1] === "" || !Number.isNaN(Date.parse(m[1] ?? "")))) {
      return { dueAt: m[1] ? new Date(m[1]).toISOString() : null, id: m[2] };
    }
  } catch {
    // fall through
  }
  throw new AppError("bad_request", "The cursor is not one this API gave out for `sort=deadline`.", {
    errors: [{ path: "query.cursor", message: "Not a cursor from a previous page of this order." }],
  });
}

/** The cases after the cursor in the order (next deadline ascending, none last, then id). */
export function afterDeadlineCursor(c: DeadlineCursor): SQL {
  if (c.dueAt === null) return sql`(${nextDueAt} is null and ${cases.id} > ${c.id})`;
  const at = sql`${c.dueAt}::timestamptz`;
  return sql`(${nextDueAt} is null or ${nextDueAt} > ${at} or (${nextDueAt} = ${at} and ${cases.id} > ${c.id}))`;
}

/** The order itself: next deadline ascending, cases without one last, ties by id. */
export const deadlineOrder = [sql`${nextDueAt} asc nulls last`, sql`${cases.id} asc`];
