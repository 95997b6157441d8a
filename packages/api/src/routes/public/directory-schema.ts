import { z } from "@hono/zod-openapi";
import { caseKinds, idPattern, periodLabelSchema, regionKinds } from "@propgov/core";
import { ratioSchema } from "../kpis/schema.js";
import { paginationQuery } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });

export const publicCompoundQuery = paginationQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .default(20)
    .openapi({ param: { name: "limit", in: "query" }, example: 20 }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: "Part of the compound's name or address, or of its community's name.",
      example: "阳光",
    }),
});

export const publicCompoundSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    community: z.object({ id: z.string(), name: z.string() }),
  })
  .openapi("PublicCompound", {
    example: {
      id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      name: "阳光花园",
      address: "蒙城县城关街道建设路 88 号",
      community: { id: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1", name: "城南社区" },
    },
  });

export const publicIntakeSchema = z
  .object({
    tenant: z.object({ slug: z.string(), name: z.string() }),
    categories: z.array(z.object({ code: z.string(), name: label, kind: z.enum(caseKinds) })),
    privacyUrl: z
      .string()
      .nullable()
      .openapi({ description: "The county's privacy text (PIPL notice); null when the county set none." }),
    photos: z
      .object({
        max: z.number().int().openapi({ description: "Photos a resident may add to a case." }),
        maxBytes: z.number().int().openapi({ description: "The largest photo, in bytes." }),
        maxSide: z
          .number()
          .int()
          .openapi({ description: "Scale photos to this many pixels on the long side before upload." }),
        types: z.array(z.string()).openapi({ description: "The image types taken." }),
        windowMinutes: z
          .number()
          .int()
          .openapi({ description: "Photos are added within this many minutes of filing." }),
      })
      .openapi({ description: "What `POST /public/cases/{trackingCode}/photos` takes." }),
  })
  .openapi("PublicIntakeForm", {
    example: {
      tenant: { slug: "mengcheng", name: "蒙城县" },
      categories: [
        { code: "serviceQuality", name: { zh: "物业服务质量", en: "Service quality" }, kind: "complaint" },
      ],
      privacyUrl: "https://www.mengcheng.gov.cn/privacy.html",
      photos: {
        max: 6,
        maxBytes: 5_242_880,
        maxSide: 1600,
        types: ["image/jpeg", "image/png", "image/webp"],
        windowMinutes: 30,
      },
    },
  });

export const publicKpiQuery = z.object({
  // Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
  period: periodLabelSchema
    .refine((l) => !/^\d{4}/.test(l) || Number(l.slice(0, 4)) >= 1900, "A year from 1900 on.")
    .optional()
    .meta({
      param: { name: "period", in: "query" },
      description:
        "A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month.",
      example: "2026-10",
    }),
  regionId: z
    .string()
    .regex(idPattern("reg"), "Not a region id.")
    .optional()
    .openapi({
      param: { name: "regionId", in: "query" },
      description: "A township or street of the county (one of `regions`); default the whole county.",
      example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    }),
});

const namedRatio = ratioSchema.extend({ name: label });
const targetedRate = namedRatio.extend({
  target: z.number().min(0).max(1),
  meetsTarget: z.boolean().nullable(),
});
const regionRef = z.object({ id: z.string(), name: z.string(), kind: z.enum(regionKinds) });

export const publicKpiSchema = z
  .object({
    period: z.string(),
    from: z.string(),
    to: z.string(),
    timezone: z.string(),
    on: z.string().openapi({ description: "The day the three 100% rates were read (tenant's zone)." }),
    region: regionRef.nullable().openapi({ description: "Null for the whole county." }),
    received: z.number().int().min(0).openapi({ description: "受理量: cases received in the period." }),
    caseRates: z
      .object({ responseRate: targetedRate, resolutionRate: targetedRate, satisfactionRate: targetedRate })
      .openapi({ description: "三率 of the period, as `GET /kpis/cases` defines them." }),
    coverage: z
      .object({
        serviceCoverage: namedRatio,
        committeeFormation: namedRatio,
        partyOrgFormation: namedRatio,
      })
      .openapi({ description: "The three 100% goals today, as `GET /kpis/coverage` defines them." }),
    regions: z.array(regionRef).openapi({ description: "Townships and streets whose figures can be read." }),
  })
  .openapi("PublicKpis", {
    example: {
      period: "2026-10",
      from: "2026-10-01",
      to: "2026-10-31",
      timezone: "Asia/Shanghai",
      on: "2026-11-03",
      region: null,
      received: 50,
      caseRates: {
        responseRate: {
          name: { zh: "响应率", en: "Response rate" },
          numerator: 47,
          denominator: 48,
          rate: 0.9791666666666666,
          target: 1,
          meetsTarget: false,
        },
        resolutionRate: {
          name: { zh: "解决率", en: "Resolution rate" },
          numerator: 40,
          denominator: 42,
          rate: 0.9523809523809523,
          target: 0.95,
          meetsTarget: true,
        },
        satisfactionRate: {
          name: { zh: "满意率", en: "Satisfaction rate" },
          numerator: 36,
          denominator: 38,
          rate: 0.9473684210526315,
          target: 0.9,
          meetsTarget: true,
        },
      },
      coverage: {
        serviceCoverage: {
          name: { zh: "物业服务覆盖率", en: "Property service coverage" },
          numerator: 45,
          denominator: 50,
          rate: 0.9,
        },
        committeeFormation: {
          name: { zh: "业委会组建率", en: "Owners' committee formation" },
          numerator: 30,
          denominator: 50,
          rate: 0.6,
        },
        partyOrgFormation: {
          name: { zh: "党组织组建率", en: "Party organisation formation" },
          numerator: 18,
          denominator: 24,
          rate: 0.75,
        },
      },
      regions: [{ id: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "城关街道", kind: "street" }],
    },
  });
