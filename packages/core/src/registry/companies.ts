import { z } from "zod";
import { countSchema, nameSchema } from "./common.js";
import { phoneSchema, usccSchema } from "./validators.js";

export const createCompanySchema = z
  .object({
    name: nameSchema,
    uscc: usccSchema,
    legalRepresentative: z.string().trim().min(1).max(50),
    phone: phoneSchema,
    local: z.boolean().default(true),
    partyMembers: countSchema.default(0),
  })
  .strict();
export type CreateCompanyInput = z.infer<typeof createCompanySchema>;

export const updateCompanySchema = z
  .object({
    name: nameSchema.optional(),
    uscc: usccSchema.optional(),
    legalRepresentative: z.string().trim().min(1).max(50).optional(),
    phone: phoneSchema.optional(),
    local: z.boolean().optional(),
    partyMembers: countSchema.optional(),
  })
  .strict();
export type UpdateCompanyInput = z.infer<typeof updateCompanySchema>;
