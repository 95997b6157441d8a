import { z } from "@hono/zod-openapi";
import { caseKinds, idPattern, periodLabelSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { type CaseKpis, caseKpis } from "../../services/kpis/cases.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { ratioSchema } from "./schema.js";

const labelSchema = z.object({ zh: z.string(), en: z.string() });

const targetedRateSchema = z
  .object({
    name: labelSchema.openapi({ description: "The rate's name, e.g. 响应率 / Response rate." }),
    numerator: z.number().int().min(0),
    denominator: z.number().int().min(0),
    rate: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .openapi({ description: "numerator ÷ denominator; null when 0 ÷ 0." }),
    target: z
      .number()
      .min(0)
      .max(1)
      .openapi({ description: "The county's target (complaintHandling config `targets`)." }),
    meetsTarget: z
      .boolean()
      .nullable()
      .openapi({ description: "rate ≥ target; null while the rate is null." }),
  })
  .openapi("CaseRate", {
    example: {
      name: { zh: "响应率", en: "Response rate" },
      numerator: 47,
      denominator: 50,
      rate: 0.94,
      target: 1,
      meetsTarget: false,
    },
  });

const example = {
  period: "2026-10",
  kind: "month",
  from: "2026-10-01",
  to: "2026-10-31",
  timezone: "Asia/Shanghai",
  regionId: null,
  asAt: "2026-11-03T02:00:00.000Z",
  received: 50,
  cancelled: 2,
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
  overdue: { firstContact: 1, checkIn: 2, resolution: 3, any: 5 },
  byCategory: [
    {
      code: "serviceQuality",
      name: { zh: "物业服务质量", en: "Service quality" },
      kind: "complaint",
      count: 30,
    },
  ],
  byKind: [{ kind: "complaint", name: { zh: "投诉", en: "Complaint" }, count: 30 }],
  byMonth: [{ month: "2026-10", count: 50 }],
  previous: {
    period: "2026-09",
    from: "2026-09-01",
    to: "2026-09-30",
    received: 80,
    responseRate: { numerator: 70, denominator: 78, rate: 0.8974358974358975 },
    resolutionRate: { numerator: 60, denominator: 75, rate: 0.8 },
    satisfactionRate: { numerator: 50, denominator: 60, rate: 0.8333333333333334 },
  },
  change: {
    received: { absolute: -30, relative: -0.375 },
    responseRate: 8.17,
    resolutionRate: 15.24,
    satisfactionRate: 11.4,
  },
};

const caseKpisSchema = z
  .object({
    period: z.string().openapi({ description: "The period measured: `2026-10`, `2026-Q4` or `2026`." }),
    kind: z.enum(["month", "quarter", "year"]),
    from: z.string().openapi({ description: "The period's first day (YYYY-MM-DD, tenant's time zone)." }),
    to: z.string().openapi({ description: "The period's last day (inclusive)." }),
    timezone: z
      .string()
      .openapi({ description: "The tenant's time zone: days and months begin at its midnight." }),
    regionId: z
      .string()
      .nullable()
      .openapi({ description: "The region whose subtree is measured; null for all the caller may see." }),
    asAt: z.string().openapi({
      description: "When the figures were read: overdue counts and undecided deadlines are judged at it.",
    }),
    received: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "受理量: cases received in the period (cancelled ones included)." }),
    cancelled: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "Of those, cancelled as duplicate or invalid; they count in no rate." }),
    responseRate: targetedRateSchema.openapi({
      description:
        "响应率: cases first contacted by their first-contact deadline ÷ cases (not cancelled) whose first-contact deadline falls in the period. A case still inside its deadline and not yet contacted counts in neither part until it is decided.",
    }),
    resolutionRate: targetedRateSchema.openapi({
      description:
        "解决率: cases resolved by their resolution deadline ÷ cases (not cancelled) whose resolution deadline falls in the period; undecided cases as for the response rate.",
    }),
    satisfactionRate: targetedRateSchema.openapi({
      description:
        "满意率: cases rated satisfied or basically satisfied ÷ cases (not cancelled) rated in the period (a re-rated case counts with its latest rating).",
    }),
    overdue: z
      .object({
        firstContact: z
          .number()
          .int()
          .min(0)
          .openapi({ description: "Open cases not contacted and past their first-contact deadline." }),
        checkIn: z.number().int().min(0).openapi({
          description: "Open cases with a department of the current round past its check-in (报到) deadline.",
        }),
        resolution: z
          .number()
          .int()
          .min(0)
          .openapi({ description: "Open cases past their resolution deadline." }),
        any: z.number().int().min(0).openapi({ description: "Open cases past any of these deadlines." }),
      })
      .openapi({ description: "超期: open cases past a deadline now (at `asAt`), whatever the period." }),
    byCategory: z
      .array(
        z.object({
          code: z.string(),
          name: labelSchema,
          kind: z
            .enum(caseKinds)
            .nullable()
            .openapi({ description: "Null for a code the mechanism no longer lists." }),
          count: z.number().int().min(0),
        }),
      )
      .openapi({ description: "Cases received in the period per category (those with any), most first." }),
    byKind: z
      .array(z.object({ kind: z.enum(caseKinds), name: labelSchema, count: z.number().int().min(0) }))
      .openapi({ description: "Cases received in the period per kind (every kind, zeros included)." }),
    byMonth: z.array(z.object({ month: z.string(), count: z.number().int().min(0) })).openapi({
      description: "Cases received per month of the period (YYYY-MM in the tenant's zone), zeros included.",
    }),
    previous: z
      .object({
        period: z.string(),
        from: z.string(),
        to: z.string(),
        received: z.number().int().min(0),
        responseRate: ratioSchema,
        resolutionRate: ratioSchema,
        satisfactionRate: ratioSchema,
      })
      .openapi({
        description:
          "The same figures for the previous period of the same length (2026-10 → 2026-09, 2026-Q1 → 2025-Q4, 2026 → 2025).",
      }),
    change: z
      .object({
        received: z.object({
          absolute: z
            .number()
            .int()
            .openapi({ description: "received − previous received (negative: falling)." }),
          relative: z.number().nullable().openapi({
            description: "absolute ÷ previous received; null when the previous period had none.",
          }),
        }),
        responseRate: z
          .number()
          .nullable()
          .openapi({ description: "Difference in percentage points; null when either rate is null." }),
        resolutionRate: z.number().nullable(),
        satisfactionRate: z.number().nullable(),
      })
      .openapi({
        description:
          "环比: the change against the previous period; the seed's goal is that complaints fall markedly.",
      }),
  })
  .openapi("CaseKpis", { example });

