import { z } from "@hono/zod-openapi";
import { committeeRoles, createCommitteeSchema, updateCommitteeSchema } from "@propgov/core";
import type { CommitteeView } from "../../services/committees/view.js";
import { iso } from "../shared.js";

/** Who reads committees: region staff in their subtree, company staff of compounds they serve, committee members their own. */
export const committeeReaders = ["countyAdmin", "regionStaff", "companyStaff", "committeeMember"] as const;
/** Who records and changes committees: county administrators, and region staff inside their subtree. */
export const committeeWriters = ["countyAdmin", "regionStaff"] as const;

const members = [
  { name: "王建国", role: "chair", isPartyMember: true },
  { name: "李秀英", role: "viceChair", isPartyMember: true },
  { name: "赵磊", role: "member", isPartyMember: false },
];

const example = {
  id: "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  compoundName: "阳光花园",
  formedOn: "2025-06-01",
  termEndsOn: "2030-05-31",
  members,
  inTerm: true,
  partyMemberCount: 2,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const committeeSchema = z
  .object({
    id: z.string(),
    compoundId: z.string(),
    compoundName: z.string(),
    formedOn: z.string().openapi({ format: "date" }),
    termEndsOn: z.string().openapi({ format: "date" }),
    members: z.array(
      z.object({ name: z.string(), role: z.enum(committeeRoles), isPartyMember: z.boolean() }),
    ),
    inTerm: z.boolean().openapi({
      description:
        "Not archived, and today (in the county's time zone) lies between formedOn and termEndsOn.",
    }),
    partyMemberCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Committee", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createCommitteeBody = createCommitteeSchema.meta({
  id: "CreateCommitteeRequest",
  example: {
    compoundId: example.compoundId,
    formedOn: example.formedOn,
    termEndsOn: example.termEndsOn,
    members,
  },
});

export const updateCommitteeBody = updateCommitteeSchema.meta({
  id: "UpdateCommitteeRequest",
  example: { members: [...members, { name: "孙梅", role: "member", isPartyMember: true }] },
});

export const committeeJson = (c: CommitteeView) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  archivedAt: iso(c.archivedAt),
});
