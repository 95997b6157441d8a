import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getTask } from "../../services/tasks.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { taskActorRoles, taskIdParam, taskWithTimelineJson, taskWithTimelineSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/tasks/{id}",
  operationId: "getTask",
  tags: ["tasks"],
  summary: "Get a task with its timeline",
  description:
    "The task and every event of its loop, oldest first. A task the caller does not see answers 404.",
  security,
  middleware: [requireRole(taskActorRoles)] as const,
  request: { params: tenantParam.extend(taskIdParam.shape) },
  responses: {
    200: json(taskWithTimelineSchema, "The task and its events."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetTask = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(taskWithTimelineJson(await getTask(tenantCtx(c), c.req.valid("param").id)), 200),
  );
