import { z } from "@hono/zod-openapi";
import {
  createTaskFromFindingSchema,
  createTaskSchema,
  idPattern,
  sendBackTaskSchema,
  taskActions,
  taskNoteSchema,
  taskOwnerUnitTypes,
  taskSources,
  taskStatuses,
  updateTaskSchema,
} from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../problem.js";
import type { TaskEventView, TaskView, TaskWithTimeline } from "../../services/tasks/view.js";
import { iso } from "../shared.js";

/** Who issues tasks (交办): county administrators and region staff. */
export const taskIssuerRoles = ["countyAdmin", "regionStaff"] as const;

/** Who acts in the loop; the service decides owner's side (start, submit) and issuer's side. */
export const taskActorRoles = [
  "countyAdmin",
  "regionStaff",
  "departmentOfficer",
  "companyStaff",
  "committeeMember",
] as const;

const instant = z.string().nullable().openapi({ description: "ISO 8601, UTC.", example: null });

const milestoneExample = { title: "制定整改方案", dueOn: "2026-12-10", doneAt: null, overdue: false };

const taskExample = {
  id: "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  title: "幸福里未明确包保责任人",
  description: "明确包保责任人并公示。",
  source: "finding",
  sourceId: "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  ownerUnit: { unitType: "region", unitId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "城南社区" },
  regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  assignee: { userId: null, name: "王强" },
  dueOn: "2026-12-31",
  milestones: [milestoneExample],
  status: "inProgress",
  overdue: false,
  allowedActions: ["submit"],
  issuedBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  startedAt: "2026-11-27T01:00:00.000Z",
  submittedAt: null,
  verifiedAt: null,
  closedAt: null,
  sentBackCount: 0,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-27T01:00:00.000Z",
};

const taskFields = {
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  source: z.enum(taskSources),
  sourceId: z
    .string()
    .nullable()
    .openapi({ description: "The finding (fnd_), meeting resolution (mrs_) or case (cas_) it follows up." }),
  ownerUnit: z
    .object({
      unitType: z.enum(taskOwnerUnitTypes),
      unitId: z.string(),
      name: z
        .string()
        .openapi({ description: "The unit's name (a committee: its compound's name + 业主委员会)." }),
    })
    .openapi({ description: "The unit answerable for the task (责任单位)." }),
  regionId: z.string().nullable().openapi({
    description:
      "The region the task belongs to, for region staff's view: a region owner's own region; a committee's compound's community; for a department or company the region of its source (a finding's region, a case's community, a meeting's region) or of the region staff who issued it; null for county-level tasks.",
  }),
  assignee: z.object({ userId: z.string().nullable(), name: z.string().nullable() }).nullable(),
  dueOn: z.string().openapi({ format: "date" }),
  milestones: z.array(
    z
      .object({
        title: z.string(),
        dueOn: z.string().openapi({ format: "date" }),
        doneAt: instant,
        overdue: z
          .boolean()
          .openapi({ description: "Not done and due before today while the task is open." }),
      })
      .openapi("TaskMilestone", { example: milestoneExample }),
  ),
  status: z.enum(taskStatuses),
  overdue: z.boolean().openapi({
    description: "Neither verified nor closed, and the due date lies before today (the county's date).",
  }),
  allowedActions: z
    .array(z.enum(taskActions))
    .openapi({ description: "What the status accepts now (whichever side may take it)." }),
  issuedBy: z.string().nullable().openapi({ description: "The user or API key that issued it." }),
  startedAt: instant,
  submittedAt: instant.openapi({ description: "The last submission (cleared when sent back)." }),
  verifiedAt: instant,
  closedAt: instant,
  sentBackCount: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const taskSchema = z.object(taskFields).openapi("Task", { example: taskExample });

const eventExample = {
  id: "tev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  type: "sentBack",
  at: "2026-11-28T02:00:00.000Z",
  actor: { type: "user", id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "县住房发展中心管理员" },
  status: "inProgress",
  payload: { reason: "公示照片不清晰，请重新上传。" },
};

export const taskEventSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({
      description: "created, updated, started, submitted, sentBack, verified, closed or milestoneDone.",
    }),
    at: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string().nullable() }),
    status: z.enum(taskStatuses).openapi({ description: "The task's status after the event." }),
    payload: z.record(z.string(), z.unknown()).openapi({
      description: "What the event carried: a reason (sentBack), a note, changed fields, a milestone.",
    }),
  })
  .openapi("TaskEvent", { example: eventExample });

export const taskWithTimelineSchema = z
  .object({ ...taskFields, events: z.array(taskEventSchema) })
  .openapi("TaskWithTimeline", { example: { ...taskExample, events: [eventExample] } });

export const taskJson = (t: TaskView) => ({
  ...t,
  startedAt: iso(t.startedAt),
  submittedAt: iso(t.submittedAt),
  verifiedAt: iso(t.verifiedAt),
  closedAt: iso(t.closedAt),
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

const eventJson = (e: TaskEventView) => ({ ...e, at: e.at.toISOString() });

export const taskWithTimelineJson = (t: TaskWithTimeline) => ({
  ...taskJson(t),
  events: t.events.map(eventJson),
});

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createTaskBody = createTaskSchema.meta({
  id: "CreateTaskRequest",
  example: {
    title: "城南社区物业服务企业公示栏整改",
    description: "按要求公示收费标准、服务标准和公共收益。",
    ownerUnit: { unitType: "company", unitId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
    assignee: { name: "张经理" },
    dueOn: "2026-12-31",
    milestones: [{ title: "制定整改方案", dueOn: "2026-12-10" }],
  },
});

export const updateTaskBody = updateTaskSchema.meta({
  id: "UpdateTaskRequest",
  example: { dueOn: "2027-01-15", assignee: { name: "李明" } },
});

export const taskNoteBody = taskNoteSchema.meta({
  id: "TaskNoteRequest",
  example: { note: "已完成整改，附照片。" },
});

export const sendBackTaskBody = sendBackTaskSchema.meta({
  id: "SendBackTaskRequest",
  example: { reason: "公示照片不清晰，请重新上传。" },
});

export const createTaskFromFindingBody = createTaskFromFindingSchema.meta({
  id: "CreateTaskFromFindingRequest",
  example: {
    ownerUnit: { unitType: "region", unitId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
    dueOn: "2026-12-31",
  },
});

/** `{tenant}/tasks/{id}` path parameter. */
export const taskIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("tsk"), "Not a task id.")
    .openapi({ param: { name: "id", in: "path" }, example: "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

export const taskConflictSchema = problemSchema
  .extend({
    currentStatus: z.enum(taskStatuses).optional(),
    allowedActions: z.array(z.enum(taskActions)).optional(),
    taskId: z.string().optional().openapi({ description: "The task that already follows up the item." }),
  })
  .openapi("TaskConflictProblem", {
    example: {
      type: "urn:propgov:problem:conflict",
      title: "Conflict",
      status: 409,
      detail: "A task that is open does not accept 'submit'. Allowed now: start.",
      code: "conflict",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      currentStatus: "open",
      allowedActions: ["start"],
    },
  });

/** 409 of the task routes: the status does not accept the action (`currentStatus`, `allowedActions`). */
export const taskConflict = {
  409: {
    description:
      "The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept.",
    content: { [PROBLEM_CONTENT_TYPE]: { schema: taskConflictSchema } },
  },
} as const;

/** Who may take the owner's steps (start, submit, milestones); the service checks it is the owning unit. */
export const taskOwnerRoles = [
  "regionStaff",
  "departmentOfficer",
  "companyStaff",
  "committeeMember",
] as const;
