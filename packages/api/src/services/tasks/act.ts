import {
  AppError,
  checkTaskMilestones,
  endOfDayIn,
  refuseTask,
  type TaskAction,
  type TaskActionName,
  type TaskMilestoneInput,
  taskActionSide,
  taskEditable,
  taskTransition,
  type UpdateTaskInput,
} from "@propgov/core";
import { type Milestone, type Tx, tasks } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachesOf } from "../access/reach.js";
import { assertTaskSide, taskPlaceOf } from "../access/tasks.js";
import { audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assertNotPast, resolveAssignee } from "./checks.js";
import { appendEvent } from "./events.js";
import { findTask } from "./read.js";
import { type TaskRow, type TaskView, taskViews } from "./view.js";

/** Moves a task one step of the loop: the owner starts and submits, the issuer sends back, verifies, closes. */
export async function actOnTask(
  ctx: TenantServiceContext,
  id: string,
  action: TaskAction & { note?: string | undefined },
): Promise<TaskView> {
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const before = await findTask(tx, ctx, reaches, id, true);
    const side = taskActionSide[action.type];
    assertTaskSide(reaches, before, await taskPlaceOf(tx, ctx, before), side, verbOf[action.type]);
    const status = taskTransition(before.status, action);
    const now = ctx.deps.now();
    const stamps: Partial<typeof tasks.$inferInsert> = {};
    switch (action.type) {
      case "start":
        stamps.startedAt = now;
        break;
      case "submit":
        stamps.submittedAt = now;
        break;
      case "sendBack":
        // The submission was refused: the next one is the one that counts for "on time".
        stamps.submittedAt = null;
        stamps.sentBackCount = before.sentBackCount + 1;
        break;
      case "verify":
        stamps.verifiedAt = now;
        break;
      case "close":
        stamps.closedAt = now;
        break;
    }
    const [row] = await tx
      .update(tasks)
      .set({ ...stamps, status, updatedAt: now })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    const payload: Record<string, unknown> = {};
    if (action.type === "sendBack") payload.reason = action.reason.trim();
    if (action.note) payload.note = action.note;
    if (action.type === "submit") payload.onTime = now.getTime() < endOfDayIn(row.dueOn, ctx.tenant.timezone);
    await appendEvent(tx, ctx, id, eventType[action.type], status, payload);
    return auditedChange(tx, ctx, `task.${action.type}`, before, row, payload);
  });
}

const verbOf: Record<TaskActionName, string> = {
  start: "starts",
  submit: "submits",
  sendBack: "sends back",
  verify: "verifies",
  close: "closes",
};

const eventType: Record<TaskActionName, string> = {
  start: "started",
  submit: "submitted",
  sendBack: "sentBack",
  verify: "verified",
  close: "closed",
};

/** Keeps the doneAt of milestones that stay (matched by title, in order). */
function carryDone(old: readonly Milestone[], fresh: readonly TaskMilestoneInput[]): Milestone[] {
  const left = [...old];
  return fresh.map((m) => {
    const i = left.findIndex((o) => o.title === m.title);
    const doneAt = i >= 0 ? (left[i]?.doneAt ?? null) : null;
    if (i >= 0) left.splice(i, 1);
    return { title: m.title, dueOn: m.dueOn, doneAt };
  });
}

/**
 * Changes a task's content while it is neither verified nor closed (issuer's side): title,
 * description, due date, milestones, assignee. A new due date is not before today, and the
 * milestones fit within it.
 */
export async function updateTask(ctx: TenantServiceContext, id: string, input: UpdateTaskInput) {
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const before = await findTask(tx, ctx, reaches, id, true);
    assertTaskSide(reaches, before, await taskPlaceOf(tx, ctx, before), "issuer", "changes");
    if (!taskEditable(before.status)) {
      refuseTask(before.status, "update", `A ${before.status} task no longer changes.`);
    }
    if (input.dueOn !== undefined && input.dueOn !== before.dueOn) {
      assertNotPast(ctx, input.dueOn, "body.dueOn");
    }
    const dueOn = input.dueOn ?? before.dueOn;
    const milestones = input.milestones ? carryDone(before.milestones, input.milestones) : before.milestones;
    const errors = checkTaskMilestones(milestones, dueOn);
    if (errors.length) {
      throw new AppError(
        "unprocessable",
        input.milestones
          ? "A milestone is due after the task itself."
          : `The new due date ${dueOn} comes before milestones of the task.`,
        {
          errors: input.milestones
            ? errors
            : [{ path: "body.dueOn", message: "Before the due date of a milestone." }],
        },
      );
    }
    const assignee =
      input.assignee === undefined ? undefined : await resolveAssignee(tx, ctx, input.assignee, "body.");
    const now = ctx.deps.now();
    const [row] = await tx
      .update(tasks)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
        ...(input.milestones !== undefined ? { milestones } : {}),
        ...(assignee ?? {}),
        updatedAt: now,
      })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    const changed = Object.keys(input).filter((k) => input[k as keyof UpdateTaskInput] !== undefined);
    const payload: Record<string, unknown> = { changed };
    if (input.dueOn !== undefined && input.dueOn !== before.dueOn) {
      payload.dueOn = { from: before.dueOn, to: input.dueOn };
    }
    await appendEvent(tx, ctx, id, "updated", row.status, payload);
    return auditedChange(tx, ctx, "task.update", before, row);
  });
}

/**
 * Marks milestone `index` (0-based) done (owner's side), while the task is neither verified nor
 * closed. Marking a done milestone again changes nothing.
 */
export async function completeMilestone(ctx: TenantServiceContext, id: string, index: number) {
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const before = await findTask(tx, ctx, reaches, id, true);
    assertTaskSide(reaches, before, await taskPlaceOf(tx, ctx, before), "owner", "reports progress on");
    const milestone = before.milestones[index];
    if (!milestone) {
      throw new AppError("not_found", `Task '${id}' has no milestone ${index}.`, {
        errors: [
          {
            path: "path.index",
            message: `The task has ${before.milestones.length} milestone(s), numbered from 0.`,
          },
        ],
      });
    }
    if (!taskEditable(before.status)) {
      refuseTask(before.status, "milestoneDone", `A ${before.status} task no longer changes.`);
    }
    if (milestone.doneAt) {
      const [view] = await taskViews(tx, ctx, [before]);
      if (!view) throw new Error("view of a row missing");
      return view;
    }
    const now = ctx.deps.now();
    const milestones = before.milestones.map((m, i) =>
      i === index ? { ...m, doneAt: now.toISOString() } : m,
    );
    const [row] = await tx
      .update(tasks)
      .set({ milestones, updatedAt: now })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    await appendEvent(tx, ctx, id, "milestoneDone", row.status, {
      index,
      title: milestone.title,
      onTime: milestone.dueOn >= tenantToday(ctx),
    });
    return auditedChange(tx, ctx, "task.milestoneDone", before, row);
  });
}

/** Audits a change of a task (the views before and after, `extra` added to the after) and returns the new view. */
async function auditedChange(
  tx: Tx,
  ctx: TenantServiceContext,
  action: string,
  before: TaskRow,
  row: TaskRow,
  extra: Record<string, unknown> = {},
): Promise<TaskView> {
  const [beforeView, view] = await taskViews(tx, ctx, [before, row]);
  await audit(tx, ctx, ctx.tenant.id, {
    action,
    targetType: "task",
    targetId: row.id,
    before: beforeView,
    after: { ...view, ...extra },
  });
  if (!view) throw new Error("view of a row missing");
  return view;
}
