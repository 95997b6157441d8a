import { AppError, type TenantRole } from "@propgov/core";
import { compounds, contracts, regions, type Tx } from "@propgov/db";
import { and, eq, isNull, like, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

/**
 * What part of the county the caller may see and change, resolved once per verb from its roles
 * and scope. Row-level security keeps tenants apart; this keeps a township's staff inside its
 * township. Anything outside a caller's part answers 404, as if it did not exist.
 */
export type Reach =
  | { kind: "county" }
  | { kind: "region"; regionId: string; path: string }
  | { kind: "company"; companyId: string }
  | { kind: "compound"; compoundId: string }
  | { kind: "department"; departmentId: string }
  | { kind: "none" };

const roleOrder: TenantRole[] = [
  "countyAdmin",
  // The 12345 desk reads the county's map county-wide (to dispatch); what it may change is gated
  // by the routes' roles, which name it only on the case steps it takes.
  "dispatcher",
  "regionStaff",
  "companyStaff",
  "committeeMember",
  "departmentOfficer",
];

/** The widest reach among the caller's roles. Platform admins act county-wide. */
export async function reachOf(tx: Tx, ctx: TenantServiceContext): Promise<Reach> {
  const p = ctx.principal;
  if (!p) return { kind: "none" };
  if (p.kind === "platformUser" || p.kind === "system") return { kind: "county" };
  const role = roleOrder.find((r) => p.roles.includes(r));
  switch (role) {
    case "countyAdmin":
    case "dispatcher":
      return { kind: "county" };
    case "regionStaff": {
      const regionId = p.scope?.regionId;
      return regionId ? regionReach(tx, ctx, regionId) : { kind: "none" };
    }
    case "companyStaff":
      return p.scope?.companyId ? { kind: "company", companyId: p.scope.companyId } : { kind: "none" };
    case "committeeMember":
      return p.scope?.compoundId ? { kind: "compound", compoundId: p.scope.compoundId } : { kind: "none" };
    case "departmentOfficer":
      return p.scope?.departmentId
        ? { kind: "department", departmentId: p.scope.departmentId }
        : { kind: "none" };
    default:
      return { kind: "none" };
  }
}

/** Region staff's reach over their (active) region's subtree; an unknown or archived region is none. */
async function regionReach(tx: Tx, ctx: TenantServiceContext, regionId: string): Promise<Reach> {
  const [row] = await tx
    .select({ path: regions.path })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, regionId), isNull(regions.archivedAt)));
  return row ? { kind: "region", regionId, path: row.path } : { kind: "none" };
}

/**
 * Every unit one caller acts for, one reach per role its scope fills: a user who is region staff
 * and a committee member acts for both units at once. Where `reachOf` keeps the widest, this
 * keeps them all (the task loop: each role sees and acts for its own unit's tasks). County-wide
 * means a county administrator, a platform user or the system; the 12345 desk's county-wide
 * reading is `reachOf`'s, and it names no unit here.
 */
export async function reachesOf(tx: Tx, ctx: TenantServiceContext): Promise<Reach[]> {
  const p = ctx.principal;
  if (!p) return [];
  if (p.kind === "platformUser" || p.kind === "system") return [{ kind: "county" }];
  const has = (role: TenantRole) => p.roles.includes(role);
  const scope = p.scope ?? {};
  const out: Reach[] = [];
  if (has("countyAdmin")) out.push({ kind: "county" });
  if (has("regionStaff") && scope.regionId) {
    const region = await regionReach(tx, ctx, scope.regionId);
    if (region.kind === "region") out.push(region);
  }
  if (has("departmentOfficer") && scope.departmentId) {
    out.push({ kind: "department", departmentId: scope.departmentId });
  }
  if (has("companyStaff") && scope.companyId) out.push({ kind: "company", companyId: scope.companyId });
  if (has("committeeMember") && scope.compoundId)
    out.push({ kind: "compound", compoundId: scope.compoundId });
  return out;
}

/** The reach of one kind among a caller's reaches, if it has one. */
export function reachOfKind<K extends Reach["kind"]>(
  reaches: readonly Reach[],
  kind: K,
): Extract<Reach, { kind: K }> | undefined {
  return reaches.find((r): r is Extract<Reach, { kind: K }> => r.kind === kind);
}

const NOTHING = sql`false`;

/** Regions the reach may see: the county sees all; region staff their subtree. */
export function regionsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return like(regions.path, `${reach.path}%`);
    default:
      return NOTHING;
  }
}

/** Compounds the reach may see (a condition on `compounds`). */
export function compoundsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return sql`exists (select 1 from ${regions} r where r.tenant_id = ${compounds.tenantId} and r.id = ${compounds.communityId} and r.path like ${`${reach.path}%`})`;
    case "company":
      return sql`exists (select 1 from ${contracts} k where k.tenant_id = ${compounds.tenantId} and k.compound_id = ${compounds.id} and k.company_id = ${reach.companyId} and k.archived_at is null)`;
    case "compound":
      return eq(compounds.id, reach.compoundId);
    default:
      return NOTHING;
  }
}

/**
 * Whether the reach may see one compound; for checks on resources that hang off a compound
 * (contracts, committees, party branches).
 */
export async function compoundVisible(tx: Tx, ctx: TenantServiceContext, reach: Reach, compoundId: string) {
  const [row] = await tx
    .select({ id: compounds.id })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, compoundId), compoundsWithin(reach)));
  return row !== undefined;
}

/** County-wide reach, else 403 (e.g. the county-level registers: companies, departments). */
export function assertCountyWide(reach: Reach, what: string) {
  if (reach.kind !== "county") throw new AppError("forbidden", `Only county administrators change ${what}.`);
}

/** Whether the reach may change registry data at all (company and committee people read only). */
export function assertMayWrite(reach: Reach) {
  if (reach.kind !== "county" && reach.kind !== "region") {
    throw new AppError("forbidden", "Your role reads the registry but does not change it.");
  }
}

/**
 * A compound that the caller may write to, active, locked (`FOR UPDATE`) so that concurrent
 * writes hanging off one compound (contracts, committee terms) take turns and their overlap
 * checks hold. Anything else is 422 naming `body.compoundId`.
 */
export async function lockReachableCompound(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  compoundId: string,
) {
  const [row] = await tx
    .select({ id: compounds.id, name: compounds.name, archivedAt: compounds.archivedAt })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, compoundId), compoundsWithin(reach)))
    .for("update");
  if (!row) {
    throw new AppError(
      "unprocessable",
      `Compound '${compoundId}' was not found in your part of the county.`,
      {
        errors: [{ path: "body.compoundId", message: "No such compound within your reach." }],
      },
    );
  }
  if (row.archivedAt) {
    throw new AppError("unprocessable", `Compound '${compoundId}' is archived.`, {
      errors: [{ path: "body.compoundId", message: "The compound is archived." }],
    });
  }
  return row;
}

/** Whether the caller holds the 12345 dispatcher role (派单员). */
export function isDispatcher(ctx: TenantServiceContext): boolean {
  const p = ctx.principal;
  return (p?.kind === "user" || p?.kind === "apiKey") && p.roles.includes("dispatcher");
}

/**
 * The reach over cases: as `reachOf`, except that a 12345 dispatcher handles cases county-wide
 * (without gaining the county administrator's reach over the registry or the mechanism).
 */
export async function caseReachOf(tx: Tx, ctx: TenantServiceContext): Promise<Reach> {
  if (isDispatcher(ctx)) return { kind: "county" };
  return reachOf(tx, ctx);
}
