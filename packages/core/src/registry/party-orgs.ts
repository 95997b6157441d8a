import { z } from "zod";
import { countSchema, isoDateSchema, type Label } from "./common.js";

export const partyOrgKinds = [
  "communityCommittee",
  "compoundBranch",
  "companyBranch",
  "committeeBranch",
] as const;
export type PartyOrgKind = (typeof partyOrgKinds)[number];

export const partyOrgKindLabels: Record<PartyOrgKind, Label> = {
  communityCommittee: { zh: "社区党组织", en: "Community party organisation" },
  compoundBranch: { zh: "小区(网格)党支部", en: "Compound (grid) party branch" },
  companyBranch: { zh: "物业企业党支部", en: "Property company party branch" },
  committeeBranch: { zh: "业委会党支部", en: "Owners' committee party branch" },
};

export const partyOrgAttachments = ["regionId", "compoundId", "companyId", "committeeId"] as const;
export type PartyOrgAttachment = (typeof partyOrgAttachments)[number];

/** What each kind attaches to. */
export const partyOrgAttachmentOf: Record<PartyOrgKind, PartyOrgAttachment> = {
  communityCommittee: "regionId",
  compoundBranch: "compoundId",
  companyBranch: "companyId",
  committeeBranch: "committeeId",
};

/**
 * Party organisation eligibility: a unit with at least this many full party members should
 * have its own organisation. One named constant now; it becomes mechanism configuration later.
 */
export const PARTY_ELIGIBILITY_THRESHOLD = 3;

export const createPartyOrgSchema = z
  .object({
    kind: z.enum(partyOrgKinds),
    name: z.string().trim().min(1).max(100).optional(),
    regionId: z.string().min(1).optional(),
    compoundId: z.string().min(1).optional(),
    companyId: z.string().min(1).optional(),
    committeeId: z.string().min(1).optional(),
    memberCount: countSchema,
    formedOn: isoDateSchema.nullable().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const given = partyOrgAttachments.filter((k) => p[k] !== undefined);
    const expected = partyOrgAttachmentOf[p.kind];
    if (given.length !== 1 || given[0] !== expected) {
      ctx.addIssue({
        code: "custom",
        path: [expected],
        message: `A ${p.kind} is attached by ${expected} and by nothing else.`,
      });
    }
  });
export type CreatePartyOrgInput = z.infer<typeof createPartyOrgSchema>;

export const updatePartyOrgSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    memberCount: countSchema.optional(),
    formedOn: isoDateSchema.nullable().optional(),
  })
  .strict();
export type UpdatePartyOrgInput = z.infer<typeof updatePartyOrgSchema>;
