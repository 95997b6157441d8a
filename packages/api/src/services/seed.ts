import {
  AppError,
  createBodySchema,
  createCommitteeSchema,
  createCompanySchema,
  createCompoundSchema,
  createContractSchema,
  createDepartmentSchema,
  createPartyOrgSchema,
  createRegionSchema,
  createStaffSchema,
  createVenueSchema,
  type RegionKind,
} from "@propgov/core";
import { compounds } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { insertBody } from "./bodies.js";
import { insertCommittee } from "./committees.js";
import { insertCompany } from "./companies.js";
import { insertCompound } from "./compounds.js";
import { insertContract } from "./contracts.js";
import { insertDepartment } from "./departments.js";
import { insertPartyOrg } from "./party-orgs.js";
import { insertRegion } from "./regions.js";
import { type DisclosureSeed, loadActivitySeed, type MeetingSeed } from "./seed-activity.js";
import { type CaseSeed, loadCaseSeed } from "./seed-cases.js";
import {
  type CreditSeed,
  type LifecycleSeed,
  loadRecordSeed,
  type NominationSeed,
  type TaskSeed,
} from "./seed-records.js";
import { insertStaff } from "./staff.js";
import { inTenant } from "./tx.js";
import { insertVenue } from "./venues.js";

/**
 * A whole registry as one document, its parts referring to each other by `key` instead of ids:
 * how a county's initial map (or the Mengcheng demo) is loaded in one go.
 */
export interface RegistrySeed {
  regions: RegionSeed[];
  departments: readonly unknown[];
  companies: readonly ({ key: string } & Record<string, unknown>)[];
  compounds: readonly ({
    key: string;
    community: string;
    guarantor?: { name: string; phone: string };
  } & Record<string, unknown>)[];
  contracts: readonly ({ company: string; compound: string } & Record<string, unknown>)[];
  committees: readonly ({ compound: string } & Record<string, unknown>)[];
  partyOrgs: readonly ({
    kind: string;
    region?: string;
    compound?: string;
    company?: string;
    committeeOf?: string;
  } & Record<string, unknown>)[];
  /** The mechanism's units, each at a region or a compound (by key). */
  bodies?: readonly UnitSeed[];
  staff?: readonly UnitSeed[];
  venues?: readonly UnitSeed[];
  /** Cases with their history, at times relative to the load (a demo's recent work). */
  cases?: readonly CaseSeed[];
  /** Joint consultations held in periods before the load. */
  meetings?: readonly MeetingSeed[];
  /** Disclosures published for windows before the load, on time or late. */
  disclosures?: readonly DisclosureSeed[];
  /** Responsibility tasks in every state of their loop. */
  tasks?: readonly TaskSeed[];
  /** Credit records (awards, findings, penalties), with objections. */
  credit?: readonly CreditSeed[];
  /** Key steps in compounds' lives with their sign-offs (全过程参与). */
  lifecycleEvents?: readonly LifecycleSeed[];
  /** Nominations of contracts for excellent projects (评优). */
  nominations?: readonly NominationSeed[];
}

export type UnitSeed = { region?: string; compound?: string } & Record<string, unknown>;

export interface RegionSeed {
  key: string;
  kind: RegionKind;
  name: string;
  code?: string | null;
  children?: RegionSeed[];
}

export interface SeedResult {
  regions: number;
  departments: number;
  companies: number;
  compounds: number;
  contracts: number;
  committees: number;
  partyOrgs: number;
  bodies: number;
  staff: number;
  venues: number;
  cases: number;
  /** Meetings and disclosures written: those of the seed that fall before the load. */
  meetings: number;
  disclosures: number;
  tasks: number;
  creditRecords: number;
  lifecycleEvents: number;
  nominations: number;
}

/**
 * Loads a registry seed into the tenant in ONE transaction: every record goes through the same
 * validation and audit as the API, and any bad record leaves nothing behind.
 */
