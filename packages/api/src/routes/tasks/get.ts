import type { Router } from "../../router.js";
import { getTask } from "../../services/tasks/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { taskActorRoles, taskIdParam, taskWithTimelineJson, taskWithTimelineSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/tasks/{id}",
  roles: taskActorRoles,
  operationId: "getTask",
  tags: ["tasks"],
  summary: "Get a task with its timeline",
  description:
    "The task and every event of its loop, oldest first. A task the caller does not see answers 404.",
  request: { params: taskIdParam },
  responses: {
    200: json(taskWithTimelineSchema, "The task and its events."),
  },
});

export const registerGetTask = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(taskWithTimelineJson(await getTask(tenantCtx(c), c.req.valid("param").id)), 200),
  );
