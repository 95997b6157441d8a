import {
  AppError,
  type CancelLifecycleEventInput,
  type CreateLifecycleEventInput,
  checkCompletion,
  checkSignOff,
  type Label,
  type LifecycleActionName,
  type LifecycleKind,
  type LifecycleSignOffInput,
  type LifecycleStatus,
  lifecycleAllowedActions,
  lifecycleKindLabels,
  lifecycleStatusLabels,
  type Mechanism,
  type MissingSignOff,
  missingSignOffs,
  newId,
  type ParticipantKind,
  participantLabels,
  refuseLifecycle,
  wholeProcessParticipationOf,
} from "@propgov/core";
import {
  committees,
  companies,
  compounds,
  lifecycleEvents,
  lifecycleSignOffs,
  partyOrgs,
  regions,
  type Tx,
} from "@propgov/db";
import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { compoundsWithin, lockReachableCompound, type Reach, reachOf } from "./access/reach.js";
import { actorNameOf, actorOf, audit } from "./audit.js";
import { creditToday, eligibilityOf } from "./credit.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { writerReach } from "./regions.js";
import { escapeLike } from "./search.js";
import { inTenant } from "./tx.js";

type Row = typeof lifecycleEvents.$inferSelect;
type SignOffRow = typeof lifecycleSignOffs.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Views

export interface LifecycleSignOffView {
  id: string;
  step: string;
  participant: string;
  participantLabel: Label;
  /** The signing unit (a region, party organisation, committee or company id), when named. */
  unitId: string | null;
  note: string | null;
  at: Date;
  actor: { type: string; id: string | null; name: string | null };
}

export interface LifecycleStepView {
  code: string;
  name: Label;
  /** Who signs this step off, as fixed when the event started. */
  participants: { participant: string; label: Label }[];
  signOffs: LifecycleSignOffView[];
  /** Participants of this step who have not signed yet. */
  missing: string[];
}

