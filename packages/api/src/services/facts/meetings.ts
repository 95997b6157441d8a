import { type Period, type PolicyMeeting, periodWindow } from "@propgov/core";
import { meetingResolutions, meetings, type Tx } from "@propgov/db";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { instantOfDay } from "../time.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The meetings an evaluation of `period` (as of `asOf`) judges, for the policy view: active
 * meetings scheduled or held in the period, and meetings held by the view's instant with a
 * resolution not done by then (its follow-up may be overdue whenever it was adopted), each with
 * all its resolutions. Two queries, whatever the number of meetings.
 */
export async function meetingFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
  asOf: string,
): Promise<PolicyMeeting[]> {
  const tenantId = ctx.tenant.id;
  const window = periodWindow(period, ctx.tenant.timezone);
  const from = new Date(window.from).toISOString();
  const to = new Date(window.to).toISOString();
  const at = instantOfDay(ctx, asOf).toISOString();
  // Qualified by hand: the subquery must not read bare names as its own table's columns.
  const relevant = and(
    eq(meetings.tenantId, tenantId),
    isNull(meetings.archivedAt),
    sql`(
      ("meetings"."scheduled_at" >= ${from}::timestamptz and "meetings"."scheduled_at" < ${to}::timestamptz)
      or ("meetings"."held_at" >= ${from}::timestamptz and "meetings"."held_at" < ${to}::timestamptz)
      or ("meetings"."held_at" <= ${at}::timestamptz and exists (
        select 1 from meeting_resolutions r where r.tenant_id = "meetings"."tenant_id" and r.meeting_id = "meetings"."id"
          and (r.done_at is null or r.done_at > ${at}::timestamptz)))
    )`,
  );
  const rows = await tx
    .select()
    .from(meetings)
    .where(relevant)
    .orderBy(asc(meetings.scheduledAt), asc(meetings.id));
  if (rows.length === 0) return [];

  // The resolutions of the same set, by the same condition (no list of ids sent back).
  const resolutions = await tx
    .select({ r: meetingResolutions })
    .from(meetingResolutions)
    .innerJoin(
      meetings,
      and(eq(meetings.tenantId, meetingResolutions.tenantId), eq(meetings.id, meetingResolutions.meetingId)),
    )
    .where(and(eq(meetingResolutions.tenantId, tenantId), relevant))
    .orderBy(asc(meetingResolutions.id))
    .then((list) => list.map(({ r }) => r));
  const byMeeting = new Map<string, PolicyMeeting["resolutions"][number][]>();
  for (const r of resolutions) {
    const list = byMeeting.get(r.meetingId) ?? [];
    list.push({
      id: r.id,
      text: r.text,
      matter: r.matter,
      ownerUnitType: r.ownerUnitType,
      ownerUnitId: r.ownerUnitId,
      dueOn: r.dueOn,
      doneAt: iso(r.doneAt),
    });
    byMeeting.set(r.meetingId, list);
  }
  return rows.map(
    (m): PolicyMeeting => ({
      id: m.id,
      title: m.title,
      level: m.level,
      kind: m.kind,
      regionId: m.regionId,
      compoundId: m.compoundId,
      convenedBy: m.convenedBy,
      scheduledAt: m.scheduledAt.toISOString(),
      status: m.status,
      heldAt: iso(m.heldAt),
      participants: m.participants.map((p) => ({
        unitType: p.unitType,
        unitId: p.unitId,
        attended: p.attended,
      })),
      resolutions: byMeeting.get(m.id) ?? [],
    }),
  );
}
