import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskConflict, taskIdParam, taskIssuerRoles, taskJson, taskNoteBody, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/verify",
  roles: taskIssuerRoles,
  operationId: "verifyTask",
  tags: ["tasks"],
  summary: "Verify a submitted task (issuer: 核验)",
  description:
    "The issuer accepts the work: submitted → verified. Another unit's people get 403; a task the caller does not see, 404.",
  request: {
    params: taskIdParam,
    body: { content: { "application/json": { schema: taskNoteBody } }, required: false },
  },
  responses: {
    200: json(taskSchema, "The task, verified."),
    ...taskConflict,
  },
});

export const registerVerifyTask = (app: Router) =>
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return c.json(taskJson(await actOnTask(tenantCtx(c), id, { type: "verify", note: body.note })), 200);
  });
