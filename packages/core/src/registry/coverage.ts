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

/** What the coverage KPIs need to know of the county on one day (active units only). */
export interface CoverageData {
  compounds: {
    id: string;
    /** The compound's community and every region above it. */
    regionIds: readonly string[];
    serviceMode: ServiceMode;
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
  /** 物业服务覆盖率: compounds with professional or self-managed service ÷ compounds. */
  serviceCoverage: Ratio;
  /** 业委会组建率: compounds with a committee in term ÷ compounds. */
  committeeFormation: Ratio;
  /** 党组织组建率: eligible units (compounds, committees, companies) with a party organisation ÷ eligible units. */
  partyOrgFormation: Ratio;
}

/**
 * The three "100%" goals for the county (`regionId` null) or one region's subtree. In a region,
 * companies count when they serve a compound there; in the county, every active company counts.
 */
export function coverageFigures(
  data: CoverageData,
  regionId: string | null,
  threshold: number = PARTY_ELIGIBILITY_THRESHOLD,
): CoverageFigures {
  const compounds = regionId ? data.compounds.filter((c) => c.regionIds.includes(regionId)) : data.compounds;
  const inScope = new Set(compounds.map((c) => c.id));
  const committees = data.committees.filter((c) => inScope.has(c.compoundId));
  const companies = regionId
    ? data.companies.filter((c) => c.compoundIds.some((id) => inScope.has(id)))
    : data.companies;

  const eligible = [
    ...compounds.map((c) => ({ members: c.residentPartyMembers, has: c.hasPartyOrg })),
    ...committees.map((c) => ({ members: c.partyMembers, has: c.hasPartyOrg })),
    ...companies.map((c) => ({ members: c.partyMembers, has: c.hasPartyOrg })),
  ].filter((u) => u.members >= threshold);

  return {
    serviceCoverage: ratio(compounds.filter((c) => c.serviceMode !== "none").length, compounds.length),
    committeeFormation: ratio(compounds.filter((c) => c.hasCommitteeInTerm).length, compounds.length),
    partyOrgFormation: ratio(eligible.filter((u) => u.has).length, eligible.length),
  };
}
