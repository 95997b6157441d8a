import { z } from "@hono/zod-openapi";
import {
  divisionCodeSchema,
  type PresetId,
  presetIds,
  tenantSettingsSchema,
  tenantSlugSchema,
  timeZoneSchema,
} from "@propgov/core";
import type { TenantView } from "../../services/tenants.js";

const example = {
  id: "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  slug: "mengcheng",
  name: "蒙城县",
  divisionCode: "341622",
  timezone: "Asia/Shanghai",
  createdAt: "2026-11-26T08:00:00.000Z",
  demo: false,
  disabledAt: null,
  shard: "default",
};

export const tenantSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    divisionCode: z.string(),
    timezone: z.string(),
    createdAt: z.string(),
    demo: z
      .boolean()
      .openapi({ description: "Sample data (the Mengcheng demo); only such a tenant may be deleted." }),
    disabledAt: z.string().nullable().openapi({
      description: "When the tenant was disabled (its routes answer 404); null while it serves.",
    }),
    shard: z.string().openapi({
      description: "The database shard holding the county's rows (`default`: the directory's own database).",
    }),
  })
  .openapi("Tenant", { example });

export const createTenantBodySchema = z
  .object({
    slug: tenantSlugSchema,
    name: z.string().trim().min(1).max(100),
    divisionCode: divisionCodeSchema,
    timezone: timeZoneSchema.optional().openapi({ description: "IANA zone; default Asia/Shanghai." }),
    preset: z
      .enum(presetIds as [PresetId, ...PresetId[]])
      .optional()
      .openapi({
        description:
          "The mechanism preset the tenant starts from (version 1 of its mechanism); default `anhui-3338`.",
        example: "anhui-3338",
      }),
    settings: tenantSettingsSchema.optional().meta({
      description: "The tenant's settings; defaults where left out. `PUT .../settings` changes them later.",
    }),
    shard: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional()
      .openapi({
        description:
          "The database shard the county's rows go to: `default` (the directory's own database, the default) or a name of the server's `PROPGOV_SHARDS`; an unknown name is 422.",
        example: "default",
      }),
  })
  .strict()
  .openapi("CreateTenantRequest", {
    example: {
      slug: "mengcheng",
      name: "蒙城县",
      divisionCode: "341622",
      timezone: "Asia/Shanghai",
      preset: "anhui-3338",
    },
  });

export const tenantJson = (t: TenantView) => ({
  ...t,
  createdAt: t.createdAt.toISOString(),
  disabledAt: t.disabledAt?.toISOString() ?? null,
});
