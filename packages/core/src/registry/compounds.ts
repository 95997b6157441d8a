import { z } from "zod";
import { countSchema, isoDateSchema, type Label, nameSchema } from "./common.js";
import { phoneSchema } from "./validators.js";

export const serviceModes = ["professional", "selfManaged", "none"] as const;
export type ServiceMode = (typeof serviceModes)[number];

export const serviceModeLabels: Record<ServiceMode, Label> = {
  professional: { zh: "专业化物业服务", en: "Professional property service" },
  selfManaged: { zh: "自管", en: "Self-managed" },
  none: { zh: "无物业服务", en: "No property service" },
};

/** Chinese spellings staff write in spreadsheets, mapped to service modes. */
export const serviceModeAliases: Record<string, ServiceMode> = {
  专业化物业服务: "professional",
  专业化物业: "professional",
  专业物业: "professional",
  物业服务企业: "professional",
  自管: "selfManaged",
  自治管理: "selfManaged",
  业主自管: "selfManaged",
  无: "none",
  无物业: "none",
  无物业服务: "none",
};

/** A grid's guarantor (网格包保责任人): a user of the tenant, or a named person with a phone. */
export const guarantorSchema = z
  .object({
    userId: z.string().min(1).optional(),
    name: nameSchema.optional(),
    phone: phoneSchema.optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    const byUser = g.userId !== undefined;
    const byPerson = g.name !== undefined || g.phone !== undefined;
    if (byUser && byPerson) {
      ctx.addIssue({ code: "custom", message: "Give either userId, or name and phone; not both." });
    } else if (!byUser) {
      if (g.name === undefined)
        ctx.addIssue({ code: "custom", path: ["name"], message: "Required without userId." });
      if (g.phone === undefined)
        ctx.addIssue({ code: "custom", path: ["phone"], message: "Required without userId." });
    }
  });
export type Guarantor = z.infer<typeof guarantorSchema>;

export const gridInputSchema = z
  .object({
    id: z.string().min(1).optional(),
    name: nameSchema,
    guarantor: guarantorSchema.nullable().optional(),
  })
  .strict();
export type GridInput = z.infer<typeof gridInputSchema>;

/** WGS-84 within China's extent, loosely. */
export const locationSchema = z
  .object({
    lat: z.number().min(3).max(54),
    lng: z.number().min(73).max(136),
  })
  .strict();

const gridsSchema = z
  .array(gridInputSchema)
  .max(500)
  .refine((grids) => new Set(grids.map((g) => g.name)).size === grids.length, "Grid names repeat.");

const compoundFields = {
  name: nameSchema,
  address: z.string().trim().min(1).max(200),
  communityId: z.string().min(1),
  buildings: countSchema,
  households: countSchema,
  location: locationSchema.nullable().optional(),
  serviceMode: z.enum(serviceModes),
  /**
   * The day a self-managed compound's arrangement (自管) started. Service coverage counts a
   * self-managed compound from this day on, and not at all without it.
   */
  selfManagedSince: isoDateSchema.nullable().optional(),
  residentPartyMembers: countSchema.default(0),
  grids: gridsSchema.default([]),
};

const selfManagedOnly = (
  c: { serviceMode?: ServiceMode | undefined; selfManagedSince?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (c.selfManagedSince && c.serviceMode !== undefined && c.serviceMode !== "selfManaged") {
    ctx.addIssue({
      code: "custom",
      path: ["selfManagedSince"],
      message: "Only a self-managed compound (serviceMode selfManaged) has a self-management start date.",
    });
  }
};

export const createCompoundSchema = z.object(compoundFields).strict().superRefine(selfManagedOnly);
export type CreateCompoundInput = z.infer<typeof createCompoundSchema>;

export const updateCompoundSchema = z
  .object({
    name: compoundFields.name.optional(),
    address: compoundFields.address.optional(),
    communityId: compoundFields.communityId.optional(),
    buildings: countSchema.optional(),
    households: countSchema.optional(),
    location: compoundFields.location,
    serviceMode: z.enum(serviceModes).optional(),
    selfManagedSince: compoundFields.selfManagedSince,
    residentPartyMembers: countSchema.optional(),
    // Not `compoundFields.grids.optional()`: zod would still fill in the default `[]` when
    // `grids` is left out, and a PATCH without grids would delete them all.
    grids: gridsSchema.optional(),
  })
  .strict()
  .superRefine(selfManagedOnly);
export type UpdateCompoundInput = z.infer<typeof updateCompoundSchema>;
