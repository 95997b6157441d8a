import { z } from "zod";
import { type Mechanism, mechanismCodeSchema } from "../../mechanism/schema.js";
import { inTermOn } from "../../registry/committees.js";
import type { Label } from "../../registry/common.js";
import { dateInZone } from "../../registry/common.js";
import { isActiveOn } from "../../registry/contracts.js";
import { coverageFigures } from "../../registry/coverage.js";
import { definePolicy } from "../define.js";
import { joinLabels, type ParticipantKind, participantKinds, participantLabels } from "../participants.js";
import type { Effect, Finding, PolicyView } from "../types.js";
import { committeePartyMembers, committeesInTerm, coverageDataOf, hasPartyOrg } from "../view.js";

/** Major matters (重大事项) the seed names: 物业收费、物业服务、资金使用. Counties may add their own codes. */
export const majorMatterLabels: Record<string, Label> = {
  fee: { zh: "物业收费", en: "property fees" },
  service: { zh: "物业服务", en: "property services" },
  fundUse: { zh: "资金使用", en: "use of funds" },
};

export const partyLeadershipConfigSchema = z
  .object({
    /** Matters decided only in a meeting the community party organisation convenes. */
    majorMatters: z.array(mechanismCodeSchema).max(30).default(["fee", "service", "fundUse"]),
    /** Who convenes a major-matter meeting (由社区党组织牵头). */
    convenor: z.enum(participantKinds).default("communityPartyOrg"),
    /** Who must take part (召集小区党支部、业主委员会、物业服务企业协商). */
    requiredParticipants: z
      .array(z.enum(participantKinds))
      .max(participantKinds.length)
      .default(["communityPartyOrg", "compoundBranch", "committee", "company"]),
    /** Overrides the mechanism's `thresholds.partyEligibility` for this policy. */
    eligibilityThreshold: z.number().int().min(1).max(100).optional(),
    /** 倡导党员干部参加业主委员会: a committee in term without a party member is a finding. */
    requirePartyMemberOnCommittee: z.boolean().default(true),
    /** Report the party-organisation formation rate of the county and each top-level region (info). */
    reportCoverage: z.boolean().default(true),
  })
  .strict();
export type PartyLeadershipConfig = z.infer<typeof partyLeadershipConfigSchema>;

/**
 * From how many full party members a unit should have its own party organisation, in this
 * county: the partyLeadership policy's `eligibilityThreshold` when set, else the mechanism's
 * `thresholds.partyEligibility`. The coverage KPIs, every assessment metric and the policy's own
 * findings all count eligibility with it.
 */
export function partyEligibilityOf(mechanism: Mechanism): number {
  const parsed = partyLeadershipConfigSchema.safeParse(mechanism.policies.partyLeadership?.config ?? {});
  return (
    (parsed.success ? parsed.data.eligibilityThreshold : undefined) ?? mechanism.thresholds.partyEligibility
  );
}

/** What a `meeting.resolution.adopt` event carries, as far as this policy reads it. */
const resolutionPayloadSchema = z.object({
  matter: z.string(),
  participants: z.array(z.string()).catch([]).default([]),
  convenedBy: z.string().nullable().optional().catch(null),
  compoundId: z.string().nullable().optional().catch(null),
});

/**
 * Which of the required participants exist for the compound on the day: a compound without a
 * party branch, a committee in term or a company under contract cannot send one, and the rule
 * does not block its major matters for that. Without a known compound all are required.
 */
function requiredFor(
  view: PolicyView,
  required: readonly ParticipantKind[],
  compoundId: string | null | undefined,
  day: string,
): ParticipantKind[] {
  if (!compoundId || !view.compounds.some((c) => c.id === compoundId)) return [...required];
  return required.filter((p) => {
    switch (p) {
      case "compoundBranch":
        return hasPartyOrg(view, "compoundBranch", "compoundId", compoundId);
      case "committee":
        return view.committees.some((k) => k.compoundId === compoundId && inTermOn(k, day));
      case "company":
        return view.contracts.some((k) => k.compoundId === compoundId && isActiveOn(k, day));
      default:
        return true;
    }
  });
}

