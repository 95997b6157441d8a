import { AppError } from "@propgov/core";
import { committees, findings, regions, type Tx, tasks } from "@propgov/db";
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { escapeLike } from "../search.js";
import { type Reach, reachOfKind } from "./reach.js";

type TaskRow = typeof tasks.$inferSelect;

const countyWide = (reaches: readonly Reach[]) => reaches.some((r) => r.kind === "county");

/** The reach an issuer writes in (for owner checks): the county, or region staff's subtree. */
export function issuerReach(reaches: readonly Reach[]): Reach {
  if (countyWide(reaches)) return { kind: "county" };
  return reachOfKind(reaches, "region") ?? { kind: "none" };
}

/** Only county administrators and region staff (with a region scope) issue tasks; else 403. */
export function assertIssuer(reaches: readonly Reach[]) {
  if (issuerReach(reaches).kind === "none") {
    throw new AppError(
      "forbidden",
      "Only county administrators and region staff (with a region scope) issue tasks.",
    );
  }
}

const underPath = (path: string) =>
  sql`exists (select 1 from ${regions} r where r.tenant_id = ${tasks.tenantId} and r.id = ${tasks.regionId} and r.path like ${`${escapeLike(path)}%`})`;

/**
 * Tasks the caller sees (a condition on `tasks`): the county all; region staff those whose
 * region lies in their subtree and those they issued (`issuerId`); a department, company or
 * committee its own unit's tasks. A caller with several roles sees what each of them sees.
 */
export function tasksWithin(reaches: readonly Reach[], issuerId: string | null): SQL | undefined {
  if (countyWide(reaches)) return undefined;
  const conditions: SQL[] = [];
  for (const reach of reaches) {
    switch (reach.kind) {
      case "region":
        conditions.push(underPath(reach.path));
        if (issuerId) conditions.push(eq(tasks.issuedBy, issuerId));
        break;
      case "department":
        conditions.push(
          and(eq(tasks.ownerUnitType, "department"), eq(tasks.ownerUnitId, reach.departmentId)) as SQL,
        );
        break;
      case "company":
        conditions.push(
          and(eq(tasks.ownerUnitType, "company"), eq(tasks.ownerUnitId, reach.companyId)) as SQL,
        );
        break;
      case "compound":
        conditions.push(
          and(
            eq(tasks.ownerUnitType, "committee"),
            sql`exists (select 1 from ${committees} k where k.tenant_id = ${tasks.tenantId} and k.id = ${tasks.ownerUnitId} and k.compound_id = ${reach.compoundId})`,
          ) as SQL,
        );
        break;
    }
  }
  return conditions.length ? (or(...conditions) as SQL) : sql`false`;
}

/** Findings an issuer may turn into tasks (a condition on `findings`): the county all, region staff their subtree's. */
export function findingsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return sql`exists (select 1 from ${regions} r where r.tenant_id = ${findings.tenantId} and r.id = ${findings.regionId} and r.path like ${`${escapeLike(reach.path)}%`})`;
    default:
      return sql`false`;
  }
}

/** Where a task sits, as the side checks read it. */
export interface TaskPlace {
  /** Path of the task's region (for region owners: the owner region's). */
  regionPath: string | null;
  /** The compound of a committee owner. */
  committeeCompoundId: string | null;
}

export async function taskPlaceOf(tx: Tx, ctx: TenantServiceContext, row: TaskRow): Promise<TaskPlace> {
  let regionPath: string | null = null;
  if (row.regionId) {
    const [r] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, row.regionId)));
    regionPath = r?.path ?? null;
  }
  let committeeCompoundId: string | null = null;
  if (row.ownerUnitType === "committee") {
    const [k] = await tx
      .select({ compoundId: committees.compoundId })
      .from(committees)
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, row.ownerUnitId)));
    committeeCompoundId = k?.compoundId ?? null;
  }
  return { regionPath, committeeCompoundId };
}

/**
 * The owner's side: the department's officers, the company's staff, the committee's compound's
 * members, and for a region owner region staff whose subtree contains it.
 */
function onOwnerSide(reaches: readonly Reach[], row: TaskRow, place: TaskPlace): boolean {
  switch (row.ownerUnitType) {
    case "department":
      return reachOfKind(reaches, "department")?.departmentId === row.ownerUnitId;
    case "company":
      return reachOfKind(reaches, "company")?.companyId === row.ownerUnitId;
    case "committee": {
      const compound = reachOfKind(reaches, "compound");
      return compound !== undefined && compound.compoundId === place.committeeCompoundId;
    }
    case "region": {
      const region = reachOfKind(reaches, "region");
      return region !== undefined && place.regionPath?.startsWith(region.path) === true;
    }
    default:
      return false;
  }
}

/**
 * The issuer's side: county administrators, and region staff whose subtree contains the task's
 * region, except the staff of an owner region itself (nobody verifies their own unit's work).
 */
function onIssuerSide(reaches: readonly Reach[], row: TaskRow, place: TaskPlace): boolean {
  if (countyWide(reaches)) return true;
  const region = reachOfKind(reaches, "region");
  if (!region || !place.regionPath?.startsWith(region.path)) return false;
  return !(row.ownerUnitType === "region" && row.ownerUnitId === region.regionId);
}

/** The caller is on `side` of the task, else 403 saying who `what` it. */
export function assertTaskSide(
  reaches: readonly Reach[],
  row: TaskRow,
  place: TaskPlace,
  side: "owner" | "issuer",
  what: string,
) {
  const ok = side === "owner" ? onOwnerSide(reaches, row, place) : onIssuerSide(reaches, row, place);
  if (!ok) {
    throw new AppError(
      "forbidden",
      side === "owner"
        ? `Only the owning unit ${what} this task.`
        : `Only the issuer (the county, or region staff above the owner) ${what} this task.`,
    );
  }
}
