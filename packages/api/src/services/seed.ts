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
  newId,
  type RegionKind,
  rangesOverlap,
  regionParentProblem,
} from "@propgov/core";
import {
  bodies,
  committees,
  compounds,
  contractProjectManagers,
  contracts,
  grids,
  partyOrgs,
  regions,
  staff,
  venues,
} from "@propgov/db";
import { eq } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { audit } from "./audit.js";
import { insertChunked } from "./chunked.js";
import { insertCompany } from "./companies.js";
import { insertDepartment } from "./departments.js";
import { currentMechanism } from "./mechanism.js";
import { type DisclosureSeed, loadActivitySeed, type MeetingSeed } from "./seed-activity.js";
import { type CaseSeed, loadCaseSeed } from "./seed-cases.js";
import {
  type CreditSeed,
  type LifecycleSeed,
  loadRecordSeed,
  type NominationSeed,
  type TaskSeed,
} from "./seed-records.js";
import { inTenant } from "./tx.js";

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
 * Loads a registry seed into an empty tenant in ONE transaction: every record is validated by the
 * API's schemas, the bulk of it written with multi-row inserts (so a demo county of hundreds of
 * records and cases loads in seconds), and any bad record leaves nothing behind.
 */
export async function loadRegistrySeed(ctx: TenantServiceContext, seed: RegistrySeed): Promise<SeedResult> {
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
    const tenantId = ctx.tenant.id;
    const now = ctx.deps.now();
    let idClock = 0; // ids stay unique and sortable where rows share a millisecond
    const nextId = (kind: Parameters<typeof newId>[0]) => newId(kind, now.getTime() + idClock++);
    const stamps = { createdAt: now, updatedAt: now };
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
    const regionRows: (typeof regions.$inferInsert)[] = [];
    const addRegion = (region: RegionSeed, parent: { id: string; path: string; kind: string } | null) => {
      const input = createRegionSchema.parse({
        kind: region.kind,
        name: region.name,
        code: region.code ?? null,
        parentId: parent?.id ?? null,
      });
      const problem = regionParentProblem(input.kind, (parent?.kind as RegionKind | undefined) ?? null);
      if (problem) throw new AppError("unprocessable", `Region ${region.key}: ${problem}`);
      const id = nextId("region");
      const path = `${parent?.path ?? ""}${id}/`;
      regionRows.push({
        tenantId,
        id,
        kind: input.kind,
        parentId: parent?.id ?? null,
        name: input.name,
        code: input.code ?? null,
        path,
        ...stamps,
      });
      ids.region.set(region.key, id);
      for (const child of region.children ?? []) addRegion(child, { id, path, kind: input.kind });
    };
    for (const region of seed.regions) addRegion(region, null);
    const codes = regionRows.flatMap((r) => (r.code ? [r.code] : []));
    if (new Set(codes).size !== codes.length)
      throw new AppError("unprocessable", "Region codes repeat in the seed.");
    await insertChunked(regionRows, 300, (chunk) => tx.insert(regions).values(chunk));
    const regionCount = regionRows.length;

    for (const department of seed.departments)
      await insertDepartment(tx, ctx, createDepartmentSchema.parse(department));

    for (const { key, ...company } of seed.companies) {
      ids.company.set(key, (await insertCompany(tx, ctx, createCompanySchema.parse(company))).id);
    }
    const compoundRows: (typeof compounds.$inferInsert)[] = [];
    const gridRows: (typeof grids.$inferInsert)[] = [];
    for (const { key, community, guarantor, ...compound } of seed.compounds) {
      communityOf.set(key, community);
      const communityId = resolve("region", community, `compound ${key}`);
      if (!regionRows.some((r) => r.id === communityId && r.kind === "community"))
        throw new AppError("unprocessable", `compound ${key}: '${community}' is not a community.`);
      const input = createCompoundSchema.parse({ ...compound, communityId });
      const id = nextId("compound");
      ids.compound.set(key, id);
      compoundRows.push({
        tenantId,
        id,
        name: input.name,
        address: input.address,
        communityId,
        buildings: input.buildings,
        households: input.households,
        lat: input.location?.lat ?? null,
        lng: input.location?.lng ?? null,
        serviceMode: input.serviceMode,
        selfManagedSince: input.selfManagedSince ?? null,
        residentPartyMembers: input.residentPartyMembers ?? 0,
        // The compound's own guarantor (a named person), as PUT …/guarantor records it.
        guarantorName: guarantor?.name ?? null,
        guarantorPhone: guarantor?.phone ?? null,
        ...stamps,
      });
      for (const [position, grid] of (input.grids ?? []).entries()) {
        gridRows.push({
          tenantId,
          id: nextId("grid"),
          compoundId: id,
          name: grid.name,
          guarantorUserId: grid.guarantor?.userId ?? null,
          guarantorName: grid.guarantor?.userId ? null : (grid.guarantor?.name ?? null),
          guarantorPhone: grid.guarantor?.userId ? null : (grid.guarantor?.phone ?? null),
          position,
          ...stamps,
        });
      }
    }
    await insertChunked(compoundRows, 200, (chunk) => tx.insert(compounds).values(chunk));
    await insertChunked(gridRows, 300, (chunk) => tx.insert(grids).values(chunk));
    // Contracts (with their first project-manager entry) and committees, in bulk: no two
    // contracts of a compound overlap, as the API refuses.
    const contractRows: (typeof contracts.$inferInsert)[] = [];
    const managerRows: (typeof contractProjectManagers.$inferInsert)[] = [];
    for (const { company, compound, ...contract } of seed.contracts) {
      const input = createContractSchema.parse({
        ...contract,
        companyId: resolve("company", company, "contract"),
        compoundId: resolve("compound", compound, "contract"),
      });
      const before = contractsOf.get(compound) ?? [];
      if (before.some((c) => rangesOverlap(c, input)))
        throw new AppError(
          "unprocessable",
          `contract of ${compound}: overlaps another contract of the compound.`,
        );
      const id = nextId("contract");
      contractRows.push({
        tenantId,
        id,
        companyId: input.companyId,
        compoundId: input.compoundId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        feeStandard: input.feeStandard.toFixed(2),
        projectManagerName: input.projectManager.name,
        projectManagerPhone: input.projectManager.phone,
        ...stamps,
      });
      managerRows.push({
        tenantId,
        id: nextId("projectManagerEntry"),
        contractId: id,
        name: input.projectManager.name,
        phone: input.projectManager.phone,
        since: now,
        recordedBy: null,
      });
      contractsOf.set(compound, [
        ...before,
        { id, companyId: input.companyId, startsOn: input.startsOn, endsOn: input.endsOn },
      ]);
    }
    await insertChunked(contractRows, 300, (chunk) => tx.insert(contracts).values(chunk));
    await insertChunked(managerRows, 300, (chunk) => tx.insert(contractProjectManagers).values(chunk));
    const committeeRows: (typeof committees.$inferInsert)[] = [];
    for (const { compound, ...committee } of seed.committees) {
      const input = createCommitteeSchema.parse({
        ...committee,
        compoundId: resolve("compound", compound, "committee"),
      });
      if (ids.committee.has(compound))
        throw new AppError("unprocessable", `committee of ${compound}: a second one.`);
      const id = nextId("committee");
      committeeRows.push({
        tenantId,
        id,
        compoundId: input.compoundId,
        formedOn: input.formedOn,
        termEndsOn: input.termEndsOn,
        members: input.members,
        ...stamps,
      });
      ids.committee.set(compound, id);
    }
    await insertChunked(committeeRows, 300, (chunk) => tx.insert(committees).values(chunk));
    const partyOrgRows: (typeof partyOrgs.$inferInsert)[] = [];
    for (const { region, compound, company, committeeOf, ...org } of seed.partyOrgs) {
      const where = `party organisation ${String(org.name ?? org.kind)}`;
      const input = createPartyOrgSchema.parse({
        ...org,
        ...(region ? { regionId: resolve("region", region, where) } : {}),
        ...(compound ? { compoundId: resolve("compound", compound, where) } : {}),
        ...(company ? { companyId: resolve("company", company, where) } : {}),
        ...(committeeOf ? { committeeId: resolve("committee", committeeOf, where) } : {}),
      });
      const id = nextId("partyOrg");
      partyOrgRows.push({
        tenantId,
        id,
        kind: input.kind,
        name: input.name ?? null,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
        companyId: input.companyId ?? null,
        committeeId: input.committeeId ?? null,
        memberCount: input.memberCount,
        formedOn: input.formedOn ?? null,
        ...stamps,
      });
      const attachedTo = region
        ? `region:${region}`
        : compound
          ? `compound:${compound}`
          : company
            ? `company:${company}`
            : `committee:${committeeOf}`;
      if (!ids.partyOrg.has(attachedTo)) ids.partyOrg.set(attachedTo, id);
    }
    await insertChunked(partyOrgRows, 300, (chunk) => tx.insert(partyOrgs).values(chunk));

    // The mechanism's units, each checked against the county's mechanism (its levels and teams).
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const levelCodes = new Set(mechanism.levels.map((l) => l.code));
    const teamCodes = new Set(mechanism.levels.flatMap((l) => (l.team ? [l.team.code] : [])));
    const unitOf = ({ region, compound, ...rest }: UnitSeed, what: string) => ({
      ...rest,
      ...(region ? { regionId: resolve("region", region, what) } : {}),
      ...(compound ? { compoundId: resolve("compound", compound, what) } : {}),
    });
    const fits = (what: string, code: string, known: Set<string>) => {
      if (!known.has(code))
        throw new AppError("unprocessable", `${what}: '${code}' is not in the county's mechanism.`);
    };
    const bodyRows = (seed.bodies ?? []).map((b): typeof bodies.$inferInsert => {
      const input = createBodySchema.parse(unitOf(b, "body"));
      fits("body", input.level, levelCodes);
      return {
        tenantId,
        id: nextId("body"),
        level: input.level,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
        name: input.name,
        establishedOn: input.establishedOn ?? null,
        contactName: input.contact?.name ?? null,
        contactPhone: input.contact?.phone ?? null,
        ...stamps,
      };
    });
    const staffRows = (seed.staff ?? []).map((p): typeof staff.$inferInsert => {
      const input = createStaffSchema.parse(unitOf(p, "staff"));
      fits("staff", input.team, teamCodes);
      return {
        tenantId,
        id: nextId("staff"),
        name: input.name,
        phone: input.phone,
        team: input.team,
        dedicated: input.dedicated,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
        userId: input.userId ?? null,
        ...stamps,
      };
    });
    const venueRows = (seed.venues ?? []).map((v): typeof venues.$inferInsert => {
      const input = createVenueSchema.parse(unitOf(v, "venue"));
      fits("venue", input.level, levelCodes);
      return {
        tenantId,
        id: nextId("venue"),
        level: input.level,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
        name: input.name,
        address: input.address,
        areaM2: input.areaM2,
        purpose: input.purpose,
        ...stamps,
      };
    });
    await insertChunked(bodyRows, 300, (chunk) => tx.insert(bodies).values(chunk));
    await insertChunked(staffRows, 300, (chunk) => tx.insert(staff).values(chunk));
    await insertChunked(venueRows, 300, (chunk) => tx.insert(venues).values(chunk));
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
