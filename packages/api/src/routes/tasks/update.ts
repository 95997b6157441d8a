import type { Router } from "../../router.js";
import { updateTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  taskConflict,
  taskIdParam,
  taskIssuerRoles,
  taskJson,
  taskSchema,
  updateTaskBody,
} from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/tasks/{id}",
  roles: taskIssuerRoles,
  operationId: "updateTask",
  tags: ["tasks"],
  summary: "Change a task (title, description, due date, milestones, assignee)",
  description:
    "The issuer's side changes a task until it is verified (then 409). `milestones` replaces the list; a milestone kept under the same title keeps its `doneAt`. A new due date is not before today, and every milestone is due by it.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: updateTaskBody } }, required: true },
  },
  responses: {
    200: json(taskSchema, "The changed task."),
    ...taskConflict,
  },
});

export const registerUpdateTask = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(taskJson(await updateTask(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
