import { z } from "@hono/zod-openapi";

const label = z.object({ zh: z.string(), en: z.string() });

const example = {
  id: "gridResponsibility",
  title: { zh: "网格包保制度", en: "Grid responsibility" },
  description: {
    zh: "每个小区、每个网格都有包保责任人。",
    en: "Every compound and every grid has a guarantor.",
  },
  builtin: true,
  evaluates: ["compounds", "grids"],
  configSchema: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties: {
      requireCompoundGuarantor: { type: "boolean", default: true },
      requireGridGuarantor: { type: "boolean", default: true },
      requireGrids: { type: "boolean", default: true },
    },
    additionalProperties: false,
  },
  defaults: { requireCompoundGuarantor: true, requireGridGuarantor: true, requireGrids: true },
  enabled: true,
  config: { requireCompoundGuarantor: true, requireGridGuarantor: true, requireGrids: true },
};

export const policySchema = z
  .object({
    id: z.string(),
    title: label,
    description: label,
    builtin: z
      .boolean()
      .openapi({ description: "Shipped with propgov (false: a plugin of this deployment)." }),
    evaluates: z.array(z.string()).openapi({
      description: "What the policy judges today; empty when its data does not exist yet (no findings).",
    }),
    configSchema: z.record(z.string(), z.unknown()).openapi({
      description: "JSON Schema of the config as written (defaults optional), for generated forms.",
    }),
    defaults: z.unknown().openapi({ description: "The config when the tenant sets nothing." }),
    enabled: z.boolean(),
    config: z.unknown().openapi({
      description:
        "The tenant's config with defaults filled in; null when the mechanism does not list the policy.",
    }),
  })
  .openapi("Policy", { example });

export const policyListSchema = z
  .object({
    mechanismVersion: z.number().int(),
    items: z.array(policySchema),
  })
  .openapi("PolicyList", { example: { mechanismVersion: 1, items: [example] } });
