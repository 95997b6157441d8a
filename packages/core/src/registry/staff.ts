import { z } from "zod";
import { idOf, nameSchema } from "./common.js";
import { oneUnit, staffTeamSchema, unitIdFields } from "./units.js";
import { phoneSchema } from "./validators.js";

const staffFields = {
  name: nameSchema,
  /** A work contact: shown in full to the staff roles that read the register. */
  phone: phoneSchema,
  team: staffTeamSchema,
  /** 专职: works for the team full time. */
  dedicated: z.boolean(),
  ...unitIdFields,
  /** The person's account in the county, when they have one. */
  userId: idOf("usr", "user").nullable().optional(),
};

/** 三支队伍的专职人员: a member of a staff team, serving a region or a compound. */
export const createStaffSchema = z.object(staffFields).strict().superRefine(oneUnit(true));
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

/** Only the fields sent change; `regionId` or `compoundId` (one) moves the person to that unit. */
export const updateStaffSchema = z
  .object({
    name: staffFields.name.optional(),
    phone: staffFields.phone.optional(),
    team: staffFields.team.optional(),
    dedicated: staffFields.dedicated.optional(),
    ...unitIdFields,
    userId: staffFields.userId,
  })
  .strict()
  .superRefine(oneUnit(false));
export type UpdateStaffInput = z.infer<typeof updateStaffSchema>;
