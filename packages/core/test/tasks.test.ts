import { describe, expect, it } from "vitest";
import {
  AppError,
  checkTaskMilestones,
  createTaskFromFindingSchema,
  createTaskSchema,
  defaultTaskOwner,
  sendBackTaskSchema,
  type TaskAction,
  type TaskActionName,
  type TaskStatus,
  taskActionLabels,
  taskActions,
  taskAllowedActions,
  taskLifecycle,
  taskOverdue,
  taskOwnerUnitSchema,
  taskSourceLabels,
  taskSources,
  taskStatuses,
  taskStatusLabels,
  taskTransition,
  updateTaskSchema,
} from "../src/index.js";

const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";
const action = (type: TaskActionName): TaskAction =>
  type === "sendBack" ? { type, reason: "照片不清晰" } : ({ type } as TaskAction);

/** The one legal move from each status. */
const legal: Record<TaskStatus, Partial<Record<TaskActionName, TaskStatus>>> = {
  open: { start: "inProgress" },
  inProgress: { submit: "submitted" },
  submitted: { sendBack: "inProgress", verify: "verified" },
  verified: { close: "closed" },
  closed: {},
};

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("task state machine", () => {
  for (const status of taskStatuses) {
    for (const name of taskActions) {
      const to = legal[status][name];
      if (to) {
        it(`${status} --${name}--> ${to}`, () => {
          expect(taskTransition(status, action(name))).toBe(to);
        });
      } else {
        it(`${status} refuses ${name} with 409 naming what it allows`, () => {
          const e = refusal(() => taskTransition(status, action(name)));
          expect(e.code).toBe("conflict");
          expect(e.status).toBe(409);
          expect(e.extensions).toEqual({
            currentStatus: status,
            allowedActions: Object.keys(legal[status]),
            reason: taskLifecycle.spec.reasons[name],
          });
        });
      }
    }
  }

  it("lists what each status allows", () => {
    expect(Object.fromEntries(taskStatuses.map((s) => [s, taskAllowedActions(s)]))).toEqual({
      open: ["start"],
      inProgress: ["submit"],
      submitted: ["sendBack", "verify"],
      verified: ["close"],
      closed: [],
    });
  });

  it("sending back needs a reason (422 naming body.reason)", () => {
    const e = refusal(() => taskTransition("submitted", { type: "sendBack", reason: "  " }));
    expect(e.code).toBe("unprocessable");
    expect(e.errors).toEqual([{ path: "body.reason", message: expect.any(String) }]);
    expect(sendBackTaskSchema.safeParse({}).success).toBe(false);
    expect(sendBackTaskSchema.safeParse({ reason: " " }).success).toBe(false);
    expect(sendBackTaskSchema.parse({ reason: " 重新整改 " })).toEqual({ reason: "重新整改" });
  });

  it("overdue: not verified or closed, and due before today", () => {
    const today = "2026-05-10";
    expect(taskOverdue({ status: "open", dueOn: "2026-05-09" }, today)).toBe(true);
    expect(taskOverdue({ status: "submitted", dueOn: "2026-05-09" }, today)).toBe(true);
    expect(taskOverdue({ status: "inProgress", dueOn: "2026-05-10" }, today)).toBe(false);
    expect(taskOverdue({ status: "verified", dueOn: "2026-05-01" }, today)).toBe(false);
    expect(taskOverdue({ status: "closed", dueOn: "2026-05-01" }, today)).toBe(false);
  });

  it("labels every status, action and source in Chinese and English", () => {
    for (const s of taskStatuses) expect(taskStatusLabels[s].zh && taskStatusLabels[s].en).toBeTruthy();
    for (const a of taskActions) expect(taskActionLabels[a].zh && taskActionLabels[a].en).toBeTruthy();
    for (const s of taskSources) expect(taskSourceLabels[s].zh && taskSourceLabels[s].en).toBeTruthy();
    expect(taskStatusLabels.closed.zh).toBe("已销号");
  });
});

