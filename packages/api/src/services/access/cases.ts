import { cases, rowsOf, type Tx } from "@propgov/db";
import { eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { CaseRow } from "../cases/view.js";
import { escapeLike } from "../search.js";
import { isDispatcher, type Reach } from "./reach.js";

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

/** Whether staff of this reach may file a case for the compound (of that community). */
export async function reachSeesCompound(
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

/**
 * Who takes a case action: only the county desk (the dispatcher, county administrators and the
 * platform); the unit the case is dispatched to (besides the county desk acting for it); a
 * summoned department for itself; or the community side (the county and region staff).
 */
export type CaseActionSide = "countyDesk" | "dispatchedUnit" | "summonedDepartment" | "community";

/**
 * Whether the reach may take an action of that side; company staff and committee members read
 * only. A department's officers check in and complete for their own department, and acknowledge,
 * return or ask for an extension of a case dispatched directly to it.
 */
export function mayAct(
  reach: Reach,
  side: CaseActionSide,
  departmentId: string | undefined,
  row: CaseRow,
  current: readonly string[],
): boolean {
  if (side === "countyDesk") return reach.kind === "county";
  switch (reach.kind) {
    case "county":
      return true;
    case "region":
      return side !== "dispatchedUnit" || row.assignment !== "departments";
    case "department":
      if (side === "dispatchedUnit") {
        return row.assignment === "departments" && current.includes(reach.departmentId);
      }
      return side === "summonedDepartment" && departmentId === reach.departmentId;
    default:
      return false;
  }
}
