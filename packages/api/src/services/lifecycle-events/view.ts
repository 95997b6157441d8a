import {
  type Label,
  type LifecycleActionName,
  type LifecycleKind,
  type LifecycleStatus,
  lifecycleAllowedActions,
  lifecycleKindLabels,
  lifecycleStatusLabels,
  type Mechanism,
  type MissingSignOff,
  missingSignOffs,
  type ParticipantKind,
  participantLabels,
  wholeProcessParticipationOf,
} from "@propgov/core";
import { type lifecycleEvents, lifecycleSignOffs, type Tx } from "@propgov/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
export type LifecycleRow = typeof lifecycleEvents.$inferSelect;
export type SignOffRow = typeof lifecycleSignOffs.$inferSelect;

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

export const participantLabel = (p: string): Label =>
  participantLabels[p as ParticipantKind] ?? { zh: p, en: p };

export const signOffView = (s: SignOffRow): LifecycleSignOffView => ({
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
export function guardOf(mechanism: Mechanism): (kind: LifecycleKind) => boolean {
  const { enabled, config } = wholeProcessParticipationOf(mechanism);
  return (kind) => enabled && (config.steps[kind]?.required ?? true);
}

export interface Loaded {
  event: LifecycleRow;
  compoundName: string;
  communityId: string;
}

/** Views of loaded events, their sign-offs fetched in one query. */
export async function toViews(
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
