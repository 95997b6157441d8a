import { z } from "zod";
import type { Label } from "../../registry/common.js";
import { definePolicy } from "../define.js";
import { type ParticipantKind, participantKinds } from "../participants.js";

export const lifecycleSteps = [
  "companySelection",
  "contractRenewal",
  "committeeElection",
  "handover",
] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

export const lifecycleStepLabels: Record<LifecycleStep, Label> = {
  companySelection: { zh: "物业服务企业选聘(招投标)", en: "Selecting a company (tender)" },
  contractRenewal: { zh: "物业服务合同续签", en: "Renewing the contract" },
  committeeElection: { zh: "业主委员会选举(换届)", en: "Electing the owners' committee" },
  handover: { zh: "物业承接查验与交接", en: "Handover between companies" },
};

const step = (participants: ParticipantKind[]) =>
  z
    .object({
      required: z.boolean().default(true),
      /** Who must be recorded as taking part. */
      participants: z.array(z.enum(participantKinds)).max(participantKinds.length).default(participants),
    })
    .strict()
    .prefault({});

export const wholeProcessParticipationConfigSchema = z
  .object({
    steps: z
      .object({
        companySelection: step(["community", "communityPartyOrg"]),
        contractRenewal: step(["community", "communityPartyOrg"]),
        committeeElection: step(["townshipStreet", "community", "communityPartyOrg"]),
        handover: step(["community", "communityPartyOrg"]),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type WholeProcessParticipationConfig = z.infer<typeof wholeProcessParticipationConfigSchema>;

export const wholeProcessParticipation = definePolicy({
  id: "wholeProcessParticipation",
  title: { zh: "全过程参与制度", en: "Participation throughout" },
  description: {
    zh: "物业服务企业选聘、合同续签、业主委员会选举、物业交接等关键环节，须有社区和党组织全过程参与并留痕。",
    en: "Key lifecycle steps (selecting a company, renewing its contract, electing the owners' committee, handover) need the community's and the party organisation's recorded participation.",
  },
  configSchema: wholeProcessParticipationConfigSchema,
  // Lifecycle steps arrive in a later issue: nothing to judge yet, so no findings.
  evaluates: [],
  evaluate: () => [],
});
