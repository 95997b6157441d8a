import { z } from "@hono/zod-openapi";
import { idPattern, levelUnits, regionKinds } from "@propgov/core";
import type { Router } from "../../router.js";
import { mechanismKpis } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const presentRequired = z
  .object({ present: z.number().int().min(0), required: z.number().int().min(0) })
  .openapi("PresentRequired", { example: { present: 3, required: 4 } });

const levelExample = {
  level: "community",
  name: { zh: "社区", en: "Community" },
  unit: "community",
  units: 4,
  complete: 3,
  bodies: { present: 4, required: 4 },
  dedicatedStaff: { present: 3, required: 4 },
  venues: { present: 4, required: 4 },
  guarantors: { present: 0, required: 0 },
};

const levelCompletenessSchema = z
  .object({
    level: z.string(),
    name: z.object({ zh: z.string(), en: z.string() }),
    unit: z.enum(levelUnits),
    units: z.number().int().min(0).openapi({ description: "Units (regions or compounds) of the level." }),
    complete: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "Units with everything the level asks for: body, dedicated staff, venue." }),
    bodies: presentRequired,
    dedicatedStaff: presentRequired,
    venues: presentRequired,
    guarantors: presentRequired.openapi({ description: "Compounds and their grids: one guarantor each." }),
  })
  .openapi("LevelCompleteness", { example: levelExample });

const example = {
  on: "2026-11-26",
  mechanismVersion: 1,
  regionId: null,
  levels: [levelExample],
  byRegion: [
    { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "城关镇", kind: "township", levels: [levelExample] },
  ],
};

const mechanismKpisSchema = z
  .object({
    on: z.string().openapi({ description: "The day measured (today, YYYY-MM-DD)." }),
    mechanismVersion: z.number().int(),
    regionId: z.string().nullable().openapi({ description: "The region measured; null for the county." }),
    levels: z.array(levelCompletenessSchema),
    byRegion: z.array(
      z.object({
        regionId: z.string(),
        name: z.string(),
        kind: z.enum(regionKinds),
        levels: z.array(levelCompletenessSchema),
      }),
    ),
  })
  .openapi("MechanismKpis", { example });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/mechanism",
  roles: ["countyAdmin", "regionStaff", "departmentOfficer"],
  operationId: "getMechanismKpis",
  tags: ["kpis"],
  summary: "Mechanism completeness: bodies, dedicated staff, venues, guarantors present of required",
  description:
    "Per level of the current mechanism, for the county or the subtree of `regionId`, with the same figures for each direct child region. A unit's surplus does not hide another's gap. Region staff read their own subtree (their region by default).",
  request: {
    query: z.object({
      regionId: z
        .string()
        .regex(idPattern("reg"), "Not a region id.")
        .optional()
        .openapi({
          param: { name: "regionId", in: "query" },
          description: "Measure this region's subtree; default the county (region staff: their own region).",
          example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        }),
    }),
  },
  responses: {
    200: json(mechanismKpisSchema, "Completeness per level."),
  },
});

export const registerGetMechanismKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await mechanismKpis(tenantCtx(c), c.req.valid("query")), 200));
