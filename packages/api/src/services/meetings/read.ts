import {
  AppError,
  clampInstant,
  endOfDayIn,
  type MeetingKind,
  type MeetingLevel,
  type MeetingStatus,
  startOfDayIn,
} from "@propgov/core";
import { meetings, type Tx } from "@propgov/db";
import { and, desc, eq, gte, isNull, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { meetingsWithin } from "../access/meetings.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { inTenant } from "../tx.js";
import { unitFilter } from "../units/refs.js";
import {
  fullView,
  type MeetingView,
  type MeetingWithResolutions,
  meetingViews,
  selectMeetings,
} from "./view.js";

/** A meeting the reach sees (not archived), locked for a change when `lock`; else 404. */
export async function findMeeting(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string, lock = false) {
  const query = tx
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.tenantId, ctx.tenant.id),
        eq(meetings.id, id),
        isNull(meetings.archivedAt),
        meetingsWithin(reach),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Meeting '${id}' was not found.`);
  return row;
}

export interface ListMeetingsInput {
  limit: number;
  cursor?: string | undefined;
  level?: MeetingLevel | undefined;
  kind?: MeetingKind | undefined;
  status?: MeetingStatus | undefined;
  /** Meetings at this region or at any unit under it (compounds through their community). */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  /** Scheduled on or after this day (the county's date). */
  from?: string | undefined;
  /** Scheduled on or before this day (the county's date). */
  to?: string | undefined;
  q?: string | undefined;
}

/** Meetings the caller sees, filtered; newest first (by creation). */
export async function listMeetings(
  ctx: TenantServiceContext,
  input: ListMeetingsInput,
): Promise<Page<MeetingView>> {
  if (input.from && input.to && input.from > input.to) {
    throw new AppError("bad_request", `The range ends (${input.to}) before it starts (${input.from}).`, {
      errors: [{ path: "query.to", message: "Not before `from`." }],
    });
  }
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const tz = ctx.tenant.timezone;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await selectMeetings(tx)
      .where(
        and(
          eq(meetings.tenantId, ctx.tenant.id),
          isNull(meetings.archivedAt),
          meetingsWithin(reach),
          before ? lt(meetings.id, before) : undefined,
          input.level ? eq(meetings.level, input.level) : undefined,
          input.kind ? eq(meetings.kind, input.kind) : undefined,
          input.status ? eq(meetings.status, input.status) : undefined,
          await unitFilter(tx, ctx, meetings, input),
          input.from ? gte(meetings.scheduledAt, clampInstant(startOfDayIn(input.from, tz))) : undefined,
          input.to ? lt(meetings.scheduledAt, clampInstant(endOfDayIn(input.to, tz))) : undefined,
          textMatches(input.q, meetings.title),
        ),
      )
      .orderBy(desc(meetings.id))
      .limit(input.limit + 1);
    return toPage(await meetingViews(tx, ctx, rows), input.limit);
  });
}

/** One meeting with its resolutions; 404 when the caller does not see it. */
export async function getMeeting(ctx: TenantServiceContext, id: string): Promise<MeetingWithResolutions> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await findMeeting(tx, ctx, reach, id);
    return fullView(tx, ctx, id);
  });
}