describe("task input schemas", () => {
  const valid = {
    title: "公示栏整改",
    ownerUnit: { unitType: "company", unitId: `cmp_${ID}` },
    dueOn: "2026-12-31",
    milestones: [{ title: "制定方案", dueOn: "2026-12-10" }],
  };
  const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    (result.error?.issues ?? []).map((i) => i.path.join("."));

  it("accepts a task and defaults source to manual", () => {
    const parsed = createTaskSchema.parse(valid);
    expect(parsed.source).toBe("manual");
    expect(createTaskSchema.parse({ ...valid, milestones: undefined }).milestones).toEqual([]);
  });

  it("checks the owner id's prefix against its type", () => {
    for (const [unitType, prefix] of [
      ["region", "reg"],
      ["department", "dep"],
      ["company", "cmp"],
      ["committee", "cmt"],
    ] as const) {
      expect(taskOwnerUnitSchema.safeParse({ unitType, unitId: `${prefix}_${ID}` }).success).toBe(true);
    }
    const wrong = createTaskSchema.safeParse({
      ...valid,
      ownerUnit: { unitType: "region", unitId: `cmp_${ID}` },
    });
    expect(paths(wrong)).toEqual(["ownerUnit.unitId"]);
    expect(
      paths(createTaskSchema.safeParse({ ...valid, ownerUnit: { unitType: "body", unitId: `bdy_${ID}` } })),
    ).toEqual(["ownerUnit.unitType"]);
  });

  it("milestones: at most 20, each due by the task", () => {
    const late = createTaskSchema.safeParse({
      ...valid,
      milestones: [
        { title: "a", dueOn: "2026-12-31" },
        { title: "b", dueOn: "2027-01-01" },
      ],
    });
    expect(paths(late)).toEqual(["milestones.1.dueOn"]);
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `m${i}`, dueOn: "2026-12-01" }));
    expect(paths(createTaskSchema.safeParse({ ...valid, milestones: many }))).toEqual(["milestones"]);
    expect(checkTaskMilestones([{ dueOn: "2026-01-02" }], "2026-01-01")).toEqual([
      { path: "body.milestones.0.dueOn", message: expect.any(String) },
    ]);
    expect(paths(createTaskSchema.safeParse({ ...valid, dueOn: "2026-02-30" }))).toContain("dueOn");
  });

  it("an assignee has a userId or a name", () => {
    expect(createTaskSchema.safeParse({ ...valid, assignee: { name: "张经理" } }).success).toBe(true);
    expect(createTaskSchema.safeParse({ ...valid, assignee: { userId: `usr_${ID}` } }).success).toBe(true);
    expect(paths(createTaskSchema.safeParse({ ...valid, assignee: {} }))).toEqual(["assignee"]);
    expect(paths(createTaskSchema.safeParse({ ...valid, assignee: { userId: "bob" } }))).toEqual([
      "assignee.userId",
    ]);
  });

  it("sources: findings and resolutions have their own flows; a case names its id", () => {
    expect(paths(createTaskSchema.safeParse({ ...valid, source: "finding" }))).toEqual(["source"]);
    expect(paths(createTaskSchema.safeParse({ ...valid, source: "meetingResolution" }))).toEqual(["source"]);
    expect(paths(createTaskSchema.safeParse({ ...valid, source: "case" }))).toEqual(["sourceId"]);
    expect(createTaskSchema.safeParse({ ...valid, source: "case", sourceId: `cas_${ID}` }).success).toBe(
      true,
    );
    expect(paths(createTaskSchema.safeParse({ ...valid, sourceId: `cas_${ID}` }))).toEqual(["sourceId"]);
  });

  it("an update changes something, and its milestones fit its due date", () => {
    expect(updateTaskSchema.safeParse({}).success).toBe(false);
    expect(updateTaskSchema.parse({ description: null, assignee: null })).toEqual({
      description: null,
      assignee: null,
    });
    expect(
      paths(
        updateTaskSchema.safeParse({
          dueOn: "2026-01-01",
          milestones: [{ title: "a", dueOn: "2026-01-02" }],
        }),
      ),
    ).toEqual(["milestones.0.dueOn"]);
    const status = updateTaskSchema.safeParse({ status: "closed" });
    expect(status.error?.issues.map((i) => i.code)).toContain("unrecognized_keys");
  });

  it("a finding's subject is the default owner when it is a unit that owns tasks", () => {
    expect(defaultTaskOwner({ type: "region", id: `reg_${ID}` })).toEqual({
      unitType: "region",
      unitId: `reg_${ID}`,
    });
    expect(defaultTaskOwner({ type: "committee", id: `cmt_${ID}` })?.unitType).toBe("committee");
    expect(defaultTaskOwner({ type: "compound", id: `cpd_${ID}` })).toBeNull();
    expect(defaultTaskOwner({ type: "tenant", id: `ten_${ID}` })).toBeNull();
    // complaintHandling names a department by its code when the roster lacks it.
    expect(defaultTaskOwner({ type: "department", id: "police" })).toBeNull();
    expect(createTaskFromFindingSchema.parse({ dueOn: "2026-12-31" })).toEqual({
      dueOn: "2026-12-31",
      milestones: [],
    });
  });
});