export const partyLeadership = definePolicy({
  id: "partyLeadership",
  title: { zh: "党建引领制度", en: "Party leadership" },
  description: {
    zh: "社区党组织牵头，召集小区党支部、业主委员会、物业服务企业协商解决物业收费、物业服务、资金使用等重大事项；具备条件的小区、业主委员会、物业服务企业应建尽建党组织；倡导党员参加业主委员会。",
    en: "Major matters (fees, services, use of funds) are decided in a meeting the community party organisation convenes with the compound branch, the owners' committee and the company; every eligible compound, committee and company has a party organisation; party members sit on owners' committees.",
  },
  configSchema: partyLeadershipConfigSchema,
  reads: {
    evaluate: ["compounds", "committees", "companies", "partyOrgs", "regions", "contracts"],
    on: ["compounds", "committees", "contracts", "partyOrgs"],
  },
  events: ["meeting.resolution.adopt"],

  evaluate(_period, view, config, { mechanism }) {
    const threshold = config.eligibilityThreshold ?? partyEligibilityOf(mechanism);
    const findings: Finding[] = [];
    const noOrg = (
      subject: Finding["subject"],
      members: number,
      what: Label,
      regionId: string | null,
    ): Finding => ({
      subject,
      policy: "partyLeadership",
      rule: "noPartyOrg",
      severity: "major",
      message: {
        zh: `${what.zh}“${subject.name}”有党员${members}名，达到${threshold}名，尚未建立党组织。`,
        en: `${what.en} "${subject.name}" has ${members} party members (threshold ${threshold}) but no party organisation.`,
      },
      evidence: { partyMembers: members, threshold },
      regionId,
    });

    for (const c of view.compounds) {
      if (c.residentPartyMembers >= threshold && !hasPartyOrg(view, "compoundBranch", "compoundId", c.id)) {
        findings.push(
          noOrg(
            { type: "compound", id: c.id, name: c.name },
            c.residentPartyMembers,
            { zh: "小区", en: "Compound" },
            c.communityId,
          ),
        );
      }
    }
    const compoundOf = new Map(view.compounds.map((c) => [c.id, c]));
    for (const k of committeesInTerm(view)) {
      const compound = compoundOf.get(k.compoundId);
      const name = `${compound?.name ?? k.compoundId}业主委员会`;
      const members = committeePartyMembers(k);
      if (members >= threshold && !hasPartyOrg(view, "committeeBranch", "committeeId", k.id)) {
        findings.push(
          noOrg(
            { type: "committee", id: k.id, name },
            members,
            { zh: "业主委员会", en: "Owners' committee" },
            compound?.communityId ?? null,
          ),
        );
      }
    }
    for (const c of view.companies) {
      if (c.partyMembers >= threshold && !hasPartyOrg(view, "companyBranch", "companyId", c.id)) {
        findings.push(
          noOrg(
            { type: "company", id: c.id, name: c.name },
            c.partyMembers,
            { zh: "物业服务企业", en: "Company" },
            null,
          ),
        );
      }
    }
    if (config.requirePartyMemberOnCommittee) {
      for (const k of committeesInTerm(view)) {
        if (committeePartyMembers(k) > 0) continue;
        const compound = compoundOf.get(k.compoundId);
        const name = `${compound?.name ?? k.compoundId}业主委员会`;
        findings.push({
          subject: { type: "committee", id: k.id, name },
          policy: "partyLeadership",
          rule: "noPartyMemberOnCommittee",
          severity: "minor",
          message: {
            zh: `${name}成员中没有党员（未实现交叉任职）。`,
            en: `The owners' committee "${name}" has no party member among its ${k.members.length} members (no cross-appointment).`,
          },
          evidence: { members: k.members.length, partyMembers: 0 },
          regionId: compound?.communityId ?? null,
        });
      }
    }
    if (config.reportCoverage) {
      const data = coverageDataOf(view);
      const county = coverageFigures(data, null, threshold).partyOrgFormation;
      const byRegion = view.regions
        .filter((r) => r.parentId === null)
        .map((r) => ({
          regionId: r.id,
          name: r.name,
          ...coverageFigures(data, r.id, threshold).partyOrgFormation,
        }));
      const percent = county.rate === null ? "—" : `${Math.round(county.rate * 1000) / 10}%`;
      findings.push({
        subject: { type: "tenant", id: view.tenant.id, name: view.tenant.name },
        policy: "partyLeadership",
        rule: "partyOrgCoverage",
        severity: "info",
        message: {
          zh: `党组织组建率 ${percent}（${county.numerator}/${county.denominator} 个具备条件的单位已建立党组织）。`,
          en: `Party organisation formation rate ${percent} (${county.numerator} of ${county.denominator} eligible units have one).`,
        },
        evidence: { threshold, county, byRegion },
        regionId: null,
      });
    }
    return findings;
  },

  on(event, view, config): Effect[] {
    if (event.type !== "meeting.resolution.adopt") return [];
    const parsed = resolutionPayloadSchema.safeParse(event.payload);
    if (!parsed.success) return [];
    const { matter, participants, convenedBy, compoundId } = parsed.data;
    if (!config.majorMatters.includes(matter)) return [];

    const day = dateInZone(new Date(event.at), view.tenant.timezone);
    const absent = requiredFor(view, config.requiredParticipants, compoundId, day).filter(
      (p) => !participants.includes(p),
    );
    const wrongConvenor = convenedBy !== config.convenor;
    if (absent.length === 0 && !wrongConvenor) return [];

    const matterLabel = majorMatterLabels[matter] ?? { zh: matter, en: matter };
    const convenor = participantLabels[config.convenor];
    const parts: Label[] = [];
    if (wrongConvenor) {
      parts.push({
        zh: `会议须由${convenor.zh}牵头召集`,
        en: `the meeting must be convened by ${convenor.en}`,
      });
    }
    if (absent.length > 0) {
      const who = joinLabels(absent.map((p) => participantLabels[p]));
      parts.push({ zh: `${who.zh}未参加`, en: `absent: ${who.en}` });
    }
    return [
      {
        type: "guard",
        allow: false,
        reason: {
          zh: `重大事项（${matterLabel.zh}）须由党组织牵头协商决定：${parts.map((p) => p.zh).join("；")}。`,
          en: `A major matter (${matterLabel.en}) is decided only in a meeting the party organisation leads: ${parts.map((p) => p.en).join("; ")}.`,
        },
      },
    ];
  },
});
