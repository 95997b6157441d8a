import { z } from "zod";
import { isoDateSchema, nameSchema } from "./common.js";
import { departmentContactSchema } from "./departments.js";
import { oneUnit, unitIdFields, unitLevelSchema } from "./units.js";

/** 物业管理机构: a property-management body of a level, at a region or a compound. */
export const createBodySchema = z
  .object({
    level: unitLevelSchema,
    ...unitIdFields,
    name: nameSchema,
    establishedOn: isoDateSchema.nullable().optional(),
    contact: departmentContactSchema.nullable().optional(),
  })
  .strict()
  .superRefine(oneUnit(true));
export type CreateBodyInput = z.infer<typeof createBodySchema>;

/** Only the fields sent change; `regionId` or `compoundId` (one) moves the body to that unit. */
export const updateBodySchema = z
  .object({
    level: unitLevelSchema.optional(),
    ...unitIdFields,
    name: nameSchema.optional(),
    establishedOn: isoDateSchema.nullable().optional(),
    contact: departmentContactSchema.nullable().optional(),
  })
  .strict()
  .superRefine(oneUnit(false));
export type UpdateBodyInput = z.infer<typeof updateBodySchema>;
