import {
  AppError,
  type CancelLifecycleEventInput,
  checkCompletion,
  checkSignOff,
  type LifecycleSignOffInput,
  newId,
  type ParticipantKind,
  participantLabels,
  refuseLifecycle,
} from "@propgov/core";
import {
  committees,
  companies,
  lifecycleEvents,
  lifecycleSignOffs,
  partyOrgs,
  regions,
  type Tx,
} from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { writerReach } from "../access/regions.js";
import { actorNameOf, actorOf, audit } from "../audit.js";
import { creditToday } from "../credit/view.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { assertSelectable } from "./create.js";
import { findEvent, signOffsOf, viewOf } from "./read.js";
import { guardOf, type LifecycleEventView, type Loaded } from "./view.js";

/** The lock and the checks every change starts with: the writer's reach and the event locked. */
async function lockForChange(tx: Tx, ctx: TenantServiceContext, id: string) {
  const reach = await writerReach(tx, ctx);
  const loaded = await findEvent(tx, ctx, reach, id, true);
  return { reach, loaded };
}

/**
 * The signing unit, when named, must be the participant's kind of unit and belong to the event's
 * compound: its township/street or community (regions above the compound), a community party
 * organisation there, the compound's own party branch or committee, an active company. When not
 * named, a community signs as the compound's community. 422 naming `body.unitId` otherwise.
 */
async function signingUnit(
  tx: Tx,
  ctx: TenantServiceContext,
  loaded: Loaded,
  participant: ParticipantKind,
  unitId: string | undefined,
): Promise<string | null> {
  if (unitId === undefined) return participant === "community" ? loaded.communityId : null;
  const tenantId = ctx.tenant.id;
  const [community] = await tx
    .select({ path: regions.path })
    .from(regions)
    .where(and(eq(regions.tenantId, tenantId), eq(regions.id, loaded.communityId)));
  const chain = (community?.path ?? "").split("/").filter(Boolean);
  let ok = false;
  switch (participant) {
    case "townshipStreet":
    case "community": {
      const [region] = await tx
        .select({ kind: regions.kind })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), eq(regions.id, unitId), isNull(regions.archivedAt)));
      ok =
        region !== undefined &&
        chain.includes(unitId) &&
        (participant === "community" ? region.kind === "community" : region.kind !== "community");
      break;
    }
    case "communityPartyOrg":
    case "compoundBranch": {
      const [org] = await tx
        .select({ kind: partyOrgs.kind, regionId: partyOrgs.regionId, compoundId: partyOrgs.compoundId })
        .from(partyOrgs)
        .where(and(eq(partyOrgs.tenantId, tenantId), eq(partyOrgs.id, unitId), isNull(partyOrgs.archivedAt)));
      ok =
        org !== undefined &&
        (participant === "communityPartyOrg"
          ? org.kind === "communityCommittee" && org.regionId !== null && chain.includes(org.regionId)
          : org.kind === "compoundBranch" && org.compoundId === loaded.event.compoundId);
      break;
    }
    case "committee": {
      const [committee] = await tx
        .select({ id: committees.id })
        .from(committees)
        .where(
          and(
            eq(committees.tenantId, tenantId),
            eq(committees.id, unitId),
            eq(committees.compoundId, loaded.event.compoundId),
            isNull(committees.archivedAt),
          ),
        );
      ok = committee !== undefined;
      break;
    }
    case "company": {
      const [company] = await tx
        .select({ id: companies.id })
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), eq(companies.id, unitId), isNull(companies.archivedAt)));
      ok = company !== undefined;
      break;
    }
  }
  if (!ok) {
    const who = participantLabels[participant];
    throw new AppError("unprocessable", `'${unitId}' cannot sign as ${who.en} for this compound.`, {
      errors: [
        {
          path: "body.unitId",
          message: `Not ${who.en} of this compound (${who.zh}).`,
        },
      ],
    });
  }
  return unitId;
}

/**
 * Records one participant's sign-off on one step, with the actor and the time; append-only. The
 * step must be one of the event's (422 `body.step`), the participant one it asks for (422
 * `body.participant`), not signed already (409). Staff of a community do not sign for the
 * township or street office (403).
 */
