import { z } from "zod";
import { type Label, nameSchema } from "./common.js";
import { oneUnit, unitIdFields, unitLevelSchema } from "./units.js";

/** What a venue (阵地) is for. */
export const venuePurposes = ["consultation", "mediation"] as const;
export type VenuePurpose = (typeof venuePurposes)[number];

export const venuePurposeLabels: Record<VenuePurpose, Label> = {
  consultation: { zh: "协商议事", en: "Consultation" },
  mediation: { zh: "矛盾纠纷调解", en: "Dispute mediation" },
};

const venueFields = {
  level: unitLevelSchema,
  ...unitIdFields,
  name: nameSchema,
  address: z.string().trim().min(1, "Required.").max(200),
  /** Floor area in square metres. */
  areaM2: z.number().positive("Must be more than 0.").max(1_000_000),
  purpose: z
    .array(z.enum(venuePurposes))
    .min(1, "At least one purpose.")
    .refine((p) => new Set(p).size === p.length, "A purpose repeats."),
};

/** 三级阵地: an office for consultation and dispute mediation at a region or a compound. */
export const createVenueSchema = z.object(venueFields).strict().superRefine(oneUnit(true));
export type CreateVenueInput = z.infer<typeof createVenueSchema>;

/** Only the fields sent change; `regionId` or `compoundId` (one) moves the venue to that unit. */
export const updateVenueSchema = z
  .object({
    level: venueFields.level.optional(),
    ...unitIdFields,
    name: venueFields.name.optional(),
    address: venueFields.address.optional(),
    areaM2: venueFields.areaM2.optional(),
    purpose: venueFields.purpose.optional(),
  })
  .strict()
  .superRefine(oneUnit(false));
export type UpdateVenueInput = z.infer<typeof updateVenueSchema>;
