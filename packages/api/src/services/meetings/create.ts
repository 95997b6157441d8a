import { type CreateMeetingInput, newId } from "@propgov/core";
import { meetings } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { actorOf } from "../audit.js";
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
import { auditedView } from "./view.js";

/**
 * Plans a meeting (status planned). County administrators plan anywhere; region staff at a unit
 * of their subtree. The level must exist in the mechanism and match the unit (township or street,
 * community, compound); convenor, venue and participants must be active units of the county.
 */
export async function createMeeting(ctx: TenantServiceContext, input: CreateMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    await resolvePlace(tx, ctx, reach, mechanism, {
      level: input.level,
      regionId: input.regionId ?? null,
      compoundId: input.compoundId ?? null,
    });
    await checkConvenor(tx, ctx, input.convenedBy);
    if (input.venueId) await checkVenue(tx, ctx, input.venueId);
    await checkParticipants(tx, ctx, input.participants, "body.participants");
    checkMatters(mattersOf(ctx, mechanism), input.agenda, "body.agenda", "matter");
    await checkMediationCases(
      tx,
      ctx,
      {
        kind: input.kind,
        level: input.level,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
      },
      input.caseIds,
    );

    const now = ctx.deps.now();
    const id = newId("meeting", now.getTime());
    await tx.insert(meetings).values({
      tenantId: ctx.tenant.id,
      id,
      title: input.title,
      level: input.level,
      kind: input.kind,
      regionId: input.regionId ?? null,
      compoundId: input.compoundId ?? null,
      convenedBy: input.convenedBy,
      scheduledAt: new Date(input.scheduledAt),
      venueId: input.venueId ?? null,
      participants: input.participants,
      agenda: input.agenda,
      attachments: input.attachments,
      caseIds: input.caseIds,
      status: "planned",
      createdBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    });
    await noteMediation(
      tx,
      ctx,
      mechanism,
      { id, title: input.title, scheduledAt: new Date(input.scheduledAt) },
      input.caseIds,
      "mediationScheduled",
    );
    return auditedView(tx, ctx, "meeting.create", id);
  });
}