export async function signOffLifecycleEvent(
  ctx: TenantServiceContext,
  id: string,
  input: LifecycleSignOffInput,
): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const { reach, loaded } = await lockForChange(tx, ctx, id);
    const existing = await signOffsOf(tx, ctx, id);
    const step = checkSignOff(loaded.event, existing, input);
    if (input.participant === "townshipStreet" && reach.kind === "region") {
      const [own] = await tx
        .select({ kind: regions.kind })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, reach.regionId)));
      if (own?.kind === "community") {
        throw new AppError(
          "forbidden",
          "Community staff do not sign off for the township or street office (乡镇(街道)的签字须由乡镇(街道)或县级人员确认).",
        );
      }
    }
    const unitId = await signingUnit(tx, ctx, loaded, input.participant, input.unitId);
    const now = ctx.deps.now();
    const p = ctx.principal;
    const { actorType, actorId } = actorOf(p);
    const signOffId = newId("signOff", now.getTime());
    await tx.insert(lifecycleSignOffs).values({
      tenantId: ctx.tenant.id,
      id: signOffId,
      eventId: id,
      step: step.code,
      participant: input.participant,
      unitId,
      note: input.note ?? null,
      at: now,
      actorType,
      actorId,
      actorName: actorNameOf(p),
    });
    await tx
      .update(lifecycleEvents)
      .set({ updatedAt: now })
      .where(and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id)));
    const view = await viewOf(tx, ctx, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "lifecycleEvent.signOff",
      targetType: "lifecycleEvent",
      targetId: id,
      after: { signOffId, step: step.code, participant: input.participant, unitId, note: input.note ?? null },
    });
    return view;
  });
}

/**
 * Completes an open event. When the policy is enabled and the kind `required`, every sign-off
 * its steps ask for must be there: else 409 naming the missing ones (`missing`, `reason`).
 */
export async function completeLifecycleEvent(
  ctx: TenantServiceContext,
  id: string,
): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const { loaded } = await lockForChange(tx, ctx, id);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const signOffs = await signOffsOf(tx, ctx, id);
    const required = guardOf(mechanism)(loaded.event.kind);
    checkCompletion(loaded.event, signOffs, required);
    // The selection is made on completion: the selected company must still be eligible to bid.
    if (loaded.event.companyId !== null) {
      await assertSelectable(
        tx,
        ctx,
        loaded.event.kind,
        loaded.event.companyId,
        creditToday(ctx),
        "event.companyId",
      );
    }
    const now = ctx.deps.now();
    await tx
      .update(lifecycleEvents)
      .set({ status: "completed", completedAt: now, updatedAt: now })
      .where(and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id)));
    const view = await viewOf(tx, ctx, id, mechanism);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "lifecycleEvent.complete",
      targetType: "lifecycleEvent",
      targetId: id,
      before: { status: loaded.event.status },
      after: {
        status: view.status,
        required,
        // Completed without these (the kind was not required): what the evaluation will report.
        missing: view.missing.map(({ step, participant }) => ({ step, participant })),
      },
    });
    return view;
  });
}

/** Cancels an open event with a reason (kept on the event and audited); 409 when it is not open. */
export async function cancelLifecycleEvent(
  ctx: TenantServiceContext,
  id: string,
  input: CancelLifecycleEventInput,
): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const { loaded } = await lockForChange(tx, ctx, id);
    if (loaded.event.status !== "open") refuseLifecycle(loaded.event.status, "cancel");
    const now = ctx.deps.now();
    await tx
      .update(lifecycleEvents)
      .set({ status: "cancelled", cancelledAt: now, cancelReason: input.reason, updatedAt: now })
      .where(and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id)));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "lifecycleEvent.cancel",
      targetType: "lifecycleEvent",
      targetId: id,
      before: { status: loaded.event.status },
      after: { status: "cancelled", cancelReason: input.reason },
    });
    return viewOf(tx, ctx, id);
  });
}
