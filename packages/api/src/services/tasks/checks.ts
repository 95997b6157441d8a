import {
  AppError,
  checkTaskMilestones,
  type FieldError,
  type TaskAssignee,
  type TaskOwnerUnit,
} from "@propgov/core";
import { committees, companies, compounds, departments, regions, type Tx, users } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { tenantToday } from "../time.js";

const unknownOwner = (path: string, unit: TaskOwnerUnit, why = "No such unit in your part of the county.") =>
  new AppError("unprocessable", `The ${unit.unitType} '${unit.unitId}' cannot own a task here: ${why}`, {
    errors: [{ path: `${path}ownerUnit.unitId`, message: why }],
  });

/** The owner unit, checked: it exists in the tenant, is active, and lies within `within`. */
export async function resolveOwner(
  tx: Tx,
  ctx: TenantServiceContext,
  unit: TaskOwnerUnit,
  path: string,
  within: Reach | undefined,
): Promise<{ name: string; regionId: string | null; ownRegion: boolean }> {
  const tenantId = ctx.tenant.id;
  const inReach = (regionPath: string) =>
    !within || within.kind === "county" || (within.kind === "region" && regionPath.startsWith(within.path));
  let found: { name: string; archivedAt: Date | null; regionId: string | null; regionPath: string | null };
  switch (unit.unitType) {
    case "region": {
      const [r] = await tx
        .select({ name: regions.name, archivedAt: regions.archivedAt, path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), eq(regions.id, unit.unitId)));
      if (!r) throw unknownOwner(path, unit);
      found = { ...r, regionId: unit.unitId, regionPath: r.path };
      break;
    }
    case "committee": {
      const [k] = await tx
        .select({
          name: compounds.name,
          archivedAt: committees.archivedAt,
          regionId: compounds.communityId,
          path: regions.path,
        })
        .from(committees)
        .innerJoin(
          compounds,
          and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
        )
        .innerJoin(
          regions,
          and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)),
        )
        .where(and(eq(committees.tenantId, tenantId), eq(committees.id, unit.unitId)));
      if (!k) throw unknownOwner(path, unit);
      found = {
        name: `${k.name}业主委员会`,
        archivedAt: k.archivedAt,
        regionId: k.regionId,
        regionPath: k.path,
      };
      break;
    }
    case "department": {
      const [d] = await tx
        .select({ name: departments.nameZh, archivedAt: departments.archivedAt })
        .from(departments)
        .where(and(eq(departments.tenantId, tenantId), eq(departments.id, unit.unitId)));
      if (!d) throw unknownOwner(path, unit, "No such department in this county.");
      found = { ...d, regionId: null, regionPath: null };
      break;
    }
    case "company": {
      const [c] = await tx
        .select({ name: companies.name, archivedAt: companies.archivedAt })
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), eq(companies.id, unit.unitId)));
      if (!c) throw unknownOwner(path, unit, "No such company in this county.");
      found = { ...c, regionId: null, regionPath: null };
      break;
    }
  }
  if (found.regionPath !== null && !inReach(found.regionPath)) throw unknownOwner(path, unit);
  if (found.archivedAt) throw unknownOwner(path, unit, `The ${unit.unitType} is archived.`);
  return { name: found.name, regionId: found.regionId, ownRegion: found.regionId !== null };
}

/** An assignee, checked: a `userId` names an active user of the tenant; its name is filled in. */
export async function resolveAssignee(
  tx: Tx,
  ctx: TenantServiceContext,
  assignee: TaskAssignee | null | undefined,
  path: string,
): Promise<{ assigneeUserId: string | null; assigneeName: string | null }> {
  if (!assignee) return { assigneeUserId: null, assigneeName: null };
  if (!assignee.userId) return { assigneeUserId: null, assigneeName: assignee.name ?? null };
  const [user] = await tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, assignee.userId), isNull(users.disabledAt)));
  if (!user) {
    throw new AppError("unprocessable", `User '${assignee.userId}' is not an active user of this county.`, {
      errors: [{ path: `${path}assignee.userId`, message: "No active user with this id." }],
    });
  }
  return { assigneeUserId: assignee.userId, assigneeName: assignee.name ?? user.displayName };
}

export function assertMilestonesFit(list: readonly { dueOn: string }[], dueOn: string, path: string) {
  const errors: FieldError[] = checkTaskMilestones(list, dueOn, path);
  if (errors.length) {
    throw new AppError("unprocessable", "A milestone is due after the task itself.", { errors });
  }
}

export function assertNotPast(ctx: TenantServiceContext, dueOn: string, path: string) {
  const today = tenantToday(ctx);
  if (dueOn < today) {
    throw new AppError("unprocessable", `The due date ${dueOn} lies before today (${today}).`, {
      errors: [{ path, message: `Not before today (${today}, the county's date).` }],
    });
  }
}
