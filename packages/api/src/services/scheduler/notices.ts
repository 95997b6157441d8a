import { type Escalation, type Notice, newId, noticesDue, type Schedule } from "@propgov/core";
import { scheduledNotices, type Tx } from "@propgov/db";
import { enqueue, type OutboxEvent } from "../notifications/outbox.js";
import type { TenantTxContext } from "../tx.js";
import { type DueDeadline, dueDeadlines, townshipsOf } from "./deadlines.js";

export interface NoticeCounts {
  dueSoon: number;
  overdue: number;
  escalated: number;
}

/** The outbox event of a notice about a deadline. */
function eventOf(
  d: DueDeadline,
  notice: Notice,
  escalatedTo: { level: string; regionId: string | null; regionName: string | null } | null,
): OutboxEvent {
  const subject = d.subjectType;
  const type =
    notice === "dueSoon"
      ? (`${subject}.due_soon` as const)
      : notice === "overdue"
        ? (`${subject}.overdue` as const)
        : ("case.escalated" as const);
  return {
    type,
    subjectType: subject,
    subjectId: d.subjectId,
    data: { ...d.data, notice, ...(escalatedTo ? { escalatedTo } : {}) },
  };
}

/**
 * One pass of reminders and escalation for one county at `now`: every notice its deadlines owe
 * that has not gone out yet is recorded (`scheduled_notices`, keyed by the deadline) and written
 * to the outbox in this transaction. A notice already recorded is skipped, so passes repeat safely.
 */
export async function sendNotices(
  tx: Tx,
  ctx: TenantTxContext,
  now: Date,
  settings: { schedule: Schedule; escalation: Escalation },
): Promise<NoticeCounts> {
  const counts: NoticeCounts = { dueSoon: 0, overdue: 0, escalated: 0 };
  const due = await dueDeadlines(tx, ctx, now, settings);
  if (due.length === 0) return counts;
  let townships: Awaited<ReturnType<typeof townshipsOf>> | undefined;
  for (const d of due) {
    for (const notice of noticesDue(
      d.deadline,
      d.dueAt.getTime(),
      now.getTime(),
      settings.schedule,
      settings.escalation,
    )) {
      let escalatedTo: { level: string; regionId: string | null; regionName: string | null } | null = null;
      if (notice.startsWith("escalated:")) {
        const level = notice.slice("escalated:".length);
        if (level === "township") {
          townships ??= await townshipsOf(tx, ctx.tenant.id);
          const above = townships.find((t) => d.communityPath?.startsWith(t.path));
          // A community straight under the county has no township: the county hears it at its own step.
          if (!above) continue;
          escalatedTo = { level, regionId: above.id, regionName: above.name };
        } else escalatedTo = { level, regionId: null, regionName: ctx.tenant.name };
      }
      const messageId = newId("outboxMessage", now.getTime());
      const inserted = await tx
        .insert(scheduledNotices)
        .values({
          tenantId: ctx.tenant.id,
          subjectType: d.subjectType,
          subjectId: d.subjectId,
          deadline: d.deadline,
          unitId: d.unitId,
          dueAt: d.dueAt,
          notice,
          sentAt: now,
          messageId,
          details: escalatedTo ? { escalatedTo } : {},
        })
        .onConflictDoNothing()
        .returning({ messageId: scheduledNotices.messageId });
      if (inserted.length === 0) continue;
      await enqueue(tx, ctx, ctx.tenant.id, { ...eventOf(d, notice, escalatedTo), id: messageId });
      if (notice === "dueSoon") counts.dueSoon++;
      else if (notice === "overdue") counts.overdue++;
      else counts.escalated++;
    }
  }
  return counts;
}
