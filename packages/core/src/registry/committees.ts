import { z } from "zod";
import { isoDateSchema, type Label, nameSchema } from "./common.js";

export const committeeRoles = ["chair", "viceChair", "member"] as const;
export type CommitteeRole = (typeof committeeRoles)[number];

export const committeeRoleLabels: Record<CommitteeRole, Label> = {
  chair: { zh: "主任", en: "Chair" },
  viceChair: { zh: "副主任", en: "Vice chair" },
  member: { zh: "委员", en: "Member" },
};

export const committeeMemberSchema = z
  .object({ name: nameSchema, role: z.enum(committeeRoles), isPartyMember: z.boolean().default(false) })
  .strict();
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;

const membersSchema = z
  .array(committeeMemberSchema)
  .min(1)
  .max(50)
  .refine((m) => m.filter((x) => x.role === "chair").length <= 1, "At most one chair.");

const termAfterFormed = (c: { formedOn?: string | undefined; termEndsOn?: string | undefined }) =>
  !c.formedOn || !c.termEndsOn || c.termEndsOn > c.formedOn;

export const createCommitteeSchema = z
  .object({
    compoundId: z.string().min(1),
    formedOn: isoDateSchema,
    termEndsOn: isoDateSchema,
    members: membersSchema,
  })
  .strict()
  .refine(termAfterFormed, {
    path: ["termEndsOn"],
    message: "The term ends before the committee was formed.",
  });
export type CreateCommitteeInput = z.infer<typeof createCommitteeSchema>;

export const updateCommitteeSchema = z
  .object({
    formedOn: isoDateSchema.optional(),
    termEndsOn: isoDateSchema.optional(),
    members: membersSchema.optional(),
  })
  .strict()
  .refine(termAfterFormed, {
    path: ["termEndsOn"],
    message: "The term ends before the committee was formed.",
  });
export type UpdateCommitteeInput = z.infer<typeof updateCommitteeSchema>;

/** A committee is in term on a day in [formedOn, termEndsOn]. */
export const inTermOn = (c: { formedOn: string; termEndsOn: string }, day: string) =>
  c.formedOn <= day && day <= c.termEndsOn;
