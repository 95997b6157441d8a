import {
  type AddMeetingResolutionsInput,
  AppError,
  assertMeetingAction,
  dateInZone,
  newId,
  onEvent,
  type PolicyEffect,
  resolutionAdoptEvent,
  slicesRead,
  unprocessable,
  type ViewSlice,
} from "@propgov/core";
import { compounds, meetingResolutions, meetings, regions, type Tx } from "@propgov/db";
import { and, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { audit } from "../audit.js";
import { currentMechanism } from "../mechanism.js";
import { loadPolicyView } from "../policy-view/load.js";
import { insertTask } from "../tasks/create.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { unitKey, unitNames } from "../units/names.js";
import { checkMatters, mattersOf } from "./checks.js";
import { findMeeting } from "./read.js";
import { fullView, type MeetingResolutionView, type MeetingWithResolutions, resolutionView } from "./view.js";

/** What `resolutionAdoptEvent` reads to tell which participant kind each unit is. */
const surroundingSlices: readonly ViewSlice[] = [
  "regions",
  "compounds",
  "partyOrgs",
  "committees",
  "contracts",
];

/**
 * The compounds and regions around a meeting's place, as `meetingSurroundings` reads them: a
 * compound meeting its compound; a community meeting the community and its compounds; a township
 * meeting the township, its communities and their compounds.
 */
async function placeScope(
  tx: Tx,
  ctx: TenantServiceContext,
  meeting: { level: string; regionId: string | null; compoundId: string | null },
): Promise<{ compoundIds: string[]; regionIds: string[] }> {
  if (meeting.level === "compound" || !meeting.regionId) {
    return { compoundIds: meeting.compoundId ? [meeting.compoundId] : [], regionIds: [] };
  }
  const regionIds =
    meeting.level === "township"
      ? [
          meeting.regionId,
          ...(
            await tx
              .select({ id: regions.id })
              .from(regions)
              .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.parentId, meeting.regionId)))
          ).map((r) => r.id),
        ]
      : [meeting.regionId];
  const inPlace = await tx
    .select({ id: compounds.id })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), inArray(compounds.communityId, regionIds)));
  return { compoundIds: inPlace.map((c) => c.id), regionIds };
}

const effectJson = (e: PolicyEffect) =>
  e.type === "obligation"
    ? { policy: e.policy, type: e.type, subject: e.subject, what: e.what, dueAt: e.dueAt }
    : e.type === "notification"
      ? { policy: e.policy, type: e.type, to: e.to, message: e.message }
      : { policy: e.policy, type: e.type };

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Records resolutions of a held meeting, all or none. Each runs the policies' `on` hook with the
 * event `meeting.resolution.adopt` (the meeting's attended participants mapped to the kinds the
 * policies name, see `resolutionAdoptEvent`): a guard refuses with 422 carrying the policy's
 * reason in Chinese and English (`policy`, `reason`, `resolution` = its index). Each accepted
 * resolution becomes a responsibility-list task (source `meetingResolution`) owned by its owner
 * unit, due on its due date, belonging to the meeting's region (a compound meeting: its community).
 */
