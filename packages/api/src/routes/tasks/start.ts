import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskConflict, taskIdParam, taskJson, taskNoteBody, taskOwnerRoles, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/start",
  roles: taskOwnerRoles,
  operationId: "startTask",
  tags: ["tasks"],
  summary: "Start work on a task (owner: 开始办理)",
  description:
    "The owning unit starts: open → inProgress. Another unit's people get 403; a task the caller does not see, 404.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: taskNoteBody } }, required: false },
  },
  responses: {
    200: json(taskSchema, "The task, in progress."),
    ...taskConflict,
  },
});

export const registerStartTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(taskJson(await actOnTask(tenantCtx(c), id, { type: "start", note: body.note })), 200);
  });
