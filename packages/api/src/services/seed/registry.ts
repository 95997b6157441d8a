import { AppError, createCompanySchema, createDepartmentSchema, newId } from "@propgov/core";
import { regions } from "@propgov/db";
import { eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { audit } from "../audit.js";
import { insertCompany } from "../companies/create.js";
import { insertDepartment } from "../departments/create.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { loadActivitySeed } from "./activity.js";
import { loadCaseSeed } from "./cases.js";
import { loadRecordSeed } from "./records.js";
import {
  type SeedContracts,
  type SeedWriter,
  writeCommittees,
  writeCompounds,
  writeContracts,
  writePartyOrgs,
  writeRegions,
  writeUnits,
} from "./rows.js";
import type { RegionSeed, RegistrySeed, SeedResult } from "./types.js";

export type { RegionSeed, RegistrySeed, SeedResult, UnitSeed } from "./types.js";

/** Each compound's community and township, by the seed's keys. */
function placesOf(seed: readonly RegionSeed[], communityOf: ReadonlyMap<string, string>) {
  const township = new Map<string, string>();
  const walk = (region: RegionSeed, top: string) => {
    township.set(region.key, top);
    for (const child of region.children ?? []) walk(child, top);
  };
  for (const region of seed) walk(region, region.key);
  const placeOf = new Map<string, { community: string; township: string }>();
  for (const [compound, community] of communityOf)
    placeOf.set(compound, { community, township: township.get(community) ?? community });
  return placeOf;
}

/**
 * Loads a registry seed into an empty tenant in ONE transaction: every record is validated by the
 * API's schemas, the bulk of it written with multi-row inserts (so a demo county of hundreds of
 * records and cases loads in seconds), and any bad record leaves nothing behind.
 */
export async function loadRegistrySeed(ctx: TenantServiceContext, seed: RegistrySeed): Promise<SeedResult> {
  return inTenant(ctx, async (tx, txCtx) => {
    const ids: SeedWriter["ids"] = {
      region: new Map<string, string>(),
      company: new Map<string, string>(),
      compound: new Map<string, string>(),
      committee: new Map<string, string>(),
      partyOrg: new Map<string, string>(),
    };
    const contractsOf: SeedContracts = new Map();
    const communityOf = new Map<string, string>();
    const tenantId = ctx.tenant.id;
    const now = ctx.deps.now();
    let idClock = 0; // ids stay unique and sortable where rows share a millisecond
    const w: SeedWriter = {
      tx,
      tenantId,
      now,
      ids,
      resolve: (kind, key, where) => {
        const id = ids[kind].get(key);
        if (!id) throw new AppError("unprocessable", `${where}: no ${kind} with key '${key}' in the seed.`);
        return id;
      },
      nextId: (kind) => newId(kind, now.getTime() + idClock++),
      stamps: { createdAt: now, updatedAt: now },
    };
    // A registry goes into a county that has none: a second load is a conflict, and writes nothing.
    const [existing] = await tx
      .select({ id: regions.id })
      .from(regions)
      .where(eq(regions.tenantId, tenantId))
      .limit(1);
    if (existing)
      throw new AppError("conflict", "The county has a registry already; a seed loads into an empty one.");

    // Regions, compounds with their grids, contracts, committees, party organisations and the
    // mechanism's units are validated by the API's schemas and written with multi-row inserts; one
    // audit entry records the load. Departments and companies go through their verbs.
    const regionRows = await writeRegions(w, seed.regions);
    for (const department of seed.departments)
      await insertDepartment(tx, ctx, createDepartmentSchema.parse(department));
    for (const { key, ...company } of seed.companies) {
      ids.company.set(key, (await insertCompany(tx, ctx, createCompanySchema.parse(company))).id);
    }
    const { compoundRows, gridRows } = await writeCompounds(w, seed.compounds, regionRows, communityOf);
    const contractRows = await writeContracts(w, seed.contracts, contractsOf);
    const committeeRows = await writeCommittees(w, seed.committees);
    const partyOrgRows = await writePartyOrgs(w, seed.partyOrgs);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const { bodyRows, staffRows, venueRows } = await writeUnits(w, seed, mechanism);
    await audit(tx, ctx, tenantId, {
      action: "seed.load",
      targetType: "tenant",
      targetId: tenantId,
      after: {
        regions: regionRows.length,
        compounds: compoundRows.length,
        grids: gridRows.length,
        contracts: contractRows.length,
        committees: committeeRows.length,
        partyOrgs: partyOrgRows.length,
        bodies: bodyRows.length,
        staff: staffRows.length,
        venues: venueRows.length,
      },
    });
    const caseCount = await loadCaseSeed(tx, ctx, seed.cases ?? [], ids.compound);
    const activity = await loadActivitySeed(tx, ctx, seed, {
      ...ids,
      contracts: contractsOf,
      communityOf,
    });
    const records = await loadRecordSeed(tx, txCtx, seed, {
      ...ids,
      placeOf: placesOf(seed.regions, communityOf),
      contracts: contractsOf,
    });
    return {
      regions: regionRows.length,
      departments: seed.departments.length,
      companies: seed.companies.length,
      compounds: seed.compounds.length,
      contracts: seed.contracts.length,
      committees: seed.committees.length,
      partyOrgs: seed.partyOrgs.length,
      bodies: seed.bodies?.length ?? 0,
      staff: seed.staff?.length ?? 0,
      venues: seed.venues?.length ?? 0,
      cases: caseCount,
      ...activity,
      ...records,
    };
  });
}
