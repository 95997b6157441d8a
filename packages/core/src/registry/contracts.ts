import { z } from "zod";
import { isoDateSchema, nameSchema } from "./common.js";
import { contractObligationsSchema } from "./obligations.js";
import { phoneSchema } from "./validators.js";

export const projectManagerSchema = z.object({ name: nameSchema, phone: phoneSchema }).strict();
export type ProjectManager = z.infer<typeof projectManagerSchema>;

/** 物业费标准: yuan per m² per month, two decimals. */
export const feeStandardSchema = z
  .number()
  .min(0, "Cannot be negative.")
  .max(100, "Above 100 yuan per m² per month is surely a typo.")
  .refine((v) => Math.round(v * 100) === Math.round(v * 1e6) / 1e4, "At most two decimals (yuan, fen).");

const endsAfterStart = (c: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn;

export const createContractSchema = z
  .object({
    companyId: z.string().min(1),
    compoundId: z.string().min(1),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    feeStandard: feeStandardSchema,
    projectManager: projectManagerSchema,
    /** Service obligations (服务承诺) complaints and inspections are checked against; none when left out. */
    obligations: contractObligationsSchema.optional(),
  })
  .strict()
  .refine(endsAfterStart, { path: ["endsOn"], message: "Ends before it starts." });
export type CreateContractInput = z.infer<typeof createContractSchema>;

export const updateContractSchema = z
  .object({
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    feeStandard: feeStandardSchema.optional(),
    projectManager: projectManagerSchema.optional(),
    /** Replaces the obligations (an empty list removes them). */
    obligations: contractObligationsSchema.optional(),
  })
  .strict()
  .refine(endsAfterStart, { path: ["endsOn"], message: "Ends before it starts." });
export type UpdateContractInput = z.infer<typeof updateContractSchema>;

/** A contract is active on a day when the day lies in [startsOn, endsOn]. */
export const isActiveOn = (c: { startsOn: string; endsOn: string }, day: string) =>
  c.startsOn <= day && day <= c.endsOn;

/** Two contracts overlap when their date ranges share a day. */
export const rangesOverlap = (
  a: { startsOn: string; endsOn: string },
  b: { startsOn: string; endsOn: string },
) => a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
