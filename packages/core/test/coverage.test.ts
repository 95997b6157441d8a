import { describe, expect, it } from "vitest";
import { type CoverageData, coverageFigures, ratio } from "../src/index.js";

// County ─┬─ street S ── community C1 ── compounds a (pro), b (none)
//         └─ township T ── community C2 ── compound c (self-managed)
const data: CoverageData = {
  compounds: [
    {
      id: "a",
      regionIds: ["C1", "S"],
      serviceMode: "professional",
      residentPartyMembers: 5,
      hasCommitteeInTerm: true,
      hasPartyOrg: true,
    },
    {
      id: "b",
      regionIds: ["C1", "S"],
      serviceMode: "none",
      residentPartyMembers: 3,
      hasCommitteeInTerm: false,
      hasPartyOrg: false,
    },
    {
      id: "c",
      regionIds: ["C2", "T"],
      serviceMode: "selfManaged",
      residentPartyMembers: 2,
      hasCommitteeInTerm: true,
      hasPartyOrg: false,
    },
  ],
  committees: [
    { id: "ka", compoundId: "a", partyMembers: 3, hasPartyOrg: false },
    { id: "kc", compoundId: "c", partyMembers: 0, hasPartyOrg: false },
  ],
  companies: [
    { id: "x", partyMembers: 4, hasPartyOrg: true, compoundIds: ["a"] },
    { id: "y", partyMembers: 10, hasPartyOrg: false, compoundIds: [] },
  ],
};

describe("coverage figures", () => {
  it("for the county", () => {
    const f = coverageFigures(data, null);
    expect(f.serviceCoverage).toEqual(ratio(2, 3));
    expect(f.committeeFormation).toEqual(ratio(2, 3));
    // eligible (≥3): compounds a, b; committee ka; companies x, y → with an organisation: a, x.
    expect(f.partyOrgFormation).toEqual({ numerator: 2, denominator: 5, rate: 0.4 });
  });

  it("for a region's subtree, counting companies that serve it", () => {
    const s = coverageFigures(data, "S");
    expect(s.serviceCoverage).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(s.committeeFormation).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    // eligible: a, b, ka, x (y serves nothing here) → a and x have one.
    expect(s.partyOrgFormation).toEqual({ numerator: 2, denominator: 4, rate: 0.5 });
  });

  it("a zero denominator has a null rate", () => {
    const t = coverageFigures(data, "T");
    expect(t.partyOrgFormation).toEqual({ numerator: 0, denominator: 0, rate: null });
    expect(coverageFigures(data, "nowhere").serviceCoverage).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
    });
  });

  it("the eligibility threshold is a parameter", () => {
    expect(coverageFigures(data, null, 1).partyOrgFormation.denominator).toBe(6);
  });
});
