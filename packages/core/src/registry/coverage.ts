import type { ServiceMode } from "./compounds.js";
import { PARTY_ELIGIBILITY_THRESHOLD } from "./party-orgs.js";

/** numerator ÷ denominator; rate is null when there is nothing to divide by. */
export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/**
 * Why a compound counts as served on a day (物业服务覆盖): a service contract in force that day,
 * or a recorded self-management arrangement (自管) that had started by then. A compound's declared
 * service mode alone is not a fact: "professional" without a contract in force does not count.
 */
export type ServiceBasis = "contract" | "selfManaged";

export function serviceBasisOn(
  compound: { serviceMode: ServiceMode; selfManagedSince: string | null },
  contractInForce: boolean,
  on: string,
): ServiceBasis | null {
  if (contractInForce) return "contract";
  if (
    compound.serviceMode === "selfManaged" &&
    compound.selfManagedSince !== null &&
    compound.selfManagedSince <= on
  ) {
    return "selfManaged";
  }
  return null;
}

/** What the coverage KPIs need to know of the county on one day (active units only). */
export interface CoverageData {
  compounds: {
    id: string;
    /** The compound's community and every region above it. */
    regionIds: readonly string[];
    /** What makes the compound served on the day, if anything (see `serviceBasisOn`). */
    serviceBasis: ServiceBasis | null;
    residentPartyMembers: number;
    hasCommitteeInTerm: boolean;
    hasPartyOrg: boolean;
  }[];
  /** Committees in term on the day. */
  committees: { id: string; compoundId: string; partyMembers: number; hasPartyOrg: boolean }[];
  companies: {
    id: string;
    partyMembers: number;
    hasPartyOrg: boolean;
    /** Compounds the company serves under a contract active on the day. */
    compoundIds: readonly string[];
  }[];
}

export interface CoverageFigures {
  /** 物业服务覆盖率: compounds under a contract in force or a started self-management ÷ active compounds. */
  serviceCoverage: Ratio;
  /** 业委会组建率: compounds with a committee in term ÷ active compounds. */
  committeeFormation: Ratio;
  /** 党组织组建率: eligible units (compounds, committees, companies) with a party organisation ÷ eligible units. */
  partyOrgFormation: Ratio;
}

export type CoverageUnitType = "compound" | "committee" | "company";

/** The units behind one figure: those in its numerator, and those in the denominator only. */
export interface CoverageSplit<T> {
  counted: T[];
  notCounted: T[];
}

/** The units behind each of the three figures, so that every numerator and denominator can be checked. */
export interface CoverageUnits {
  /** Compound ids, with the basis of those counted. */
  serviceCoverage: CoverageSplit<{ id: string; basis: ServiceBasis | null }>;
  /** Compound ids. */
  committeeFormation: CoverageSplit<{ id: string }>;
  /** Eligible units only: those below the threshold are in neither list. */
  partyOrgFormation: CoverageSplit<{ type: CoverageUnitType; id: string; partyMembers: number }>;
}

const split = <T>(items: readonly T[], counts: (item: T) => boolean): CoverageSplit<T> => {
  const out: CoverageSplit<T> = { counted: [], notCounted: [] };
  for (const item of items) (counts(item) ? out.counted : out.notCounted).push(item);
  return out;
};

/**
 * The units of the county (`regionId` null) or of one region's subtree behind the three "100%"
 * goals. In a region, companies count when they serve a compound there; in the county, every
 * active company counts. A unit is eligible for a party organisation with at least `threshold`
 * party members (the county's mechanism sets it: `thresholds.partyEligibility`).
 */
export function coverageUnits(
  data: CoverageData,
  regionId: string | null,
  threshold: number = PARTY_ELIGIBILITY_THRESHOLD,
): CoverageUnits {
  const compounds = regionId ? data.compounds.filter((c) => c.regionIds.includes(regionId)) : data.compounds;
  const inScope = new Set(compounds.map((c) => c.id));
  const committees = data.committees.filter((c) => inScope.has(c.compoundId));
  const companies = regionId
    ? data.companies.filter((c) => c.compoundIds.some((id) => inScope.has(id)))
    : data.companies;

  const eligible = [
    ...compounds.map((c) => ({
      type: "compound" as const,
      id: c.id,
      partyMembers: c.residentPartyMembers,
      has: c.hasPartyOrg,
    })),
    ...committees.map((c) => ({
      type: "committee" as const,
      id: c.id,
      partyMembers: c.partyMembers,
      has: c.hasPartyOrg,
    })),
    ...companies.map((c) => ({
      type: "company" as const,
      id: c.id,
      partyMembers: c.partyMembers,
      has: c.hasPartyOrg,
    })),
  ].filter((u) => u.partyMembers >= threshold);
  const party = split(eligible, (u) => u.has);
  const unit = ({ type, id, partyMembers }: (typeof eligible)[number]) => ({ type, id, partyMembers });

  return {
    serviceCoverage: split(
      compounds.map((c) => ({ id: c.id, basis: c.serviceBasis })),
      (c) => c.basis !== null,
    ),
    committeeFormation: {
      counted: compounds.filter((c) => c.hasCommitteeInTerm).map((c) => ({ id: c.id })),
      notCounted: compounds.filter((c) => !c.hasCommitteeInTerm).map((c) => ({ id: c.id })),
    },
    partyOrgFormation: { counted: party.counted.map(unit), notCounted: party.notCounted.map(unit) },
  };
}

const ratioOf = (s: CoverageSplit<unknown>): Ratio =>
  ratio(s.counted.length, s.counted.length + s.notCounted.length);

/** The three "100%" goals for the county (`regionId` null) or one region's subtree (see `coverageUnits`). */
export function coverageFigures(
  data: CoverageData,
  regionId: string | null,
  threshold: number = PARTY_ELIGIBILITY_THRESHOLD,
): CoverageFigures {
  const units = coverageUnits(data, regionId, threshold);
  return {
    serviceCoverage: ratioOf(units.serviceCoverage),
    committeeFormation: ratioOf(units.committeeFormation),
    partyOrgFormation: ratioOf(units.partyOrgFormation),
  };
}
