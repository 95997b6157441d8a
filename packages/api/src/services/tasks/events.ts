import { newId, type TaskStatus, taskEventNotifications } from "@propgov/core";
import { type Tx, taskEvents, tasks } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { actorNameOf, actorOf } from "../audit.js";
import { enqueue, taskOutboxEvent } from "../notifications/outbox.js";

/** Appends an event to a task's timeline, by the caller, and queues its notification if it has one. */
export async function appendEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  taskId: string,
  type: string,
  status: TaskStatus,
  payload: Record<string, unknown> = {},
) {
  const now = ctx.deps.now();
  await tx.insert(taskEvents).values({
    tenantId: ctx.tenant.id,
    id: newId("taskEvent", now.getTime()),
    taskId,
    type,
    at: now,
    ...actorOf(ctx.principal),
    actorName: actorNameOf(ctx.principal),
    status,
    payload,
  });
  if (!taskEventNotifications[type]) return;
  const [task] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, taskId)));
  const notify = task && taskOutboxEvent(task, { type, status, payload });
  if (notify) await enqueue(tx, ctx, ctx.tenant.id, notify);
}
