import { z } from "@hono/zod-openapi";
import { companyQualifications, creditGrades, isoDateSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { localEnterpriseKpis } from "../../services/kpis/local-enterprises.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { coverageQuery, ratioSchema } from "./schema.js";

const ref = { id: z.string(), name: z.string() };
const servedCompound = z
  .object({
    ...ref,
    companies: z.array(z.object({ ...ref, local: z.boolean() })).openapi({
      description: "The companies serving it under a contract in force on the day.",
    }),
  })
  .openapi("LocallyServedCompound");
const ratedCompany = z.object({ ...ref, grade: z.enum(creditGrades) }).openapi("LocalRatedCompany");
const brandCompany = z
  .object({
    ...ref,
    brandRank: z.number().int().nullable(),
    qualification: z.enum(companyQualifications).nullable(),
    enteredCountyYear: z.number().int().nullable(),
  })
  .openapi("BrandCompany");

const figure = <T extends z.ZodTypeAny>(unit: T, description: string) =>
  z
    .object({
      numerator: ratioSchema.shape.numerator,
      denominator: ratioSchema.shape.denominator,
      rate: ratioSchema.shape.rate,
      counted: z.array(unit).openapi({ description: "What the numerator counts." }),
      notCounted: z.array(unit).openapi({ description: "The rest of the denominator." }),
    })
    .openapi({ description });

export const localEnterpriseSchema = z
  .object({
    on: z.string().openapi({ description: "The day measured (YYYY-MM-DD)." }),
    year: z.number().int().openapi({ description: 'The year of `on`: "this year" of the brand figure.' }),
    regionId: z
      .string()
      .nullable()
      .openapi({ description: "The region of the compound share; null for the county." }),
    settings: z
      .object({
        brandMaxRank: z.number().int().nullable(),
        brandQualifications: z.array(z.enum(companyQualifications)),
        minCreditGrade: z.enum(creditGrades),
      })
      .openapi({ description: "The mechanism's `policies.cultivateExcellence.config.localEnterprises`." }),
    localServedCompounds: figure(
      servedCompound,
      "本地企业服务小区占比: active compounds under a service contract in force on the day (not archived, startsOn ≤ on ≤ endsOn, as the coverage KPIs count) with a local company among their companies ÷ active compounds under a contract in force, in the region.",
    ),
    localWellRated: figure(
      ratedCompany,
      "本地企业信用 AA 级以上: active local companies whose credit grade on the day (from their credit files) is `settings.minCreditGrade` (default AA) or better ÷ active local companies; county-wide.",
    ),
    brandEnteredThisYear: figure(
      brandCompany,
      "当年引进品牌企业: active brand companies (brandRank ≤ `settings.brandMaxRank`, or a qualification in `settings.brandQualifications`) whose enteredCountyYear is the year of `on` ÷ active brand companies; county-wide.",
    ),
  })
  .openapi("LocalEnterpriseKpis");

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/local-enterprises",
  roles: ["countyAdmin", "regionStaff", "departmentOfficer"],
  operationId: "getLocalEnterpriseKpis",
  tags: ["kpis"],
  summary: "Local and brand companies (招大引强、培育本地企业)",
  description:
    "Three figures on the day `on` (default today in the tenant's zone), each with its numerator, denominator and the companies or compounds behind them: the share of compounds served by local companies (in the subtree of `regionId`; region staff: their region by default), local companies at the mechanism's grade or better, and brand companies that entered the county in the year of `on`.",
  request: {
    query: z.object({
      regionId: coverageQuery.shape.regionId,
      on: isoDateSchema.optional().meta({
        param: { name: "on", in: "query" },
        description: "The day (YYYY-MM-DD); default today in the tenant's time zone.",
        example: "2026-11-26",
      }),
    }),
  },
  responses: {
    200: json(localEnterpriseSchema, "The figures; each rate is null when its denominator is 0."),
  },
});

export const registerGetLocalEnterpriseKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await localEnterpriseKpis(tenantCtx(c), c.req.valid("query")), 200));
