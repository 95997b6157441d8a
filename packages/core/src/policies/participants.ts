import type { Label } from "../registry/common.js";

/** Who takes part in a meeting or a lifecycle step, as the rules name them. */
export const participantKinds = [
  "townshipStreet",
  "community",
  "communityPartyOrg",
  "compoundBranch",
  "committee",
  "company",
] as const;
export type ParticipantKind = (typeof participantKinds)[number];

export const participantLabels: Record<ParticipantKind, Label> = {
  townshipStreet: { zh: "乡镇(街道)", en: "the township or street office" },
  community: { zh: "社区居委会", en: "the community (residents' committee)" },
  communityPartyOrg: { zh: "社区党组织", en: "the community party organisation" },
  compoundBranch: { zh: "小区(网格)党支部", en: "the compound (grid) party branch" },
  committee: { zh: "业主委员会", en: "the owners' committee" },
  company: { zh: "物业服务企业", en: "the property service company" },
};

/** Joins labels: `a、b` in Chinese, `a, b` in English. */
export const joinLabels = (labels: readonly Label[]): Label => ({
  zh: labels.map((l) => l.zh).join("、"),
  en: labels.map((l) => l.en).join(", "),
});
