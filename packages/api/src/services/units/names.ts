import { partyOrgKindLabels } from "@propgov/core";
import {
  bodies,
  committees,
  companies,
  compounds,
  departments,
  partyOrgs,
  regions,
  type Tx,
} from "@propgov/db";
import { and, eq, inArray, sql } from "drizzle-orm";

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
