import {
  AppError,
  createBodySchema,
  createCommitteeSchema,
  createCompoundSchema,
  createContractSchema,
  createPartyOrgSchema,
  createRegionSchema,
  createStaffSchema,
  createVenueSchema,
  type Mechanism,
  type newId,
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
  type Tx,
  venues,
} from "@propgov/db";
import { insertChunked } from "../chunked.js";
import type { RegionSeed, RegistrySeed, UnitSeed } from "./types.js";

/** What the writers of one registry load share: the ids given to the seed's keys, and the clock. */
export interface SeedWriter {
  tx: Tx;
  tenantId: string;
  now: Date;
  ids: {
    region: Map<string, string>;
    company: Map<string, string>;
    compound: Map<string, string>;
    committee: Map<string, string>;
    partyOrg: Map<string, string>;
  };
  /** The id given to a seed key, or 422 naming where the key was used. */
  resolve(kind: keyof SeedWriter["ids"], key: string, where: string): string;
  /** A new id, unique and sortable where rows share a millisecond. */
  nextId(kind: Parameters<typeof newId>[0]): string;
  stamps: { createdAt: Date; updatedAt: Date };
}

/** A compound's contracts by the seed's compound key, as the activity and record seeds need them. */
export type SeedContracts = Map<
  string,
  { id: string; companyId: string; startsOn: string; endsOn: string }[]
>;

/** The region tree, each region checked against its parent's kind; codes may not repeat. */
export async function writeRegions(w: SeedWriter, seed: readonly RegionSeed[]) {
  const { tenantId, stamps } = w;
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
    const id = w.nextId("region");
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
    w.ids.region.set(region.key, id);
    for (const child of region.children ?? []) addRegion(child, { id, path, kind: input.kind });
  };
  for (const region of seed) addRegion(region, null);
  const codes = regionRows.flatMap((r) => (r.code ? [r.code] : []));
  if (new Set(codes).size !== codes.length)
    throw new AppError("unprocessable", "Region codes repeat in the seed.");
  await insertChunked(regionRows, 300, (chunk) => w.tx.insert(regions).values(chunk));
  return regionRows;
}

