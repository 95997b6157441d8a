import { dateInZone, endOfDayIn, type TaskOwnerUnitType, taskDoneStatuses } from "@propgov/core";
import { tasks } from "@propgov/db";
import { and, eq, gte, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachesOf } from "../access/reach.js";
import { tasksWithin } from "../access/tasks.js";
import { actorOf } from "../audit.js";
import { periodOf } from "../evaluations.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { unitKey, unitNames } from "../units/names.js";

export interface TaskFigures {
  /** Tasks due in the period. */
  due: number;
  /** Verified or closed, submitted by the end of the due day (tenant's zone). */
  completedOnTime: number;
  /** Verified or closed, submitted after the due day. */
  completedLate: number;
  /** Not verified or closed, and the due day has passed. */
  openOverdue: number;
  /** Not verified or closed, and not yet past due: undecided, in no part of the rate. */
  openNotDue: number;
  /** completedOnTime ÷ (due − openNotDue); null when nothing due is decided yet. */
  onTimeRate: number | null;
}

export interface TaskKpiUnit extends TaskFigures {
  unitType: TaskOwnerUnitType;
  unitId: string;
  name: string;
}

export interface TaskKpis {
  period: string;
  kind: "month" | "quarter" | "year";
  from: string;
  to: string;
  timezone: string;
  /** The tenant's date the figures were judged on. */
  today: string;
  ownerUnitType: TaskOwnerUnitType | null;
  units: TaskKpiUnit[];
  totals: TaskFigures;
}

const emptyFigures = (): TaskFigures => ({
  due: 0,
  completedOnTime: 0,
  completedLate: 0,
  openOverdue: 0,
  openNotDue: 0,
  onTimeRate: null,
});

function withRate(f: TaskFigures): TaskFigures {
  const decided = f.completedOnTime + f.completedLate + f.openOverdue;
  return { ...f, onTimeRate: decided === 0 ? null : f.completedOnTime / decided };
}

/**
 * On-time completion per owner unit of the tasks the caller sees that are due in the period
 * (default the current month): completed on time (verified or closed, submitted by the end of
 * the due day in the tenant's zone), late, open and overdue, open and not yet due. The rate is
 * on time ÷ decided tasks (like the case KPIs, a task not yet due counts in neither part);
 * units sorted by rate ascending (worst first), units without a rate last.
 */
export async function taskKpis(
  ctx: TenantServiceContext,
  input: { period?: string | undefined; ownerUnitType?: TaskOwnerUnitType | undefined },
): Promise<TaskKpis> {
  const tz = ctx.tenant.timezone;
  const today = tenantToday(ctx);
  const period = periodOf(input.period ?? dateInZone(ctx.deps.now(), tz).slice(0, 7), "query.period");
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    const rows = await tx
      .select({
        unitType: tasks.ownerUnitType,
        unitId: tasks.ownerUnitId,
        dueOn: tasks.dueOn,
        status: tasks.status,
        submittedAt: tasks.submittedAt,
      })
      .from(tasks)
      .where(
        and(
          eq(tasks.tenantId, ctx.tenant.id),
          tasksWithin(reaches, actorOf(ctx.principal).actorId),
          gte(tasks.dueOn, period.start),
          lte(tasks.dueOn, period.end),
          input.ownerUnitType ? eq(tasks.ownerUnitType, input.ownerUnitType) : undefined,
        ),
      );
    const byUnit = new Map<string, { unitType: TaskOwnerUnitType; unitId: string; f: TaskFigures }>();
    const totals = emptyFigures();
    for (const r of rows) {
      const key = unitKey(r.unitType, r.unitId);
      let unit = byUnit.get(key);
      if (!unit) {
        unit = { unitType: r.unitType as TaskOwnerUnitType, unitId: r.unitId, f: emptyFigures() };
        byUnit.set(key, unit);
      }
      const done = taskDoneStatuses.includes(r.status);
      const bucket: keyof TaskFigures = done
        ? r.submittedAt && r.submittedAt.getTime() < endOfDayIn(r.dueOn, tz)
          ? "completedOnTime"
          : "completedLate"
        : r.dueOn < today
          ? "openOverdue"
          : "openNotDue";
      for (const f of [unit.f, totals]) {
        f.due += 1;
        f[bucket] += 1;
      }
    }
    const names = await unitNames(tx, ctx.tenant.id, [...byUnit.values()]);
    const units = [...byUnit.values()]
      .map(
        (u): TaskKpiUnit => ({
          unitType: u.unitType,
          unitId: u.unitId,
          name: names.get(unitKey(u.unitType, u.unitId)) ?? u.unitId,
          ...withRate(u.f),
        }),
      )
      .sort(
        (a, b) =>
          (a.onTimeRate ?? Number.POSITIVE_INFINITY) - (b.onTimeRate ?? Number.POSITIVE_INFINITY) ||
          a.name.localeCompare(b.name, "zh") ||
          a.unitId.localeCompare(b.unitId),
      );
    return {
      period: period.label,
      kind: period.kind,
      from: period.start,
      to: period.end,
      timezone: tz,
      today,
      ownerUnitType: input.ownerUnitType ?? null,
      units,
      totals: withRate(totals),
    };
  });
}
