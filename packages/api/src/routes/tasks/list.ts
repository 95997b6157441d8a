import { z } from "@hono/zod-openapi";
import { idPattern, taskOwnerUnitTypes, taskSources, taskStatuses } from "@propgov/core";
import type { Router } from "../../router.js";
import { listTasks } from "../../services/tasks/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, json, pageOf, paginationQuery } from "../shared.js";
import { taskActorRoles, taskJson, taskSchema } from "./schema.js";

const query = paginationQuery.extend({
  ownerUnitType: z
    .enum(taskOwnerUnitTypes)
    .optional()
    .openapi({ param: { name: "ownerUnitType", in: "query" }, example: "company" }),
  ownerUnitId: z
    .string()
    .regex(idPattern("reg", "dep", "cmp", "cmt"), "Not a region, department, company or committee id.")
    .optional()
    .openapi({ param: { name: "ownerUnitId", in: "query" }, example: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
  status: z
    .enum(taskStatuses)
    .optional()
    .openapi({ param: { name: "status", in: "query" }, example: "inProgress" }),
  overdue: booleanQuery.openapi({
    param: { name: "overdue", in: "query" },
    description: "true: neither verified nor closed and past the due date; false: the others.",
    example: "true",
  }),
  source: z
    .enum(taskSources)
    .optional()
    .openapi({ param: { name: "source", in: "query" }, example: "finding" }),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: "Text in the title or description.",
      example: "公示",
    }),
});

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/tasks",
  roles: taskActorRoles,
  operationId: "listTasks",
  tags: ["tasks"],
  summary: "List tasks, filtered by owner unit, status, overdue and source",
  description:
    "Newest first. The county sees every task; region staff the tasks of their subtree and those they issued; a department officer, company staff or committee member their own unit's.",
  request: { query },
  responses: {
    200: json(pageOf(taskSchema, "TaskPage"), "A page of tasks, newest first."),
  },
});

export const registerListTasks = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listTasks(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(taskJson), nextCursor: page.nextCursor }, 200);
  });
