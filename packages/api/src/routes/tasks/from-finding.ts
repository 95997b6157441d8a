import { z } from "@hono/zod-openapi";
import { idPattern } from "@propgov/core";
import { PROBLEM_CONTENT_TYPE } from "../../problem.js";
import type { Router } from "../../router.js";
import { createTaskFromFinding } from "../../services/tasks/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  createTaskFromFindingBody,
  taskConflictSchema,
  taskIssuerRoles,
  taskJson,
  taskSchema,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/findings/{id}/tasks",
  roles: taskIssuerRoles,
  operationId: "createTaskFromFinding",
  tags: ["tasks"],
  summary: "Turn a finding into a task (整改任务)",
  description:
    "Source `finding`: the finding's Chinese message becomes the title and its region the task's. `ownerUnit` may be left out when the finding's subject is a region, department, company or committee (the subject then owns it); otherwise it is 422 naming `body.ownerUnit`. One task per finding: a second call is 409 naming the existing `taskId`. Region staff convert the findings of their subtree; other findings answer 404. Re-running an evaluation replaces its period's findings, so a task keeps the id of a finding that may no longer be listed.",
  request: {
    params: z.object({
      id: z
        .string()
        .regex(idPattern("fnd"), "Not a finding id.")
        .openapi({ param: { name: "id", in: "path" }, example: "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
    }),
    body: { content: { "application/json": { schema: createTaskFromFindingBody } }, required: true },
  },
  responses: {
    201: json(taskSchema, "The task, open."),
    409: {
      description: "The finding already has a task: `taskId` names it.",
      content: { [PROBLEM_CONTENT_TYPE]: { schema: taskConflictSchema } },
    },
  },
});

export const registerCreateTaskFromFinding = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      taskJson(await createTaskFromFinding(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      201,
    ),
  );
