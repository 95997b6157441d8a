import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskConflict, taskIdParam, taskIssuerRoles, taskJson, taskNoteBody, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/close",
  roles: taskIssuerRoles,
  operationId: "closeTask",
  tags: ["tasks"],
  summary: "Close a verified task (issuer: 销号)",
  description:
    "The issuer closes the loop: verified → closed. Another unit's people get 403; a task the caller does not see, 404.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: taskNoteBody } }, required: false },
  },
  responses: {
    200: json(taskSchema, "The task, closed."),
    ...taskConflict,
  },
});

export const registerCloseTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(taskJson(await actOnTask(tenantCtx(c), id, { type: "close", note: body.note })), 200);
  });
