import { AppError, levelMisfit, partyOrgKindLabels, teamMisfit, unprocessable } from "@propgov/core";
import {
  bodies,
  committees,
  companies,
  compounds,
  departments,
  partyOrgs,
  regions,
  type Tx,
  users,
} from "@propgov/db";
import { type AnyColumn, and, eq, getTableName, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import type { Reach } from "./access/reach.js";
import { pathWithin } from "./access/regions.js";
import { currentMechanism } from "./mechanism.js";
import { escapeLike } from "./search.js";

/**
 * Bodies, staff and venues belong to a unit: a region (township, street, community) or a
 * compound, exactly one. These helpers see, filter and check units for the three of them, and
 * name the units tasks and meetings name (`unitNames`).
 */
export interface UnitColumns {
  tenantId: AnyColumn;
  regionId: AnyColumn;
  compoundId: AnyColumn;
}

export interface UnitRef {
  regionId: string | null;
  compoundId: string | null;
}

/**
 * A column with its table's name. In a select from one table drizzle writes bare column names,
 * and inside a correlated subquery a bare `tenant_id` would bind to the subquery's own table.
 */
const outer = (column: AnyColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/** The name of a row's unit (its region's or its compound's), as a column of the select. */
export const unitName = (t: UnitColumns) =>
  sql<string>`coalesce(
    (select r.name from ${regions} r where r.tenant_id = ${outer(t.tenantId)} and r.id = ${outer(t.regionId)}),
    (select c.name from ${compounds} c where c.tenant_id = ${outer(t.tenantId)} and c.id = ${outer(t.compoundId)}))`;

/**
 * Rows whose unit lies under a region path: a region of that subtree, or a compound whose
 * community lies in it.
 */
export function unitUnder(t: UnitColumns, path: string): SQL {
  const pattern = `${escapeLike(path)}%`;
  return sql`(exists (select 1 from ${regions} r where r.tenant_id = ${outer(t.tenantId)} and r.id = ${outer(t.regionId)} and r.path like ${pattern})
    or exists (select 1 from ${compounds} c join ${regions} r on r.tenant_id = c.tenant_id and r.id = c.community_id
      where c.tenant_id = ${outer(t.tenantId)} and c.id = ${outer(t.compoundId)} and r.path like ${pattern}))`;
}

/**
 * Rows the reach may see: the county and department officers all of them, region staff those
 * of units in their subtree, nobody else anything (their roles are refused on the route anyway).
 */
export function unitsWithin(reach: Reach, t: UnitColumns): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region":
      return unitUnder(t, reach.path);
    default:
      return sql`false`;
  }
}

