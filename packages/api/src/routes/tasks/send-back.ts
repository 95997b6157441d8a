import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { actOnTask } from "../../services/tasks.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import {
  sendBackTaskBody,
  taskConflict,
  taskIdParam,
  taskIssuerRoles,
  taskJson,
  taskSchema,
} from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks/{id}/send-back",
  operationId: "sendBackTask",
  tags: ["tasks"],
  summary: "Send a submitted task back (issuer: 退回重办)",
  description:
    "The issuer refuses the submission with a reason: submitted → inProgress. The reason is kept in the event; the next submission is the one that counts. Another unit's people get 403; a task the caller does not see, 404.",
  security,
  middleware: [requireRole(taskIssuerRoles)] as const,
  request: {
    params: tenantParam.extend(taskIdParam.shape),
    body: { content: { "application/json": { schema: sendBackTaskBody } }, required: true },
  },
  responses: {
    200: json(taskSchema, "The task, back in progress."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
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
