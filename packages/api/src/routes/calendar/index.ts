import { z } from "@hono/zod-openapi";
import { calendarDayKinds, calendarOverrideSchema } from "@propgov/core";
import type { Router } from "../../router.js";
import { clearCalendarDay, getCalendar, setCalendarDay } from "../../services/calendar.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });

export const calendarSchema = z
  .object({
    year: z.number().int(),
    notice: z
      .object({ title: z.string(), number: z.string(), issuedOn: z.string(), url: z.string() })
      .nullable()
      .openapi({ description: "The State Council General Office notice the national preset follows." }),
    days: z.array(
      z.object({
        date: z.string(),
        kind: z.enum(["holiday", "workday"]),
        name: label,
        source: z.enum(["national", "county"]),
        notice: z.string().nullable(),
      }),
    ),
  })
  .openapi("WorkingCalendar", {
    example: {
      year: 2026,
      notice: {
        title: "国务院办公厅关于2026年部分节假日安排的通知",
        number: "国办发明电〔2025〕7号",
        issuedOn: "2025-11-04",
        url: "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
      },
      days: [
        {
          date: "2026-02-14",
          kind: "workday",
          name: { zh: "春节调休上班", en: "Spring Festival make-up working day" },
          source: "national",
          notice: "国办发明电〔2025〕7号",
        },
      ],
    },
  });

const yearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "query" }, example: 2026 }),
});

const dateParam = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "A date such as 2026-10-10.")
    .openapi({ param: { name: "date", in: "path" }, example: "2026-10-10" }),
});

const body = calendarOverrideSchema.meta({
  id: "CalendarDayRequest",
  example: { kind: "holiday", name: { zh: "县庆放假", en: "County day off" } },
});

const getRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/calendar",
  roles: anyTenantRole,
  operationId: "getWorkingCalendar",
  tags: ["calendar"],
  summary: "The working calendar of a year (法定节假日 / 调休)",
  description:
    "The national preset (from the State Council General Office's notice) with the county's own entries. Working-day deadlines skip the holidays and count the make-up working days.",
  request: { query: yearQuery },
  responses: { 200: json(calendarSchema, "The year's holidays and make-up working days.") },
});

const putRoute = defineRoute({
  method: "put",
  path: "/v1/tenants/{tenant}/calendar/{date}",
  roles: ["countyAdmin"],
  operationId: "setCalendarDay",
  tags: ["calendar"],
  summary: "Set the county's entry for a day",
  description: `\`kind\`: ${calendarDayKinds.join(", ")} (\`regular\` puts a preset day back to the weekday rule). Audited.`,
  request: {
    params: dateParam,
    body: { content: { "application/json": { schema: body } }, required: true },
  },
  responses: { 200: json(calendarSchema, "The year's calendar after the change.") },
});

const deleteRoute = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/calendar/{date}",
  roles: ["countyAdmin"],
  operationId: "clearCalendarDay",
  tags: ["calendar"],
  summary: "Remove the county's entry for a day (the national preset applies again)",
  description: "404 when the county has no entry of its own for the day. Audited.",
  request: { params: dateParam },
  responses: { 200: json(calendarSchema, "The year's calendar after the change.") },
});

export function registerCalendarRoutes(app: Router) {
  app.openapi(getRoute, async (c) => c.json(await getCalendar(tenantCtx(c), c.req.valid("query").year), 200));
  app.openapi(putRoute, async (c) =>
    c.json(await setCalendarDay(tenantCtx(c), c.req.valid("param").date, c.req.valid("json")), 200),
  );
  app.openapi(deleteRoute, async (c) =>
    c.json(await clearCalendarDay(tenantCtx(c), c.req.valid("param").date), 200),
  );
}
