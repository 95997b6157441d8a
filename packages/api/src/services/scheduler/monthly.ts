import { dateInZone, type Schedule, shiftMonth, startOfDayIn } from "@propgov/core";
import { evaluations, scheduledNotices, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import { runEvaluation } from "../evaluations.js";
import type { TenantTxContext } from "../tx.js";

/** The month before `day` (`YYYY-MM-DD`), as a period label `YYYY-MM`. */
export function previousMonth(day: string): string {
  return shiftMonth(day, -1);
}

/**
 * The monthly evaluation on the county's day: from `hour` on day `day` of each month (the
 * county's zone), last month is evaluated once, by the scheduler, in this transaction. The run is
 * recorded in `scheduled_notices`, so that a restart or a second pass the same day does not run it
 * again; an administrator may still re-run a period by hand.
 */
export async function monthlyEvaluation(
  tx: Tx,
  ctx: TenantTxContext,
  now: Date,
  schedule: Schedule,
): Promise<{ period: string; evaluationId: string } | null> {
  const cfg = schedule.monthlyEvaluation;
  if (!cfg.enabled) return null;
  const zone = ctx.tenant.timezone;
  const today = dateInZone(now, zone);
  const scheduledDay = `${today.slice(0, 8)}${String(cfg.day).padStart(2, "0")}`;
  const scheduledAt = new Date(startOfDayIn(scheduledDay, zone) + cfg.hour * 3_600_000);
  if (now < scheduledAt) return null;
  const period = previousMonth(today);
  const key = {
    tenantId: ctx.tenant.id,
    subjectType: "evaluation",
    subjectId: period,
    deadline: "monthlyEvaluation",
    unitId: "",
    dueAt: scheduledAt,
    notice: "ran",
  };
  const [done] = await tx
    .select({ id: scheduledNotices.messageId })
    .from(scheduledNotices)
    .where(
      and(
        eq(scheduledNotices.tenantId, key.tenantId),
        eq(scheduledNotices.subjectType, key.subjectType),
        eq(scheduledNotices.subjectId, key.subjectId),
        eq(scheduledNotices.deadline, key.deadline),
      ),
    )
    .limit(1);
  if (done) return null;
  const result = await runEvaluation(ctx, { period });
  await tx
    .insert(scheduledNotices)
    .values({ ...key, sentAt: now, messageId: result.id, details: { period } });
  return { period, evaluationId: result.id };
}

/** Whether the county has an evaluation of `period` (for tests and the CLI). */
export async function hasEvaluation(tx: Tx, tenantId: string, period: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.tenantId, tenantId), eq(evaluations.period, period)))
    .limit(1);
  return row !== undefined;
}
