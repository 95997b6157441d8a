import { z } from "@hono/zod-openapi";
import { periodLabelSchema, taskOwnerUnitTypes } from "@propgov/core";
import type { Router } from "../../router.js";
import { taskKpis } from "../../services/tasks/kpis.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";

const count = (description: string) => z.number().int().min(0).openapi({ description });

const figures = {
  due: count("Tasks due in the period."),
  completedOnTime: count(
    "按时完成: verified or closed, and submitted by the end of the due day (the county's time zone).",
  ),
  completedLate: count("逾期完成: verified or closed, submitted after the due day."),
  openOverdue: count("逾期未完成: neither verified nor closed, and the due day has passed."),
  openNotDue: count("Neither verified nor closed, not yet past due: undecided, in no part of the rate."),
  onTimeRate: z.number().min(0).max(1).nullable().openapi({
    description:
      "按时完成率: completedOnTime ÷ (completedOnTime + completedLate + openOverdue), the tasks due in the period whose outcome is decided; null when none is (nothing due, or nothing due yet).",
  }),
};

const unitExample = {
  unitType: "company",
  unitId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "蒙城县第1物业服务有限公司",
  due: 4,
  completedOnTime: 2,
  completedLate: 1,
  openOverdue: 1,
  openNotDue: 0,
  onTimeRate: 0.5,
};

const taskKpisSchema = z
  .object({
    period: z.string(),
    kind: z.enum(["month", "quarter", "year"]),
    from: z.string().openapi({ description: "The period's first day." }),
    to: z.string().openapi({ description: "The period's last day (inclusive)." }),
    timezone: z.string(),
    today: z.string().openapi({ description: "The county's date the figures were judged on." }),
    ownerUnitType: z.enum(taskOwnerUnitTypes).nullable(),
    units: z
      .array(
        z
          .object({
            unitType: z.enum(taskOwnerUnitTypes),
            unitId: z.string(),
            name: z.string(),
            ...figures,
          })
          .openapi("TaskKpiUnit", { example: unitExample }),
      )
      .openapi({
        description:
          "Every owner unit with a task due in the period, lowest on-time rate first (null rates last).",
      }),
    totals: z.object(figures).openapi({ description: "All those units together." }),
  })
  .openapi("TaskKpis", {
    example: {
      period: "2026-10",
      kind: "month",
      from: "2026-10-01",
      to: "2026-10-31",
      timezone: "Asia/Shanghai",
      today: "2026-11-03",
      ownerUnitType: null,
      units: [unitExample],
      totals: {
        due: 4,
        completedOnTime: 2,
        completedLate: 1,
        openOverdue: 1,
        openNotDue: 0,
        onTimeRate: 0.5,
      },
    },
  });

const query = z.object({
  // Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
  period: periodLabelSchema
    .refine((label) => !/^\d{4}/.test(label) || Number(label.slice(0, 4)) >= 1900, "A year from 1900 on.")
    .optional()
    .meta({
      param: { name: "period", in: "query" },
      description:
        "A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month.",
      example: "2026-10",
    }),
  ownerUnitType: z
    .enum(taskOwnerUnitTypes)
    .optional()
    .openapi({ param: { name: "ownerUnitType", in: "query" }, example: "department" }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/kpis/tasks",
  roles: [...anyTenantRole],
  operationId: "getTaskKpis",
  tags: ["tasks", "kpis"],
  summary: "On-time completion of tasks per owner unit (责任清单按时完成率)",
  description:
    "For the tasks the caller sees (as in the task list) that are due in the period: per owner unit, completed on time, late, open and overdue, and the on-time rate, worst first.",
  request: { query },
  responses: {
    200: json(taskKpisSchema, "The figures."),
  },
});

export const registerGetTaskKpis = (app: Router) =>
  app.openapi(route, async (c) => c.json(await taskKpis(tenantCtx(c), c.req.valid("query")), 200));
