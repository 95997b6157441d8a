import { type Period, type PolicyLifecycleEvent, periodWindow } from "@propgov/core";
import { lifecycleEvents, lifecycleSignOffs, type Tx } from "@propgov/db";
import { and, asc, eq, gte, lte, or, type SQL } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

/**
 * The lifecycle events an evaluation of `period` (as of `asOf`) judges, for the policy view, as
 * they stood at the view's instant: started by `asOf`, and not completed or cancelled before the
 * period began. An event completed or cancelled after that instant reads as open then, and only
 * sign-offs recorded by then count. Two queries, whatever the number of events.
 */
export async function lifecycleFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
  asOf: string,
): Promise<PolicyLifecycleEvent[]> {
  const tenantId = ctx.tenant.id;
  const at = instantOfDay(ctx, asOf);
  const from = new Date(periodWindow(period, ctx.tenant.timezone).from);
  const relevant: SQL = and(
    eq(lifecycleEvents.tenantId, tenantId),
    lte(lifecycleEvents.startedOn, asOf),
    or(
      eq(lifecycleEvents.status, "open"),
      and(eq(lifecycleEvents.status, "completed"), gte(lifecycleEvents.completedAt, from)),
      and(eq(lifecycleEvents.status, "cancelled"), gte(lifecycleEvents.cancelledAt, from)),
    ),
  ) as SQL;
  const rows = await tx.select().from(lifecycleEvents).where(relevant).orderBy(asc(lifecycleEvents.id));
  if (rows.length === 0) return [];
  const signOffs = await tx
    .select({
      eventId: lifecycleSignOffs.eventId,
      step: lifecycleSignOffs.step,
      participant: lifecycleSignOffs.participant,
      at: lifecycleSignOffs.at,
    })
    .from(lifecycleSignOffs)
    .innerJoin(
      lifecycleEvents,
      and(
        eq(lifecycleEvents.tenantId, lifecycleSignOffs.tenantId),
        eq(lifecycleEvents.id, lifecycleSignOffs.eventId),
      ),
    )
    .where(and(relevant, eq(lifecycleSignOffs.tenantId, tenantId), lte(lifecycleSignOffs.at, at)))
    .orderBy(asc(lifecycleSignOffs.id));
  const byEvent = new Map<string, PolicyLifecycleEvent["signOffs"][number][]>();
  for (const s of signOffs) {
    const list = byEvent.get(s.eventId) ?? [];
    list.push({ step: s.step, participant: s.participant, at: s.at.toISOString() });
    byEvent.set(s.eventId, list);
  }
  const by = (stamp: Date | null) => stamp !== null && stamp.getTime() <= at.getTime();
  return rows.map((e) => {
    const completed = e.status === "completed" && by(e.completedAt);
    const cancelled = e.status === "cancelled" && by(e.cancelledAt);
    return {
      id: e.id,
      compoundId: e.compoundId,
      kind: e.kind,
      title: e.title,
      startedOn: e.startedOn,
      status: completed ? "completed" : cancelled ? "cancelled" : "open",
      completedAt: completed && e.completedAt ? e.completedAt.toISOString() : null,
      steps: e.steps.map((s) => ({ code: s.code, name: s.name, participants: s.participants })),
      signOffs: byEvent.get(e.id) ?? [],
    };
  });
}