const caseKpisQuery = z.object({
  // Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
  period: periodLabelSchema
    // Only for labels the pattern accepted: one message per mistake.
    .refine((label) => !/^\d{4}/.test(label) || Number(label.slice(0, 4)) >= 1900, "A year from 1900 on.")
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
      description:
        "Measure this region's subtree; default everything the caller may see (region staff: their own region).",
      example: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/cases",
  roles: [...anyTenantRole],
  operationId: "getCaseKpis",
  tags: ["kpis"],
  summary: "Case KPIs: response, resolution and satisfaction rates, overdue cases, volumes and their trend",
  description:
    "The three rates (三率) of a period against the county's targets, open cases past a deadline now, cases received by category, kind and month, and the change against the previous period of the same length. Period boundaries are midnights in the tenant's time zone. Figures cover the cases the caller may see (as in the case list: region staff their subtree, a department officer the cases whistled to the department), narrowed to `regionId`'s subtree when given; a region outside the caller's part answers 404.",
  request: { query: caseKpisQuery },
  responses: {
    200: json(caseKpisSchema, "The figures; each rate is null when its denominator is 0."),
  },
});

const caseKpisJson = (k: CaseKpis) => ({ ...k, asAt: k.asAt.toISOString() });

export const registerGetCaseKpis = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(caseKpisJson(await caseKpis(tenantCtx(c), c.req.valid("query"))), 200),
  );
