import { describe, expect, it } from "vitest";
import { type CoverageData, coverageFigures, coverageUnits, ratio, serviceBasisOn } from "../src/index.js";

// County ─┬─ street S ── community C1 ── compounds a (pro), b (none)
//         └─ township T ── community C2 ── compound c (self-managed)
const data: CoverageData = {
  compounds: [
    {
      id: "a",
      regionIds: ["C1", "S"],
      serviceBasis: "contract",
      residentPartyMembers: 5,
      hasCommitteeInTerm: true,
      hasPartyOrg: true,
    },
    {
      id: "b",
      regionIds: ["C1", "S"],
      serviceBasis: null,
      residentPartyMembers: 3,
      hasCommitteeInTerm: false,
      hasPartyOrg: false,
    },
    {
      id: "c",
      regionIds: ["C2", "T"],
      serviceBasis: "selfManaged",
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

  it("lists the units behind each numerator and denominator", () => {
    const u = coverageUnits(data, null);
    expect(u.serviceCoverage).toEqual({
      counted: [
        { id: "a", basis: "contract" },
        { id: "c", basis: "selfManaged" },
      ],
      notCounted: [{ id: "b", basis: null }],
    });
    expect(u.committeeFormation).toEqual({ counted: [{ id: "a" }, { id: "c" }], notCounted: [{ id: "b" }] });
    // c (2 members) and kc (0) are below the threshold of 3: in neither list.
    expect(u.partyOrgFormation.counted).toEqual([
      { type: "compound", id: "a", partyMembers: 5 },
      { type: "company", id: "x", partyMembers: 4 },
    ]);
    expect(u.partyOrgFormation.notCounted).toEqual([
      { type: "compound", id: "b", partyMembers: 3 },
      { type: "committee", id: "ka", partyMembers: 3 },
      { type: "company", id: "y", partyMembers: 10 },
    ]);
    // With the county's own threshold of 4, b and ka are no longer eligible: 2 of 3.
    expect(coverageFigures(data, null, 4).partyOrgFormation).toEqual(ratio(2, 3));
  });
});

describe("what makes a compound served on a day", () => {
  const pro = { serviceMode: "professional" as const, selfManagedSince: null };
  const self = { serviceMode: "selfManaged" as const, selfManagedSince: "2026-07-01" };
  it("a contract in force, whatever the declared mode", () => {
    expect(serviceBasisOn(pro, true, "2026-06-30")).toBe("contract");
    expect(serviceBasisOn({ serviceMode: "none", selfManagedSince: null }, true, "2026-06-30")).toBe(
      "contract",
    );
  });
  it("a declared professional service without a contract in force does not count", () => {
    expect(serviceBasisOn(pro, false, "2026-06-30")).toBeNull();
  });
  it("self-management counts from its start day on, and not without a start", () => {
    expect(serviceBasisOn(self, false, "2026-06-30")).toBeNull();
    expect(serviceBasisOn(self, false, "2026-07-01")).toBe("selfManaged");
    expect(
      serviceBasisOn({ serviceMode: "selfManaged", selfManagedSince: null }, false, "2027-01-01"),
    ).toBeNull();
  });
});
