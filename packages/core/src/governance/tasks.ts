import { z } from "zod";
import { AppError, type FieldError } from "../errors.js";
import { type IdPrefix, idPattern } from "../ids.js";
import { defineLifecycle, transitionProblem } from "../lifecycle.js";
import { idOf, isoDateSchema, type Label } from "../registry/common.js";

/**
 * 责任清单 (清单化、闭环式管理): a task a unit owns, with a due date and milestones, moved
 * through a closed loop. The owner starts and submits; the issuer verifies, sends it back with a
 * reason, or closes it:
 *
 * open → inProgress → submitted → verified → closed
 *                       ↑  sendBack  │
 *                       └────────────┘
 *
 * Pure: the API stores the result and appends the event.
 */
export const taskStatuses = ["open", "inProgress", "submitted", "verified", "closed"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskStatusLabels: Record<TaskStatus, Label> = {
  open: { zh: "待办", en: "Open" },
  inProgress: { zh: "办理中", en: "In progress" },
  submitted: { zh: "已报结", en: "Submitted" },
  verified: { zh: "已核验", en: "Verified" },
  closed: { zh: "已销号", en: "Closed" },
};

/** Statuses in which the work counts as done (nothing can be overdue any more). */
export const taskDoneStatuses: readonly TaskStatus[] = ["verified", "closed"];

export const taskActions = ["start", "submit", "sendBack", "verify", "close"] as const;
export type TaskActionName = (typeof taskActions)[number];

export const taskActionLabels: Record<TaskActionName, Label> = {
  start: { zh: "开始办理", en: "Start" },
  submit: { zh: "提交报结", en: "Submit" },
  sendBack: { zh: "退回重办", en: "Send back" },
  verify: { zh: "核验通过", en: "Verify" },
  close: { zh: "销号", en: "Close" },
};

/** Which side of the loop takes an action: the owning unit, or the issuer who checks its work. */
export const taskActionSide: Record<TaskActionName, "owner" | "issuer"> = {
  start: "owner",
  submit: "owner",
  sendBack: "issuer",
  verify: "issuer",
  close: "issuer",
};

/** Where a task came from. */
export const taskSources = ["manual", "finding", "meetingResolution", "case"] as const;
export type TaskSource = (typeof taskSources)[number];

export const taskSourceLabels: Record<TaskSource, Label> = {
  manual: { zh: "人工交办", en: "Assigned manually" },
  finding: { zh: "考核发现问题", en: "From a finding" },
  meetingResolution: { zh: "会商决议", en: "From a meeting resolution" },
  case: { zh: "投诉案件", en: "From a case" },
};

/** Units that own tasks. */
export const taskOwnerUnitTypes = ["region", "department", "company", "committee"] as const;
export type TaskOwnerUnitType = (typeof taskOwnerUnitTypes)[number];

export const taskOwnerUnitTypeLabels: Record<TaskOwnerUnitType, Label> = {
  region: { zh: "乡镇(街道)/社区", en: "Township / street / community" },
  department: { zh: "职能部门", en: "Department" },
  company: { zh: "物业服务企业", en: "Property company" },
  committee: { zh: "业主委员会", en: "Owners' committee" },
};

/** The id prefix of each owner unit type. */
export const taskOwnerIdPrefix: Record<TaskOwnerUnitType, IdPrefix> = {
  region: "reg",
  department: "dep",
  company: "cmp",
  committee: "cmt",
};

/** The closed loop of a task (闭环管理): what each status accepts and where it leads. */
export const taskLifecycle = defineLifecycle<TaskStatus, TaskActionName>({
  noun: "task",
  statuses: taskStatuses,
  actions: taskActions,
  next: {
    open: { start: "inProgress" },
    inProgress: { submit: "submitted" },
    submitted: { sendBack: "inProgress", verify: "verified" },
    verified: { close: "closed" },
    closed: {},
  },
  reasons: {
    start: "task_not_startable",
    submit: "task_not_submittable",
    sendBack: "task_not_returnable",
    verify: "task_not_verifiable",
    close: "task_not_closable",
  },
});

/** The actions a task in this status accepts. */
export const taskAllowedActions = (status: TaskStatus): TaskActionName[] =>
  taskLifecycle.allowedActions(status);

/**
 * Refuses with 409 (`conflict`) naming `currentStatus`, `allowedActions` and the reason code, as
 * cases do; for edits outside the machine (`update`, `milestoneDone`) the reason is
 * `task_not_editable`.
 */
export function refuseTask(
  status: TaskStatus,
  action: TaskActionName | "update" | "milestoneDone",
  detail?: string,
): never {
  if (action === "update" || action === "milestoneDone") {
    const actions = taskAllowedActions(status);
    throw new AppError("conflict", detail ?? `A ${status} task no longer changes.`, {
      extensions: transitionProblem(status, actions, "task_not_editable"),
    });
  }
  return taskLifecycle.refuse(status, action, detail ? { detail } : {});
}

export type TaskAction =
  | { type: "start" }
  | { type: "submit" }
  | { type: "sendBack"; reason: string }
  | { type: "verify" }
  | { type: "close" };

/**
 * The status after one action. An action the status does not accept is 409 with
 * `currentStatus` and `allowedActions`; sending back without a reason is 422 naming `body.reason`.
 */
export function taskTransition(status: TaskStatus, action: TaskAction): TaskStatus {
  const to = taskLifecycle.next(status, action.type);
  if (action.type === "sendBack" && !action.reason?.trim()) {
    throw new AppError("unprocessable", "Sending a task back needs a reason.", {
      errors: [{ path: "body.reason", message: "Say why the work is sent back." }],
    });
  }
  return to;
}

/** Whether the task's content (title, due date, milestones, assignee) may still change. */
export const taskEditable = (status: TaskStatus) => !taskDoneStatuses.includes(status);

/** Overdue: not verified or closed, and its due date lies before `today` (the tenant's date). */
export const taskOverdue = (task: { status: TaskStatus; dueOn: string }, today: string): boolean =>
  taskEditable(task.status) && task.dueOn < today;

/** Labels of the on-time figures of `GET /kpis/tasks`, for consoles and exports. */
export const taskKpiLabels = {
  due: { zh: "到期任务", en: "Due" },
  completedOnTime: { zh: "按时完成", en: "Completed on time" },
  completedLate: { zh: "逾期完成", en: "Completed late" },
  openOverdue: { zh: "逾期未完成", en: "Open and overdue" },
  openNotDue: { zh: "未到期", en: "Open, not yet due" },
  onTimeRate: { zh: "按时完成率", en: "On-time completion rate" },
} as const satisfies Record<string, Label>;

// ---------------------------------------------------------------------------------------------
// Input schemas

const title = z.string().trim().min(1, "Required.").max(200);
const description = z.string().trim().min(1).max(4000);

/** The unit that owns a task; `unitId` must carry its type's prefix (reg, dep, cmp, cmt). */
export const taskOwnerUnitSchema = z
  .object({
    unitType: z.enum(taskOwnerUnitTypes),
    unitId: z.string().min(1).max(64),
  })
  .strict()
  .superRefine((unit, ctx) => {
    const prefix = taskOwnerIdPrefix[unit.unitType];
    if (!idPattern(prefix).test(unit.unitId)) {
      ctx.addIssue({
        code: "custom",
        path: ["unitId"],
        message: `Not a ${unit.unitType} id (${prefix}_…).`,
      });
    }
  });
export type TaskOwnerUnit = z.infer<typeof taskOwnerUnitSchema>;

/** Who does the work: a user of the county, or just a name (at least one). */
export const taskAssigneeSchema = z
  .object({
    userId: idOf("usr", "user").optional(),
    name: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((a) => a.userId !== undefined || a.name !== undefined, {
    message: "Give a userId, a name, or both.",
  });
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;

export const taskMilestoneSchema = z.object({ title, dueOn: isoDateSchema }).strict();
export type TaskMilestoneInput = z.infer<typeof taskMilestoneSchema>;

export const MAX_TASK_MILESTONES = 20;
const milestones = z.array(taskMilestoneSchema).max(MAX_TASK_MILESTONES);

/** Milestones due after the task's own due date; each failure names `milestones.{i}.dueOn` under `prefix`. */
export function checkTaskMilestones(
  list: readonly { dueOn: string }[],
  dueOn: string,
  prefix = "body.",
): FieldError[] {
  return list.flatMap((m, i) =>
    m.dueOn > dueOn
      ? [{ path: `${prefix}milestones.${i}.dueOn`, message: `Due after the task itself (${dueOn}).` }]
      : [],
  );
}

const milestonesFit = (
  input: { dueOn?: string | undefined; milestones?: readonly { dueOn: string }[] | undefined },
  ctx: z.RefinementCtx,
) => {
  if (!input.dueOn || !input.milestones) return;
  for (const e of checkTaskMilestones(input.milestones, input.dueOn, "")) {
    ctx.addIssue({
      code: "custom",
      path: e.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      message: e.message,
    });
  }
};

/** A task as an issuer creates it. */
export const createTaskSchema = z
  .object({
    title,
    description: description.optional(),
    ownerUnit: taskOwnerUnitSchema,
    assignee: taskAssigneeSchema.optional(),
    dueOn: isoDateSchema,
    milestones: milestones.default([]),
    source: z.enum(taskSources).default("manual"),
    /** The case a task from a case follows up (`cas_…`); nothing for a manual task. */
    sourceId: z.string().min(1).max(64).optional(),
  })
  .strict()
  .superRefine(milestonesFit)
  .superRefine((input, ctx) => {
    if (input.source === "finding" || input.source === "meetingResolution") {
      ctx.addIssue({
        code: "custom",
        path: ["source"],
        message:
          input.source === "finding"
            ? "A task from a finding is made with POST /findings/{id}/tasks."
            : "A task from a meeting resolution is made when the meeting records the resolution.",
      });
    } else if (input.source === "case") {
      if (!input.sourceId || !idPattern("cas").test(input.sourceId)) {
        ctx.addIssue({
          code: "custom",
          path: ["sourceId"],
          message: "A task from a case names the case id (cas_…).",
        });
      }
    } else if (input.sourceId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "A manual task has no sourceId." });
    }
  });
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

/**
 * A change while the task is not verified or closed. `null` clears the description or the
 * assignee; `milestones` replaces the list (a milestone kept with the same title keeps its doneAt).
 */
export const updateTaskSchema = z
  .object({
    title: title.optional(),
    description: description.nullable().optional(),
    dueOn: isoDateSchema.optional(),
    milestones: milestones.optional(),
    assignee: taskAssigneeSchema.nullable().optional(),
  })
  .strict()
  .refine((u) => Object.values(u).some((v) => v !== undefined), { message: "Nothing to change." })
  .superRefine(milestonesFit);
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

/** An optional note on start, submit, verify and close. */
export const taskNoteSchema = z.object({ note: z.string().trim().min(1).max(2000).optional() }).strict();
export type TaskNoteInput = z.infer<typeof taskNoteSchema>;

/** Sending back needs a reason (退回原因). */
export const sendBackTaskSchema = z
  .object({ reason: z.string().trim().min(1, "Say why the work is sent back.").max(2000) })
  .strict();
export type SendBackTaskInput = z.infer<typeof sendBackTaskSchema>;

/**
 * A finding turned into a task. The owner may be left out when the finding's subject is a
 * region, department, company or committee: the subject then owns the task.
 */
export const createTaskFromFindingSchema = z
  .object({
    ownerUnit: taskOwnerUnitSchema.optional(),
    dueOn: isoDateSchema,
    assignee: taskAssigneeSchema.optional(),
    milestones: milestones.default([]),
  })
  .strict()
  .superRefine(milestonesFit);
export type CreateTaskFromFindingInput = z.infer<typeof createTaskFromFindingSchema>;

/** The owner a finding's subject implies, when it is a unit that owns tasks. */
export function defaultTaskOwner(subject: { type: string; id: string }): TaskOwnerUnit | null {
  const type = subject.type as TaskOwnerUnitType;
  if (!taskOwnerUnitTypes.includes(type)) return null;
  return taskOwnerUnitSchema.safeParse({ unitType: type, unitId: subject.id }).success
    ? { unitType: type, unitId: subject.id }
    : null;
}
