import {
  AppError,
  type TaskOwnerUnitType,
  type TaskSource,
  type TaskStatus,
  taskDoneStatuses,
} from "@propgov/core";
import { type Tx, taskEvents, tasks } from "@propgov/db";
import { and, asc, desc, eq, inArray, lt, not, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachesOf } from "../access/reach.js";
import { tasksWithin } from "../access/tasks.js";
import { actorOf } from "../audit.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { eventView, type TaskRow, type TaskView, type TaskWithTimeline, taskViews } from "./view.js";

/** A task the caller (with its reaches) sees, locked for a change when `lock`; else 404. */
export async function findTask(
  tx: Tx,
  ctx: TenantServiceContext,
  reaches: readonly Reach[],
  id: string,
  lock = false,
): Promise<TaskRow> {
  const query = tx
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.tenantId, ctx.tenant.id),
        eq(tasks.id, id),
        tasksWithin(reaches, actorOf(ctx.principal).actorId),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
  return row;
}

export interface ListTasksInput {
  limit: number;
  cursor?: string | undefined;
  ownerUnitType?: TaskOwnerUnitType | undefined;
  ownerUnitId?: string | undefined;
  status?: TaskStatus | undefined;
  overdue?: boolean | undefined;
  source?: TaskSource | undefined;
  q?: string | undefined;
}

const notDone = not(inArray(tasks.status, [...taskDoneStatuses]));
const overdueOn = (today: string) => and(notDone, lt(tasks.dueOn, today)) as SQL;

/** Tasks the caller sees, filtered; newest first. */
export async function listTasks(ctx: TenantServiceContext, input: ListTasksInput): Promise<Page<TaskView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const today = tenantToday(ctx);
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const rows = await tx
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.tenantId, ctx.tenant.id),
          tasksWithin(reaches, actorOf(ctx.principal).actorId),
          before ? lt(tasks.id, before) : undefined,
          input.ownerUnitType ? eq(tasks.ownerUnitType, input.ownerUnitType) : undefined,
          input.ownerUnitId ? eq(tasks.ownerUnitId, input.ownerUnitId) : undefined,
          input.status ? eq(tasks.status, input.status) : undefined,
          input.source ? eq(tasks.source, input.source) : undefined,
          input.overdue === undefined ? undefined : input.overdue ? overdueOn(today) : not(overdueOn(today)),
          textMatches(input.q, tasks.title, tasks.description),
        ),
      )
      .orderBy(desc(tasks.id))
      .limit(input.limit + 1);
    return toPage(await taskViews(tx, ctx, rows), input.limit);
  });
}

/** One task with its timeline (events oldest first). */
export async function getTask(ctx: TenantServiceContext, id: string): Promise<TaskWithTimeline> {
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const row = await findTask(tx, ctx, reaches, id);
    const [view] = await taskViews(tx, ctx, [row]);
    const events = await tx
      .select()
      .from(taskEvents)
      .where(and(eq(taskEvents.tenantId, ctx.tenant.id), eq(taskEvents.taskId, id)))
      .orderBy(asc(taskEvents.at), asc(taskEvents.id));
    if (!view) throw new Error("view of a row missing");
    return { ...view, events: events.map(eventView) };
  });
}