/** The compounds, each in a community of the seed, with their grids; `communityOf` learns each compound's community key. */
export async function writeCompounds(
  w: SeedWriter,
  seed: RegistrySeed["compounds"],
  regionRows: readonly (typeof regions.$inferInsert)[],
  communityOf: Map<string, string>,
) {
  const { tenantId, stamps } = w;
  const compoundRows: (typeof compounds.$inferInsert)[] = [];
  const gridRows: (typeof grids.$inferInsert)[] = [];
  for (const { key, community, guarantor, ...compound } of seed) {
    communityOf.set(key, community);
    const communityId = w.resolve("region", community, `compound ${key}`);
    if (!regionRows.some((r) => r.id === communityId && r.kind === "community"))
      throw new AppError("unprocessable", `compound ${key}: '${community}' is not a community.`);
    const input = createCompoundSchema.parse({ ...compound, communityId });
    const id = w.nextId("compound");
    w.ids.compound.set(key, id);
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
        id: w.nextId("grid"),
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
  await insertChunked(compoundRows, 200, (chunk) => w.tx.insert(compounds).values(chunk));
  await insertChunked(gridRows, 300, (chunk) => w.tx.insert(grids).values(chunk));
  return { compoundRows, gridRows };
}

/**
 * Contracts (with their first project-manager entry), in bulk: no two contracts of a compound
 * overlap, as the API refuses. `contractsOf` learns each compound's contracts.
 */
export async function writeContracts(
  w: SeedWriter,
  seed: RegistrySeed["contracts"],
  contractsOf: SeedContracts,
) {
  const { tenantId, stamps, now } = w;
  const contractRows: (typeof contracts.$inferInsert)[] = [];
  const managerRows: (typeof contractProjectManagers.$inferInsert)[] = [];
  for (const { company, compound, ...contract } of seed) {
    const input = createContractSchema.parse({
      ...contract,
      companyId: w.resolve("company", company, "contract"),
      compoundId: w.resolve("compound", compound, "contract"),
    });
    const before = contractsOf.get(compound) ?? [];
    if (before.some((c) => rangesOverlap(c, input)))
      throw new AppError(
        "unprocessable",
        `contract of ${compound}: overlaps another contract of the compound.`,
      );
    const id = w.nextId("contract");
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
      id: w.nextId("projectManagerEntry"),
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
  await insertChunked(contractRows, 300, (chunk) => w.tx.insert(contracts).values(chunk));
  await insertChunked(managerRows, 300, (chunk) => w.tx.insert(contractProjectManagers).values(chunk));
  return contractRows;
}

/** The owners' committees, one a compound. */
export async function writeCommittees(w: SeedWriter, seed: RegistrySeed["committees"]) {
  const committeeRows: (typeof committees.$inferInsert)[] = [];
  for (const { compound, ...committee } of seed) {
    const input = createCommitteeSchema.parse({
      ...committee,
      compoundId: w.resolve("compound", compound, "committee"),
    });
    if (w.ids.committee.has(compound))
      throw new AppError("unprocessable", `committee of ${compound}: a second one.`);
    const id = w.nextId("committee");
    committeeRows.push({
      tenantId: w.tenantId,
      id,
      compoundId: input.compoundId,
      formedOn: input.formedOn,
      termEndsOn: input.termEndsOn,
      members: input.members,
      ...w.stamps,
    });
    w.ids.committee.set(compound, id);
  }
  await insertChunked(committeeRows, 300, (chunk) => w.tx.insert(committees).values(chunk));
  return committeeRows;
}

/** The party organisations, each at a region, compound, company or committee of the seed. */
export async function writePartyOrgs(w: SeedWriter, seed: RegistrySeed["partyOrgs"]) {
  const partyOrgRows: (typeof partyOrgs.$inferInsert)[] = [];
  for (const { region, compound, company, committeeOf, ...org } of seed) {
    const where = `party organisation ${String(org.name ?? org.kind)}`;
    const input = createPartyOrgSchema.parse({
      ...org,
      ...(region ? { regionId: w.resolve("region", region, where) } : {}),
      ...(compound ? { compoundId: w.resolve("compound", compound, where) } : {}),
      ...(company ? { companyId: w.resolve("company", company, where) } : {}),
      ...(committeeOf ? { committeeId: w.resolve("committee", committeeOf, where) } : {}),
    });
    const id = w.nextId("partyOrg");
    partyOrgRows.push({
      tenantId: w.tenantId,
      id,
      kind: input.kind,
      name: input.name ?? null,
      regionId: input.regionId ?? null,
      compoundId: input.compoundId ?? null,
      companyId: input.companyId ?? null,
      committeeId: input.committeeId ?? null,
      memberCount: input.memberCount,
      formedOn: input.formedOn ?? null,
      ...w.stamps,
    });
    const attachedTo = region
      ? `region:${region}`
      : compound
        ? `compound:${compound}`
        : company
          ? `company:${company}`
          : `committee:${committeeOf}`;
    if (!w.ids.partyOrg.has(attachedTo)) w.ids.partyOrg.set(attachedTo, id);
  }
  await insertChunked(partyOrgRows, 300, (chunk) => w.tx.insert(partyOrgs).values(chunk));
  return partyOrgRows;
}

/** The mechanism's units (bodies, staff, venues), each checked against the county's mechanism (its levels and teams). */
export async function writeUnits(w: SeedWriter, seed: RegistrySeed, mechanism: Mechanism) {
  const { tenantId, stamps } = w;
  const levelCodes = new Set(mechanism.levels.map((l) => l.code));
  const teamCodes = new Set(mechanism.levels.flatMap((l) => (l.team ? [l.team.code] : [])));
  const unitOf = ({ region, compound, ...rest }: UnitSeed, what: string) => ({
    ...rest,
    ...(region ? { regionId: w.resolve("region", region, what) } : {}),
    ...(compound ? { compoundId: w.resolve("compound", compound, what) } : {}),
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
      id: w.nextId("body"),
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
      id: w.nextId("staff"),
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
      id: w.nextId("venue"),
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
  await insertChunked(bodyRows, 300, (chunk) => w.tx.insert(bodies).values(chunk));
  await insertChunked(staffRows, 300, (chunk) => w.tx.insert(staff).values(chunk));
  await insertChunked(venueRows, 300, (chunk) => w.tx.insert(venues).values(chunk));
  return { bodyRows, staffRows, venueRows };
}