/** The `regionId` filter of a list: units of that region's subtree; an unknown region matches nothing. */
export async function unitFilter(
  tx: Tx,
  ctx: TenantServiceContext,
  t: UnitColumns,
  input: { regionId?: string | undefined; compoundId?: string | undefined },
): Promise<SQL | undefined> {
  const conditions: SQL[] = [];
  if (input.regionId) {
    const [region] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
    conditions.push(region ? unitUnder(t, region.path) : sql`false`);
  }
  if (input.compoundId) conditions.push(eq(t.compoundId, input.compoundId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/**
 * The unit a row is put at, checked: it exists, is active and lies within what the writer may
 * change. A unit outside the reach reads as unknown: 422 naming `body.regionId` or `body.compoundId`.
 */
export async function resolveUnit(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: { regionId?: string | undefined; compoundId?: string | undefined },
): Promise<UnitRef> {
  const tenantId = ctx.tenant.id;
  if (input.regionId !== undefined) {
    const id = input.regionId;
    const [row] = await tx
      .select({ path: regions.path, archivedAt: regions.archivedAt })
      .from(regions)
      .where(and(eq(regions.tenantId, tenantId), eq(regions.id, id)));
    if (!row || !pathWithin(reach, row.path)) {
      throw unprocessable("body.regionId", "No such region within your reach.", {
        detail: `Region '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt)
      throw unprocessable("body.regionId", "The region is archived.", {
        detail: `Region '${id}' is archived.`,
      });
    return { regionId: id, compoundId: null };
  }
  const id = input.compoundId ?? "";
  const [row] = await tx
    .select({ path: regions.path, archivedAt: compounds.archivedAt })
    .from(compounds)
    .innerJoin(regions, and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)))
    .where(and(eq(compounds.tenantId, tenantId), eq(compounds.id, id)));
  if (!row || !pathWithin(reach, row.path)) {
    throw unprocessable("body.compoundId", "No such compound within your reach.", {
      detail: `Compound '${id}' was not found in your part of the county.`,
    });
  }
  if (row.archivedAt) {
    throw unprocessable("body.compoundId", "The compound is archived.", {
      detail: `Compound '${id}' is archived.`,
    });
  }
  return { regionId: null, compoundId: id };
}

/** An active user of the tenant, else 422 naming `path`. */
export async function assertActiveUser(tx: Tx, ctx: TenantServiceContext, userId: string, path: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, userId), isNull(users.disabledAt)));
  if (!row) {
    throw new AppError("unprocessable", `User '${userId}' is not an active user of this county.`, {
      errors: [{ path, message: "No active user with this id." }],
    });
  }
}

/**
 * 422 naming `body.level` (bodies, venues) or `body.team` (staff) when the value does not fit the
 * county's current mechanism at the unit: the mechanism has no such level or team, or it belongs
 * to another kind of unit (a community-level venue at a compound, say). The unit is already known
 * to exist.
 */
export async function assertFitsMechanism(
  tx: Tx,
  ctx: TenantServiceContext,
  unit: UnitRef,
  value: { level: string } | { team: string },
): Promise<void> {
  const { levels } = (await currentMechanism(tx, ctx)).document;
  let kind: "compound" | (typeof regions.$inferSelect)["kind"] = "compound";
  if (unit.regionId !== null) {
    const [row] = await tx
      .select({ kind: regions.kind })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, unit.regionId)));
    if (!row) return;
    kind = row.kind;
  }
  const [field, misfit] =
    "level" in value
      ? ["level", levelMisfit(levels, value.level, kind)]
      : ["team", teamMisfit(levels, value.team, kind)];
  if (misfit) {
    throw new AppError("unprocessable", misfit.en, {
      errors: [{ path: `body.${field}`, message: misfit.en }],
      extensions: { reason: misfit },
    });
  }
}

/** The key of a unit in the maps `unitNames` returns: `region:reg_…`. */
export const unitKey = (unitType: string, unitId: string) => `${unitType}:${unitId}`;

/**
 * The names of the units tasks and meetings name (`region:reg_…` → 城南社区): a region's, a
 * department's (Chinese), a company's, a committee's (its compound's name + 业主委员会); a party
 * organisation by its name, else its attachment's name and its kind (城南社区党组织); a body by its
 * name. One query per unit type present; units not found are left out.
 */
export async function unitNames(
  tx: Tx,
  tenantId: string,
  refs: readonly { unitType: string; unitId: string }[],
): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(refs.filter((r) => r.unitType === type).map((r) => r.unitId))];
  const out = new Map<string, string>();
  const put = (type: string, list: { id: string; name: string }[]) => {
    for (const r of list) out.set(unitKey(type, r.id), r.name);
  };
  const regionIds = ids("region");
  if (regionIds.length) {
    put(
      "region",
      await tx
        .select({ id: regions.id, name: regions.name })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), inArray(regions.id, regionIds))),
    );
  }
  const departmentIds = ids("department");
  if (departmentIds.length) {
    put(
      "department",
      await tx
        .select({ id: departments.id, name: departments.nameZh })
        .from(departments)
        .where(and(eq(departments.tenantId, tenantId), inArray(departments.id, departmentIds))),
    );
  }
  const companyIds = ids("company");
  if (companyIds.length) {
    put(
      "company",
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), inArray(companies.id, companyIds))),
    );
  }
  const committeeIds = ids("committee");
  if (committeeIds.length) {
    const rows = await tx
      .select({ id: committees.id, compoundName: compounds.name })
      .from(committees)
      .innerJoin(
        compounds,
        and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
      )
      .where(and(eq(committees.tenantId, tenantId), inArray(committees.id, committeeIds)));
    put(
      "committee",
      rows.map((r) => ({ id: r.id, name: `${r.compoundName}业主委员会` })),
    );
  }
  const orgIds = ids("partyOrg");
  if (orgIds.length) {
    const rows = await tx
      .select({
        id: partyOrgs.id,
        name: partyOrgs.name,
        kind: partyOrgs.kind,
        // Qualified by hand: in a one-table select drizzle writes bare column names, which
        // inside the subqueries would name their own tables' columns.
        place: sql<string | null>`coalesce(
          (select r.name from regions r where r.tenant_id = "party_orgs"."tenant_id" and r.id = "party_orgs"."region_id"),
          (select c.name from compounds c where c.tenant_id = "party_orgs"."tenant_id" and c.id = "party_orgs"."compound_id"),
          (select m.name from companies m where m.tenant_id = "party_orgs"."tenant_id" and m.id = "party_orgs"."company_id"),
          (select c.name || '业主委员会' from committees k join compounds c on c.tenant_id = k.tenant_id and c.id = k.compound_id
            where k.tenant_id = "party_orgs"."tenant_id" and k.id = "party_orgs"."committee_id"))`,
      })
      .from(partyOrgs)
      .where(and(eq(partyOrgs.tenantId, tenantId), inArray(partyOrgs.id, orgIds)));
    put(
      "partyOrg",
      rows.map((o) => ({ id: o.id, name: o.name ?? `${o.place ?? ""}${partyOrgKindLabels[o.kind].zh}` })),
    );
  }
  const bodyIds = ids("body");
  if (bodyIds.length) {
    put(
      "body",
      await tx
        .select({ id: bodies.id, name: bodies.name })
        .from(bodies)
        .where(and(eq(bodies.tenantId, tenantId), inArray(bodies.id, bodyIds))),
    );
  }
  return out;
}
