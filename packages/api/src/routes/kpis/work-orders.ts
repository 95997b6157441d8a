import { z } from "@hono/zod-openapi";
import { periodLabelSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { type WorkOrderKpis, workOrderKpis } from "../../services/kpis/work-orders.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { ratioSchema } from "./schema.js";

const figures = {
  dispatched: z
    .number()
    .int()
    .min(0)
    .openapi({ description: "Dispatches (派单 / 改派) to the unit in the period." }),
  acknowledgedIn24h: ratioSchema.openapi({
    description: "24 小时签收率: acknowledged within 24 h ÷ dispatches decided.",
  }),
  onTimeCompletion: ratioSchema.openapi({
    description: "按期办结率: kept work orders resolved by their deadline ÷ those decided.",
  }),
  returnRate: ratioSchema.openapi({ description: "退单率: dispatches the unit returned ÷ dispatches." }),
  repeatRate: ratioSchema.openapi({
    description: "重复件率: repeat complaints merged into kept work orders ÷ kept work orders.",
  }),
  extensionRate: ratioSchema.openapi({
    description: "延期率: kept work orders with an approved extension ÷ kept work orders.",
  }),
  supervised: z.number().int().min(0).openapi({ description: "督办件: kept work orders under supervision." }),
};

const schema = z
  .object({
    period: z.string(),
    from: z.string(),
    to: z.string(),
    timezone: z.string(),
    asAt: z.string(),
    total: z.object(figures),
    units: z.array(
      z.object({
        type: z.enum(["community", "department"]),
        id: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        ...figures,
      }),
    ),
  })
  .openapi("WorkOrderKpis");

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/work-orders",
  roles: ["countyAdmin", "dispatcher", "regionStaff", "departmentOfficer"],
  operationId: "getWorkOrderKpis",
  tags: ["kpis"],
  summary: "12345 work-order KPIs per unit and period (签收率, 按期办结率, 退单率, 重复件率, 延期率, 督办)",
  description:
    "Over the dispatches made in the period. A returned dispatch counts against the unit only in its return rate; the other rates are over the work orders the unit kept.",
  request: {
    query: z.object({
      period: periodLabelSchema.optional().meta({
        param: { name: "period", in: "query" },
        description:
          "A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month.",
        example: "2026-10",
      }),
    }),
  },
  responses: { 200: json(schema, "The figures, in total and per unit.") },
});

const asJson = (k: WorkOrderKpis) => ({ ...k, asAt: k.asAt.toISOString() });

export const registerGetWorkOrderKpis = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(asJson(await workOrderKpis(tenantCtx(c), c.req.valid("query"))), 200),
  );
