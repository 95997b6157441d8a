import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { taskConflict, taskIdParam, taskJson, taskNoteBody, taskOwnerRoles, taskSchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/submit",
  operationId: "submitTask",
  tags: ["tasks"],
  summary: "Submit a task as done (owner: 提交报结)",
  description:
    "The owning unit submits its work: inProgress → submitted. Submitted by the end of the due day (the county's date) counts as on time once verified. Another unit's people get 403; a task the caller does not see, 404.",
  security,
  middleware: [requireRole(taskOwnerRoles)] as const,
  request: {
    params: tenantParam.extend(taskIdParam.shape),
    body: { content: { "application/json": { schema: taskNoteBody } }, required: false },
  },
  responses: {
    200: json(taskSchema, "The task, submitted."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
    ...taskConflict,
  },
});

export const registerSubmitTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(taskJson(await actOnTask(tenantCtx(c), id, { type: "submit", note: body.note })), 200);
  });