export async function loadRegistrySeed(ctx: TenantServiceContext, seed: RegistrySeed): Promise<SeedResult> {
  const reach = { kind: "county" } as const;
  return inTenant(ctx, async (tx, txCtx) => {
    const ids = {
      region: new Map<string, string>(),
      company: new Map<string, string>(),
      compound: new Map<string, string>(),
      committee: new Map<string, string>(),
      partyOrg: new Map<string, string>(),
    };
    const contractsOf = new Map<
      string,
      { id: string; companyId: string; startsOn: string; endsOn: string }[]
    >();
    const placeOf = new Map<string, { community: string; township: string }>();
    const communityOf = new Map<string, string>();
    const resolve = (kind: keyof typeof ids, key: string, where: string) => {
      const id = ids[kind].get(key);
      if (!id) throw new AppError("unprocessable", `${where}: no ${kind} with key '${key}' in the seed.`);
      return id;
    };
    let regionCount = 0;
    const addRegion = async (region: RegionSeed, parentId: string | null) => {
      const view = await insertRegion(
        tx,
        ctx,
        createRegionSchema.parse({
          kind: region.kind,
          name: region.name,
          code: region.code ?? null,
          parentId,
        }),
      );
      ids.region.set(region.key, view.id);
      regionCount++;
      for (const child of region.children ?? []) await addRegion(child, view.id);
    };
    for (const region of seed.regions) await addRegion(region, null);

    for (const department of seed.departments)
      await insertDepartment(tx, ctx, createDepartmentSchema.parse(department));

    for (const { key, ...company } of seed.companies) {
      ids.company.set(key, (await insertCompany(tx, ctx, createCompanySchema.parse(company))).id);
    }
    for (const { key, community, guarantor, ...compound } of seed.compounds) {
      communityOf.set(key, community);
      const communityId = resolve("region", community, `compound ${key}`);
      const id = (await insertCompound(tx, ctx, createCompoundSchema.parse({ ...compound, communityId }))).id;
      ids.compound.set(key, id);
      // The compound's own guarantor (a named person), as PUT …/guarantor would record it.
      const named = guarantor as { name?: string; phone?: string } | undefined;
      if (named?.name && named.phone) {
        await tx
          .update(compounds)
          .set({ guarantorName: named.name, guarantorPhone: named.phone })
          .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
      }
    }
    for (const { company, compound, ...contract } of seed.contracts) {
      const input = createContractSchema.parse({
        ...contract,
        companyId: resolve("company", company, "contract"),
        compoundId: resolve("compound", compound, "contract"),
      });
      const contractId = (await insertContract(tx, ctx, reach, input)).id;
      contractsOf.set(compound, [
        ...(contractsOf.get(compound) ?? []),
        { id: contractId, companyId: input.companyId, startsOn: input.startsOn, endsOn: input.endsOn },
      ]);
    }
    for (const { compound, ...committee } of seed.committees) {
      const input = createCommitteeSchema.parse({
        ...committee,
        compoundId: resolve("compound", compound, "committee"),
      });
      ids.committee.set(compound, (await insertCommittee(tx, ctx, reach, input)).id);
    }
    for (const { region, compound, company, committeeOf, ...org } of seed.partyOrgs) {
      const where = `party organisation ${String(org.name ?? org.kind)}`;
      const input = createPartyOrgSchema.parse({
        ...org,
        ...(region ? { regionId: resolve("region", region, where) } : {}),
        ...(compound ? { compoundId: resolve("compound", compound, where) } : {}),
        ...(company ? { companyId: resolve("company", company, where) } : {}),
        ...(committeeOf ? { committeeId: resolve("committee", committeeOf, where) } : {}),
      });
      const orgId = (await insertPartyOrg(tx, ctx, reach, input)).id;
      const attachedTo = region
        ? `region:${region}`
        : compound
          ? `compound:${compound}`
          : company
            ? `company:${company}`
            : `committee:${committeeOf}`;
      if (!ids.partyOrg.has(attachedTo)) ids.partyOrg.set(attachedTo, orgId);
    }
    const unitOf = ({ region, compound, ...rest }: UnitSeed, what: string) => ({
      ...rest,
      ...(region ? { regionId: resolve("region", region, what) } : {}),
      ...(compound ? { compoundId: resolve("compound", compound, what) } : {}),
    });
    for (const body of seed.bodies ?? [])
      await insertBody(tx, ctx, createBodySchema.parse(unitOf(body, "body")));
    for (const person of seed.staff ?? [])
      await insertStaff(tx, ctx, createStaffSchema.parse(unitOf(person, "staff")));
    for (const venue of seed.venues ?? [])
      await insertVenue(tx, ctx, createVenueSchema.parse(unitOf(venue, "venue")));
    const caseCount = await loadCaseSeed(tx, ctx, seed.cases ?? [], ids.compound);
    const activity = await loadActivitySeed(tx, ctx, seed, {
      ...ids,
      contracts: contractsOf,
      communityOf,
    });
    const township = new Map<string, string>();
    const walk = (region: RegionSeed, top: string) => {
      township.set(region.key, top);
      for (const child of region.children ?? []) walk(child, top);
    };
    for (const region of seed.regions) walk(region, region.key);
    for (const [compound, community] of communityOf)
      placeOf.set(compound, { community, township: township.get(community) ?? community });
    const records = await loadRecordSeed(tx, txCtx, seed, {
      ...ids,
      placeOf,
      contracts: contractsOf,
    });
    return {
      regions: regionCount,
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
