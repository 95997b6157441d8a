import type { LevelUnit } from "../mechanism/schema.js";
import { inTermOn } from "../registry/committees.js";
import { isActiveOn } from "../registry/contracts.js";
import { type CoverageData, serviceBasisOn } from "../registry/coverage.js";
import type { PolicyView, Subject } from "./types.js";

/** Helpers that read a {@link PolicyView}: shared by the built-in policies and open to plugins. */

type ViewCompound = PolicyView["compounds"][number];
type ViewCommittee = PolicyView["committees"][number];
type Guarantor = ViewCompound["guarantor"];

/** A unit of a mechanism level: a township/street or community (a region), or a compound. */
export interface MechanismUnit {
  subject: Subject & { type: "region" | "compound" };
  /** The region the unit belongs to: the region itself, or the compound's community. */
  regionId: string;
}

/** The units a level applies to: township = townships and streets, community = communities, compound = compounds. */
export function unitsOf(unit: LevelUnit, view: PolicyView): MechanismUnit[] {
  if (unit === "compound") {
    return view.compounds.map((c) => ({
      subject: { type: "compound", id: c.id, name: c.name },
      regionId: c.communityId,
    }));
  }
  const kinds = unit === "township" ? ["township", "street"] : ["community"];
  return view.regions
    .filter((r) => kinds.includes(r.kind))
    .map((r) => ({ subject: { type: "region", id: r.id, name: r.name }, regionId: r.id }));
}

/** Whether a body, staff member or venue attaches to the unit: by compoundId, or by regionId for regions. */
export const attachedTo = (
  unit: MechanismUnit,
  item: { regionId: string | null; compoundId: string | null },
): boolean =>
  unit.subject.type === "compound" ? item.compoundId === unit.subject.id : item.regionId === unit.subject.id;

/** The region and every region above it, bottom-up (walks `parentId`; unknown ids end the walk). */
export function regionChain(view: PolicyView, regionId: string): string[] {
  const byId = new Map(view.regions.map((r) => [r.id, r]));
  const chain: string[] = [];
  let id: string | null = regionId;
  while (id !== null && !chain.includes(id)) {
    chain.push(id);
    id = byId.get(id)?.parentId ?? null;
  }
  return chain;
}

/** A guarantor counts when it names a user or a person. */
export const hasGuarantor = (g: Guarantor): boolean => Boolean(g && (g.userId || g.name));

/** Party members among a committee's members. */
export const committeePartyMembers = (c: ViewCommittee): number =>
  c.members.filter((m) => m.isPartyMember).length;

/** Committees in term on the view's day. */
export const committeesInTerm = (view: PolicyView): ViewCommittee[] =>
  view.committees.filter((c) => inTermOn(c, view.asOf));

/** Whether a party organisation of `kind` is attached by `key` to `id`. */
export function hasPartyOrg(
  view: PolicyView,
  kind: PolicyView["partyOrgs"][number]["kind"],
  key: "regionId" | "compoundId" | "companyId" | "committeeId",
  id: string,
): boolean {
  return view.partyOrgs.some((p) => p.kind === kind && p[key] === id);
}

/** What `coverageFigures` needs, read from the view on its day. */
export function coverageDataOf(view: PolicyView): CoverageData {
  const inTerm = committeesInTerm(view);
  const compoundsOf = new Map<string, string[]>();
  const served = new Set<string>();
  for (const contract of view.contracts) {
    if (!isActiveOn(contract, view.asOf)) continue;
    served.add(contract.compoundId);
    compoundsOf.set(contract.companyId, [
      ...(compoundsOf.get(contract.companyId) ?? []),
      contract.compoundId,
    ]);
  }
  return {
    compounds: view.compounds.map((c) => ({
      id: c.id,
      regionIds: regionChain(view, c.communityId),
      serviceBasis: serviceBasisOn(c, served.has(c.id), view.asOf),
      residentPartyMembers: c.residentPartyMembers,
      hasCommitteeInTerm: inTerm.some((k) => k.compoundId === c.id),
      hasPartyOrg: hasPartyOrg(view, "compoundBranch", "compoundId", c.id),
    })),
    committees: inTerm.map((k) => ({
      id: k.id,
      compoundId: k.compoundId,
      partyMembers: committeePartyMembers(k),
      hasPartyOrg: hasPartyOrg(view, "committeeBranch", "committeeId", k.id),
    })),
    companies: view.companies.map((c) => ({
      id: c.id,
      partyMembers: c.partyMembers,
      hasPartyOrg: hasPartyOrg(view, "companyBranch", "companyId", c.id),
      compoundIds: compoundsOf.get(c.id) ?? [],
    })),
  };
}