export async function addMeetingResolutions(
  ctx: TenantServiceContext,
  id: string,
  input: AddMeetingResolutionsInput,
): Promise<MeetingWithResolutions> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const meeting = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(meeting.status, "addResolutions");
    const mechanism = (await currentMechanism(tx, ctx)).document;
    checkMatters(mattersOf(ctx, mechanism), input.resolutions, "body.resolutions", "matter");
    const heldOn = dateInZone(meeting.heldAt ?? ctx.deps.now(), ctx.tenant.timezone);
    const early = input.resolutions.flatMap((r, i) =>
      r.dueOn < heldOn
        ? [{ path: `body.resolutions.${i}.dueOn`, message: `Not before the meeting was held (${heldOn}).` }]
        : [],
    );
    if (early.length) throw unprocessable(early, "A resolution is due before the meeting was held.");

    let regionId = meeting.regionId;
    if (!regionId && meeting.compoundId) {
      const [c] = await tx
        .select({ communityId: compounds.communityId })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, meeting.compoundId)));
      regionId = c?.communityId ?? null;
    }

    const today = tenantToday(ctx);
    // The meeting's surroundings (who counts as which participant) and what the hooks read, for
    // its place only.
    const view = await loadPolicyView(tx, ctx, today, undefined, {
      slices: new Set<ViewSlice>([
        ...surroundingSlices,
        ...slicesRead(mechanism, ctx.deps.policies, "on", "meeting.resolution.adopt"),
      ]),
      scope: await placeScope(tx, ctx, meeting),
    });
    const now = ctx.deps.now();
    for (const [i, r] of input.resolutions.entries()) {
      const event = resolutionAdoptEvent(meeting, r, view, now.toISOString());
      const effects = onEvent(mechanism, event, view, ctx.deps.policies);
      const guard = effects.find((e) => e.type === "guard");
      if (guard && guard.type === "guard") {
        throw new AppError("unprocessable", `${guard.reason.en} (${guard.reason.zh})`, {
          errors: [{ path: `body.resolutions.${i}.matter`, message: guard.reason.en }],
          extensions: {
            policy: guard.policy,
            reason: "policy_guard",
            explanation: guard.reason,
            resolution: i,
          },
        });
      }
      // A millisecond per resolution keeps ids (the order they are read in) in the order given.
      const resolutionId = newId("meetingResolution", now.getTime() + i);
      const task = await insertTask(
        tx,
        ctx,
        {
          title: shorten(r.text, 200),
          description: `${meeting.title}（${heldOn}）会议决议：${r.text}`.slice(0, 4000),
          ownerUnit: r.ownerUnit,
          dueOn: r.dueOn,
          source: "meetingResolution",
          sourceId: resolutionId,
          regionId,
        },
        { path: `body.resolutions.${i}.`, within: reach },
      );
      const [row] = await tx
        .insert(meetingResolutions)
        .values({
          tenantId: ctx.tenant.id,
          id: resolutionId,
          meetingId: id,
          text: r.text,
          matter: r.matter,
          ownerUnitType: r.ownerUnit.unitType,
          ownerUnitId: r.ownerUnit.unitId,
          dueOn: r.dueOn,
          taskId: task.id,
          createdAt: now,
        })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      await audit(tx, ctx, ctx.tenant.id, {
        action: "meeting.resolution.adopt",
        targetType: "meetingResolution",
        targetId: resolutionId,
        after: {
          ...resolutionView(
            row,
            new Map([[unitKey(r.ownerUnit.unitType, r.ownerUnit.unitId), task.ownerUnit.name]]),
            today,
          ),
          effects: effects.map(effectJson),
          policyEvent: event.payload,
        },
      });
    }
    await tx
      .update(meetings)
      .set({ updatedAt: now })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    return fullView(tx, ctx, id);
  });
}

/** Marks a resolution done (落实), while the meeting is held or after it closed; again changes nothing. */
export async function completeMeetingResolution(
  ctx: TenantServiceContext,
  id: string,
  resolutionId: string,
): Promise<MeetingResolutionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const meeting = await findMeeting(tx, ctx, reach, id, true);
    const [before] = await tx
      .select()
      .from(meetingResolutions)
      .where(
        and(
          eq(meetingResolutions.tenantId, ctx.tenant.id),
          eq(meetingResolutions.meetingId, id),
          eq(meetingResolutions.id, resolutionId),
        ),
      );
    if (!before) throw new AppError("not_found", `Meeting '${id}' has no resolution '${resolutionId}'.`);
    assertMeetingAction(meeting.status, "completeResolution");
    const names = await unitNames(tx, ctx.tenant.id, [
      { unitType: before.ownerUnitType, unitId: before.ownerUnitId },
    ]);
    const today = tenantToday(ctx);
    if (before.doneAt) return resolutionView(before, names, today);
    const [row] = await tx
      .update(meetingResolutions)
      .set({ doneAt: ctx.deps.now() })
      .where(and(eq(meetingResolutions.tenantId, ctx.tenant.id), eq(meetingResolutions.id, resolutionId)))
      .returning();
    if (!row) throw new Error("update returned nothing");
    const view = resolutionView(row, names, today);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.resolution.done",
      targetType: "meetingResolution",
      targetId: resolutionId,
      before: resolutionView(before, names, today),
      after: view,
    });
    return view;
  });
}
