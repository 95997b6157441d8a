import {
  assertMeetingAction,
  type HoldMeetingInput,
  meetingStatusAfter,
  type UpdateMeetingInput,
  unprocessable,
} from "@propgov/core";
import { meetings } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import {
  checkConvenor,
  checkMatters,
  checkParticipants,
  checkVenue,
  mattersOf,
  resolvePlace,
} from "./checks.js";
import { checkMediationCases, noteMediation } from "./mediation.js";
import { findMeeting } from "./read.js";
import { auditedView, fullView } from "./view.js";

/** Changes a planned meeting; a held or closed one is 409 with `currentStatus` and `allowedActions`. */
export async function updateMeeting(ctx: TenantServiceContext, id: string, input: UpdateMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "update");
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const level = input.level ?? before.level;
    const movesUnit =
      input.level !== undefined || input.regionId !== undefined || input.compoundId !== undefined;
    // A new level comes with its unit; a new unit of the same level replaces the old one.
    const regionId =
      input.regionId !== undefined
        ? input.regionId
        : input.compoundId !== undefined || level === "compound"
          ? null
          : before.regionId;
    const compoundId =
      input.compoundId !== undefined
        ? input.compoundId
        : input.regionId !== undefined || level !== "compound"
          ? null
          : before.compoundId;
    if (movesUnit) await resolvePlace(tx, ctx, reach, mechanism, { level, regionId, compoundId });
    if (input.convenedBy !== undefined) await checkConvenor(tx, ctx, input.convenedBy);
    if (input.venueId) await checkVenue(tx, ctx, input.venueId);
    if (input.participants) await checkParticipants(tx, ctx, input.participants, "body.participants");
    if (input.agenda) checkMatters(mattersOf(ctx, mechanism), input.agenda, "body.agenda", "matter");
    const caseIds = input.caseIds ?? before.caseIds;
    const kind = input.kind ?? before.kind;
    if (input.caseIds !== undefined || input.kind !== undefined || movesUnit) {
      await checkMediationCases(tx, ctx, { kind, level, regionId, compoundId }, caseIds);
    }
    const added = caseIds.filter((c) => !before.caseIds.includes(c));

    const beforeView = await fullView(tx, ctx, id);
    await tx
      .update(meetings)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(movesUnit ? { level, regionId, compoundId } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.convenedBy !== undefined ? { convenedBy: input.convenedBy } : {}),
        ...(input.scheduledAt !== undefined ? { scheduledAt: new Date(input.scheduledAt) } : {}),
        ...(input.venueId !== undefined ? { venueId: input.venueId } : {}),
        ...(input.participants !== undefined ? { participants: input.participants } : {}),
        ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
        ...(input.attachments !== undefined ? { attachments: input.attachments } : {}),
        ...(input.caseIds !== undefined ? { caseIds: input.caseIds } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    await noteMediation(
      tx,
      ctx,
      mechanism,
      {
        id,
        title: input.title ?? before.title,
        scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : before.scheduledAt,
      },
      added,
      "mediationScheduled",
    );
    return auditedView(tx, ctx, "meeting.update", id, beforeView);
  });
}

/**
 * Holds a planned meeting: planned → held, with the minutes and who attended (the list replaces
 * the planned one). `heldAt` defaults to now and may not lie in the future; attachments sent are
 * added to the meeting's.
 */
export async function holdMeeting(ctx: TenantServiceContext, id: string, input: HoldMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "hold");
    const now = ctx.deps.now();
    const heldAt = input.heldAt ? new Date(input.heldAt) : now;
    if (heldAt.getTime() > now.getTime()) {
      const message = "Not in the future: a meeting is recorded as held once it has been.";
      throw unprocessable([{ path: "body.heldAt", message }], `heldAt ${input.heldAt} lies in the future.`);
    }
    await checkParticipants(tx, ctx, input.participants, "body.participants");
    const beforeView = await fullView(tx, ctx, id);
    const attachments = [...new Set([...before.attachments, ...(input.attachments ?? [])])];
    await tx
      .update(meetings)
      .set({
        status: meetingStatusAfter(before.status, "hold"),
        minutes: input.minutes,
        participants: input.participants,
        attachments,
        heldAt,
        updatedAt: now,
      })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    await noteMediation(
      tx,
      ctx,
      (await currentMechanism(tx, ctx)).document,
      { id, title: before.title, scheduledAt: before.scheduledAt, heldAt },
      before.caseIds,
      "mediationHeld",
    );
    return auditedView(tx, ctx, "meeting.hold", id, beforeView);
  });
}

/** Closes a held meeting: held → closed. Its resolutions are still followed up and marked done. */
export async function closeMeeting(ctx: TenantServiceContext, id: string) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "close");
    const beforeView = await fullView(tx, ctx, id);
    const now = ctx.deps.now();
    await tx
      .update(meetings)
      .set({ status: meetingStatusAfter(before.status, "close"), closedAt: now, updatedAt: now })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    return auditedView(tx, ctx, "meeting.close", id, beforeView);
  });
}
