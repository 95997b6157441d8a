import type { Router } from "../../router.js";
import { createTask } from "../../services/tasks/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { createTaskBody, taskIssuerRoles, taskJson, taskSchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/tasks",
  roles: taskIssuerRoles,
  operationId: "createTask",
  tags: ["tasks"],
  summary: "Issue a task to a unit (责任清单 交办)",
  description:
    "The owner unit (a region, department, company or owners' committee) must exist and be active; region staff task regions and committees of their subtree, and any department or company. The due date is not before today (the county's date); milestones are due by it. A task from a case (`source: case`) names the case in `sourceId`.",
  request: {
    body: { content: { "application/json": { schema: createTaskBody } }, required: true },
  },
  responses: {
    201: json(taskSchema, "Issued; status open."),
  },
});

export const registerCreateTask = (app: Router) =>
  app.openapi(route, async (c) => c.json(taskJson(await createTask(tenantCtx(c), c.req.valid("json"))), 201));
