import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskConflict, taskIdParam, taskJson, taskNoteBody, taskOwnerRoles, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/submit",
  roles: taskOwnerRoles,
  operationId: "submitTask",
  tags: ["tasks"],
  summary: "Submit a task as done (owner: 提交报结)",
  description:
    "The owning unit submits its work: inProgress → submitted. Submitted by the end of the due day (the county's date) counts as on time once verified. Another unit's people get 403; a task the caller does not see, 404.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: taskNoteBody } }, required: false },
  },
  responses: {
    200: json(taskSchema, "The task, submitted."),
    ...taskConflict,
  },
});

export const registerSubmitTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(taskJson(await actOnTask(tenantCtx(c), id, { type: "submit", note: body.note })), 200);
  });
