import { z } from "@hono/zod-openapi";
import { compact2Level } from "@propgov/core";
import type { Router } from "../../router.js";
import { listMechanismPresets, presetMechanism } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { mechanismDocumentSchema } from "./schema.js";

const label = z.object({ zh: z.string(), en: z.string() });

const presetSummarySchema = z
  .object({
    id: z.string().openapi({ example: "anhui-3338" }),
    name: label,
    levels: z.array(label).openapi({ description: "Its levels' names, top down." }),
  })
  .openapi("MechanismPresetSummary");

const presetSchema = z
  .object({ id: z.string(), document: mechanismDocumentSchema })
  .openapi("MechanismPreset", {
    example: { id: "compact-2level", document: { ...compact2Level, preset: "compact-2level" } },
  });

const presetParam = z.object({
  preset: z
    .string()
    .min(1)
    .max(60)
    .openapi({ param: { name: "preset", in: "path" }, example: "anhui-3338" }),
});

const list = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/presets",
  roles: anyTenantRole,
  operationId: "listMechanismPresets",
  tags: ["mechanism"],
  summary: "List the presets shipped with propgov",
  description:
    "The mechanisms a county can start from or compare its own with (`GET mechanism/presets/{preset}`).",
  responses: {
    200: json(z.object({ items: z.array(presetSummarySchema) }), "The presets."),
  },
});

const get = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/presets/{preset}",
  roles: anyTenantRole,
  operationId: "getMechanismPreset",
  tags: ["mechanism"],
  summary: "Get a preset's document, to compare with the county's own",
  description:
    "Validated with this deployment's policies and with defaults filled in, as a county's own version would be stored, so that a comparison shows only real differences.",
  request: { params: presetParam },
  responses: {
    200: json(presetSchema, "The preset's document."),
  },
});

export function registerMechanismPresets(app: Router) {
  app.openapi(list, (c) => c.json({ items: listMechanismPresets(tenantCtx(c)) }, 200));
  app.openapi(get, (c) => {
    const { preset } = c.req.valid("param");
    return c.json({ id: preset, document: presetMechanism(tenantCtx(c), preset) }, 200);
  });
}
