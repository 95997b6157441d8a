import { z } from "@hono/zod-openapi";
import { createPartyOrgSchema, partyOrgKinds, updatePartyOrgSchema } from "@propgov/core";
import type { PartyOrgView } from "../../services/party-orgs/view.js";
import { iso } from "../shared.js";

/**
 * Who reads party organisations: region staff those in their subtree (and company branches),
 * company staff their company's branch and those of the compounds they serve.
 */
export const partyOrgReaders = ["countyAdmin", "regionStaff", "companyStaff"] as const;
/** Who records and changes them: county administrators, and region staff inside their subtree. */
export const partyOrgWriters = ["countyAdmin", "regionStaff"] as const;

const example = {
  id: "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  kind: "compoundBranch",
  kindLabel: { zh: "小区(网格)党支部", en: "Compound (grid) party branch" },
  name: "阳光花园小区党支部",
  regionId: null,
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  companyId: null,
  committeeId: null,
  memberCount: 7,
  formedOn: "2024-07-01",
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const partyOrgSchema = z
  .object({
    id: z.string(),
    kind: z.enum(partyOrgKinds),
    kindLabel: z.object({ zh: z.string(), en: z.string() }),
    name: z.string().nullable(),
    regionId: z.string().nullable().openapi({ description: "Set for a communityCommittee (a community)." }),
    compoundId: z.string().nullable().openapi({ description: "Set for a compoundBranch." }),
    companyId: z.string().nullable().openapi({ description: "Set for a companyBranch." }),
    committeeId: z.string().nullable().openapi({ description: "Set for a committeeBranch." }),
    memberCount: z.number().int(),
    formedOn: z.string().nullable().openapi({ format: "date" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("PartyOrg", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createPartyOrgBody = createPartyOrgSchema.meta({
  id: "CreatePartyOrgRequest",
  description:
    "Attached by exactly one of regionId (communityCommittee), compoundId (compoundBranch), companyId (companyBranch) or committeeId (committeeBranch).",
  example: {
    kind: "compoundBranch",
    name: example.name,
    compoundId: example.compoundId,
    memberCount: 7,
    formedOn: "2024-07-01",
  },
});

export const updatePartyOrgBody = updatePartyOrgSchema.meta({
  id: "UpdatePartyOrgRequest",
  example: { memberCount: 9 },
});

export const partyOrgJson = (p: PartyOrgView) => ({
  ...p,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  archivedAt: iso(p.archivedAt),
});