export interface LifecycleEventView {
  id: string;
  compoundId: string;
  compoundName: string;
  communityId: string;
  kind: LifecycleKind;
  kindLabel: Label;
  title: string;
  startedOn: string;
  /** The company concerned (for a companySelection, the selected one), or null. */
  companyId: string | null;
  status: LifecycleStatus;
  statusLabel: Label;
  /**
   * Whether completing it needs every sign-off, under the current mechanism: the policy is
   * enabled and the kind `required`.
   */
  required: boolean;
  steps: LifecycleStepView[];
  /** Every sign-off the steps ask for and nobody gave yet, in step order. */
  missing: MissingSignOff[];
  allowedActions: LifecycleActionName[];
  completedAt: Date | null;
  /** When it was cancelled (a cancelled event changes no more), and why. */
  cancelledAt: Date | null;
  cancelReason: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const participantLabel = (p: string): Label => participantLabels[p as ParticipantKind] ?? { zh: p, en: p };

const signOffView = (s: SignOffRow): LifecycleSignOffView => ({
  id: s.id,
  step: s.step,
  participant: s.participant,
  participantLabel: participantLabel(s.participant),
  unitId: s.unitId,
  note: s.note,
  at: s.at,
  actor: { type: s.actorType, id: s.actorId, name: s.actorName },
});

/** Whether completing an event of `kind` is guarded under `mechanism`. */
function guardOf(mechanism: Mechanism): (kind: LifecycleKind) => boolean {
  const { enabled, config } = wholeProcessParticipationOf(mechanism);
  return (kind) => enabled && (config.steps[kind]?.required ?? true);
}

interface Loaded {
  event: Row;
  compoundName: string;
  communityId: string;
}

/** Views of loaded events, their sign-offs fetched in one query. */
async function toViews(
  tx: Tx,
  ctx: TenantServiceContext,
  loaded: readonly Loaded[],
  mechanism: Mechanism,
): Promise<LifecycleEventView[]> {
  if (loaded.length === 0) return [];
  const ids = loaded.map((l) => l.event.id);
  const signOffRows = await tx
    .select()
    .from(lifecycleSignOffs)
    .where(and(eq(lifecycleSignOffs.tenantId, ctx.tenant.id), inArray(lifecycleSignOffs.eventId, ids)))
    .orderBy(asc(lifecycleSignOffs.id));
  const byEvent = new Map<string, SignOffRow[]>();
  for (const s of signOffRows) byEvent.set(s.eventId, [...(byEvent.get(s.eventId) ?? []), s]);
  const guarded = guardOf(mechanism);
  return loaded.map(({ event: e, compoundName, communityId }) => {
    const signOffs = byEvent.get(e.id) ?? [];
    const steps: LifecycleStepView[] = e.steps.map((step) => {
      const mine = signOffs.filter((s) => s.step === step.code);
      return {
        code: step.code,
        name: step.name,
        participants: step.participants.map((p) => ({ participant: p, label: participantLabel(p) })),
        signOffs: mine.map(signOffView),
        missing: step.participants.filter((p) => !mine.some((s) => s.participant === p)),
      };
    });
    return {
      id: e.id,
      compoundId: e.compoundId,
      compoundName,
      communityId,
      kind: e.kind,
      kindLabel: lifecycleKindLabels[e.kind] ?? { zh: e.kind, en: e.kind },
      title: e.title,
      startedOn: e.startedOn,
      companyId: e.companyId,
      status: e.status,
      statusLabel: lifecycleStatusLabels[e.status],
      required: guarded(e.kind),
      steps,
      missing: missingSignOffs(e.steps, signOffs),
      allowedActions: lifecycleAllowedActions(e.status),
      completedAt: e.completedAt,
      cancelledAt: e.cancelledAt,
      cancelReason: e.cancelReason,
      createdBy: e.createdBy,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Who sees what

/**
 * Events the reach may see: those of compounds it sees (as compounds are scoped), written as a
 * subquery so that locking an event locks only the event.
 */
function eventsWithin(reach: Reach): SQL {
  const within = compoundsWithin(reach);
  return sql`exists (select 1 from ${compounds} where ${compounds.tenantId} = ${lifecycleEvents.tenantId} and ${compounds.id} = ${lifecycleEvents.compoundId}${within ? sql` and ${within}` : sql``})`;
}

function selectEvents(tx: Tx) {
  return tx
    .select({ event: lifecycleEvents, compoundName: compounds.name, communityId: compounds.communityId })
    .from(lifecycleEvents)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, lifecycleEvents.tenantId), eq(compounds.id, lifecycleEvents.compoundId)),
    );
}

/** One event the reach sees (else 404); `lock` takes the event's row lock for a change. */
async function findEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<Loaded> {
  if (lock) {
    const [locked] = await tx
      .select({ id: lifecycleEvents.id })
      .from(lifecycleEvents)
      .where(
        and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id), eventsWithin(reach)),
      )
      .for("update");
    if (!locked) throw new AppError("not_found", `Lifecycle event '${id}' was not found.`);
  }
  const [row] = await selectEvents(tx).where(
    and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id), eventsWithin(reach)),
  );
  if (!row) throw new AppError("not_found", `Lifecycle event '${id}' was not found.`);
  return row;
}

async function signOffsOf(tx: Tx, ctx: TenantServiceContext, eventId: string): Promise<SignOffRow[]> {
  return tx
    .select()
    .from(lifecycleSignOffs)
    .where(and(eq(lifecycleSignOffs.tenantId, ctx.tenant.id), eq(lifecycleSignOffs.eventId, eventId)))
    .orderBy(asc(lifecycleSignOffs.id));
}

async function viewOf(tx: Tx, ctx: TenantServiceContext, id: string, mechanism?: Mechanism) {
  const loaded = await findEvent(tx, ctx, { kind: "county" }, id);
  const [view] = await toViews(tx, ctx, [loaded], mechanism ?? (await currentMechanism(tx, ctx)).document);
  if (!view) throw new Error("event vanished");
  return view;
}

// ---------------------------------------------------------------------------------------------
// Verbs

/**
 * The company a lifecycle event names must be an active company of the tenant (422 naming
 * `body.companyId`); for a companySelection it must be eligible to bid on `on` by its credit
 * (招投标资格: grade not excluded, no blacklist record in force, per the credit config), else 422
 * naming `field` with the reasons in Chinese and English.
 */
