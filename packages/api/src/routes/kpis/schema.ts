import { z } from "@hono/zod-openapi";
import { idPattern, isoDateSchema, regionKinds } from "@propgov/core";
import { booleanQuery } from "../shared.js";

export const ratioSchema = z
  .object({
    numerator: z.number().int().min(0),
    denominator: z.number().int().min(0),
    rate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .openapi({ description: "numerator ÷ denominator; null when 0 ÷ 0." }),
  })
  .openapi("Ratio", { example: { numerator: 3, denominator: 4, rate: 0.75 } });

const figures = {
  serviceCoverage: ratioSchema.openapi({
    description:
      "物业服务覆盖率: active compounds under a service contract in force on the day, or self-managed with a recorded start (selfManagedSince) on or before it ÷ active compounds. A compound's declared service mode alone does not count.",
  }),
  committeeFormation: ratioSchema.openapi({
    description:
      "业委会组建率: active compounds with an owners' committee in term on the day ÷ active compounds.",
  }),
  partyOrgFormation: ratioSchema.openapi({
    description:
      "党组织组建率: eligible units (compounds by resident party members, committees in term, companies; eligible with at least the mechanism's `thresholds.partyEligibility` party members, or the partyLeadership policy's `eligibilityThreshold`) that have an active party organisation ÷ eligible units.",
  }),
};

const example = {
  on: "2026-11-26",
  regionId: null,
  serviceCoverage: { numerator: 45, denominator: 50, rate: 0.9 },
  committeeFormation: { numerator: 30, denominator: 50, rate: 0.6 },
  partyOrgFormation: { numerator: 18, denominator: 24, rate: 0.75 },
  partyEligibility: 3,
  byRegion: [
    {
      regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      name: "城关街道",
      kind: "street",
      serviceCoverage: { numerator: 20, denominator: 20, rate: 1 },
      committeeFormation: { numerator: 15, denominator: 20, rate: 0.75 },
      partyOrgFormation: { numerator: 10, denominator: 12, rate: 0.8333333333333334 },
    },
  ],
};

const unitRef = {
  type: z.enum(["compound", "committee", "company"]),
  id: z.string(),
  name: z.string(),
};
const partyUnit = z.object({ ...unitRef, partyMembers: z.number().int() });

export const coverageUnitsSchema = z
  .object({
    serviceCoverage: z.object({
      counted: z.array(
        z.object({
          ...unitRef,
          basis: z.enum(["contract", "selfManaged"]).openapi({
            description:
              "contract: a service contract in force on the day; selfManaged: self-management started by then.",
          }),
        }),
      ),
      notCounted: z.array(z.object(unitRef)),
    }),
    committeeFormation: z.object({
      counted: z.array(z.object(unitRef)),
      notCounted: z.array(z.object(unitRef)),
    }),
    partyOrgFormation: z.object({
      counted: z.array(partyUnit),
      notCounted: z.array(partyUnit).openapi({ description: "Eligible units without a party organisation." }),
    }),
  })
  .openapi("CoverageUnits");

export const regionCoverageSchema = z
  .object({ regionId: z.string(), name: z.string(), kind: z.enum(regionKinds), ...figures })
  .openapi("RegionCoverage", { example: example.byRegion[0] });

export const coverageSchema = z
  .object({
    on: z.string().openapi({ description: "The day measured (YYYY-MM-DD)." }),
    regionId: z.string().nullable().openapi({ description: "The region measured; null for the county." }),
    ...figures,
    partyEligibility: z.number().int().openapi({
      description:
        "From how many full party members a unit is eligible for its own party organisation, in this county.",
    }),
    byRegion: z.array(regionCoverageSchema).openapi({
      description:
        "The same figures for each direct child of the region (of the county: its townships and streets).",
    }),
    units: coverageUnitsSchema.optional().openapi({
      description:
        "With `units=true`: the units behind each numerator and denominator of the region measured.",
    }),
  })
  .openapi("Coverage", { example });

export const coverageQuery = z.object({
  regionId: z
    .string()
    .regex(idPattern("reg"), "Not a region id.")
    .optional()
    .openapi({
      param: { name: "regionId", in: "query" },
      description: "Measure this region's subtree; default the county (region staff: their own region).",
      example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    }),
  on: isoDateSchema.optional().meta({
    param: { name: "on", in: "query" },
    description: "The day (YYYY-MM-DD); default today in the tenant's time zone.",
    example: "2026-11-26",
  }),
  units: booleanQuery.openapi({
    param: { name: "units", in: "query" },
    description: "List the units behind each numerator and denominator.",
    example: "true",
  }),
});
