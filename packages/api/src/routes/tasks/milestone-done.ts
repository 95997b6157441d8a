import { z } from "@hono/zod-openapi";
import { MAX_TASK_MILESTONES } from "@propgov/core";
import type { Router } from "../../router.js";
import { completeMilestone } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskConflict, taskIdParam, taskJson, taskOwnerRoles, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/milestones/{index}/done",
  roles: taskOwnerRoles,
  operationId: "completeTaskMilestone",
  tags: ["tasks"],
  summary: "Mark a milestone of a task done (owner)",
  description:
    "The owning unit reports a milestone done, while the task is neither verified nor closed (then 409). Milestones are numbered from 0 in the order of the task's list; marking a done one again changes nothing.",
  request: {
    params: taskIdParam.extend({
      index: z.coerce
        .number()
        .int()
        .min(0)
        .max(MAX_TASK_MILESTONES - 1)
        .openapi({ param: { name: "index", in: "path" }, example: 0 }),
    }),
  },
  responses: {
    200: json(taskSchema, "The task with the milestone done."),
    ...taskConflict,
  },
});

export const registerCompleteTaskMilestone = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id, index } = c.req.valid("param");
    return c.json(taskJson(await completeMilestone(tenantCtx(c), id, index)), 200);
  });