async function assertSelectable(
  tx: Tx,
  ctx: TenantServiceContext,
  kind: LifecycleKind,
  companyId: string,
  on: string,
  field: string,
): Promise<void> {
  const [company] = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(
      and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId), isNull(companies.archivedAt)),
    );
  if (!company) {
    throw new AppError("unprocessable", `Company '${companyId}' is not an active company of this county.`, {
      errors: [{ path: field, message: "Not an active company (不是本县在册的物业服务企业)." }],
    });
  }
  if (kind !== "companySelection") return;
  const verdict = await eligibilityOf(tx, ctx, company, "bidding", on);
  if (verdict.allowed) return;
  const zh = verdict.reasons.map((r) => r.zh).join("");
  const en = verdict.reasons.map((r) => r.en).join(" ");
  throw new AppError("unprocessable", `${company.name} may not be selected: ${en}`, {
    errors: [{ path: field, message: `不具备招投标资格：${zh} / Not eligible to bid: ${en}` }],
    extensions: {
      grade: verdict.grade,
      score: verdict.score,
      on,
      reasons: verdict.reasons,
      reason: { zh: `${company.name}不具备招投标资格：${zh}`, en: `${company.name} may not bid: ${en}` },
    },
  });
}

/**
 * Starts a lifecycle event at a compound the caller may write in (else 422 naming
 * `body.compoundId`), its steps fixed from the wholeProcessParticipation config of the current
 * mechanism (the defaults when the mechanism leaves the policy out).
 */
export async function createLifecycleEvent(
  ctx: TenantServiceContext,
  input: CreateLifecycleEventInput,
): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    await lockReachableCompound(tx, ctx, reach, input.compoundId);
    if (input.companyId !== undefined) {
      await assertSelectable(tx, ctx, input.kind, input.companyId, creditToday(ctx), "body.companyId");
    }
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const { config } = wholeProcessParticipationOf(mechanism);
    const now = ctx.deps.now();
    const id = newId("lifecycleEvent", now.getTime());
    await tx.insert(lifecycleEvents).values({
      tenantId: ctx.tenant.id,
      id,
      compoundId: input.compoundId,
      kind: input.kind,
      title: input.title,
      startedOn: input.startedOn,
      companyId: input.companyId ?? null,
      steps: config.steps[input.kind].steps.map((s) => ({
        code: s.code,
        name: s.name,
        participants: [...s.participants],
      })),
      status: "open",
      createdBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await viewOf(tx, ctx, id, mechanism);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "lifecycleEvent.create",
      targetType: "lifecycleEvent",
      targetId: id,
      after: {
        compoundId: view.compoundId,
        kind: view.kind,
        title: view.title,
        startedOn: view.startedOn,
        companyId: view.companyId,
        steps: view.steps.map(({ code, participants }) => ({
          code,
          participants: participants.map((p) => p.participant),
        })),
      },
    });
    return view;
  });
}

export interface ListLifecycleEventsInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  kind?: LifecycleKind | undefined;
  status?: LifecycleStatus | undefined;
  /** Events of compounds anywhere under this region. */
  regionId?: string | undefined;
}

/** Events of the compounds the caller sees, newest first. */
export async function listLifecycleEvents(
  ctx: TenantServiceContext,
  input: ListLifecycleEventsInput,
): Promise<Page<LifecycleEventView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    let under: SQL | undefined;
    if (input.regionId) {
      const [region] = await tx
        .select({ path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
      if (!region) return { items: [], nextCursor: null };
      under = sql`exists (select 1 from ${regions} where ${regions.tenantId} = ${compounds.tenantId} and ${regions.id} = ${compounds.communityId} and ${regions.path} like ${`${escapeLike(region.path)}%`})`;
    }
    const rows = await selectEvents(tx)
      .where(
        and(
          eq(lifecycleEvents.tenantId, ctx.tenant.id),
          compoundsWithin(reach),
          before ? lt(lifecycleEvents.id, before) : undefined,
          input.compoundId ? eq(lifecycleEvents.compoundId, input.compoundId) : undefined,
          input.kind ? eq(lifecycleEvents.kind, input.kind) : undefined,
          input.status ? eq(lifecycleEvents.status, input.status) : undefined,
          under,
        ),
      )
      .orderBy(desc(lifecycleEvents.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.event.id })),
      input.limit,
    );
    const mechanism = (await currentMechanism(tx, ctx)).document;
    return { items: await toViews(tx, ctx, page.items, mechanism), nextCursor: page.nextCursor };
  });
}

/** One event with its steps, sign-offs and what is missing; 404 outside the caller's compounds. */
export async function getLifecycleEvent(ctx: TenantServiceContext, id: string): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const loaded = await findEvent(tx, ctx, await reachOf(tx, ctx), id);
    const [view] = await toViews(tx, ctx, [loaded], (await currentMechanism(tx, ctx)).document);
    if (!view) throw new Error("event vanished");
    return view;
  });
}

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
