import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  sendBackTaskBody,
  taskConflict,
  taskIdParam,
  taskIssuerRoles,
  taskJson,
  taskSchema,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/send-back",
  roles: taskIssuerRoles,
  operationId: "sendBackTask",
  tags: ["tasks"],
  summary: "Send a submitted task back (issuer: 退回重办)",
  description:
    "The issuer refuses the submission with a reason: submitted → inProgress. The reason is kept in the event; the next submission is the one that counts. Another unit's people get 403; a task the caller does not see, 404.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: sendBackTaskBody } }, required: true },
  },
  responses: {
    200: json(taskSchema, "The task, back in progress."),
    ...taskConflict,
  },
});

export const registerSendBackTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(
      taskJson(await actOnTask(tenantCtx(c), id, { type: "sendBack", reason: body.reason })),
      200,
    );
  });
