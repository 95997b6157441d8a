import { z } from "zod";
import { type Label, nameSchema } from "./common.js";

export const regionKinds = ["township", "street", "community"] as const;
export type RegionKind = (typeof regionKinds)[number];

export const regionKindLabels: Record<RegionKind, Label> = {
  township: { zh: "乡镇", en: "Township" },
  street: { zh: "街道", en: "Street (sub-district)" },
  community: { zh: "社区", en: "Community" },
};

/** Which kinds may be the parent of which: townships and streets sit under the county. */
export const allowedParentKinds: Record<RegionKind, readonly (RegionKind | null)[]> = {
  township: [null],
  street: [null],
  community: ["township", "street"],
};

export const regionCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .regex(/^[0-9A-Za-z-]+$/, "Letters, digits and hyphens (e.g. the statistical code 341622001).");

export const createRegionSchema = z
  .object({
    kind: z.enum(regionKinds),
    parentId: z.string().min(1).nullable().optional(),
    name: nameSchema,
    code: regionCodeSchema.nullable().optional(),
  })
  .strict();
export type CreateRegionInput = z.infer<typeof createRegionSchema>;

export const updateRegionSchema = z
  .object({
    parentId: z.string().min(1).nullable().optional(),
    name: nameSchema.optional(),
    code: regionCodeSchema.nullable().optional(),
  })
  .strict();
export type UpdateRegionInput = z.infer<typeof updateRegionSchema>;

/** Why a region of `kind` cannot sit under a parent of `parentKind` (null = the county), or null. */
export function regionParentProblem(kind: RegionKind, parentKind: RegionKind | null): string | null {
  if (allowedParentKinds[kind].includes(parentKind)) return null;
  if (kind === "community") return "A community sits under a township or a street.";
  return `A ${kind} sits directly under the county (no parent).`;
}
