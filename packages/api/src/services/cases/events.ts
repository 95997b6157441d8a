import {
  AppError,
  type CaseStatus,
  type DomainEvent,
  type Mechanism,
  newId,
  onEvent,
  type PolicyEffect,
  slicesRead,
} from "@propgov/core";
import { type CaseActorType, caseEvents, compiled, type Placeholders, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { caseOutboxEvent, enqueue } from "../notifications/outbox.js";
import { loadPolicyView } from "../policy-view/load.js";
import { tenantToday } from "../time.js";
import type { CaseEventRow, CaseRow } from "./view.js";

/** Who acts on a case, as its timeline shows it. */
export interface CaseActor {
  type: CaseActorType;
  id: string | null;
  name: string | null;
}

/** The acting principal as a case actor; `public` for residents without an account. */
export function caseActorOf(ctx: TenantServiceContext): CaseActor {
  const p = ctx.principal;
  if (!p) return { type: "public", id: null, name: null };
  switch (p.kind) {
    case "user":
      return { type: "user", id: p.userId, name: p.displayName };
    case "apiKey":
      return { type: "apiKey", id: p.keyId, name: p.name };
    case "platformUser":
      return { type: "platformUser", id: p.userId, name: p.displayName };
    case "system":
      return { type: "system", id: null, name: p.name };
  }
}

/**
 * Asks the enabled policies what an event requires. Their hooks see only the slices they declare,
 * narrowed to the case's compound and the departments the event names (no query at all when no
 * hook reads anything). A guard refuses the action (422 with the policy's reason in both
 * languages); obligations and notifications are kept in the event.
 */
async function effectsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  event: DomainEvent,
  scope: { compoundId: string; departmentCodes: readonly string[] },
): Promise<PolicyEffect[]> {
  const view = await loadPolicyView(tx, ctx, tenantToday(ctx), undefined, {
    slices: slicesRead(mechanism, ctx.deps.policies, "on", event.type),
    scope: { compoundIds: [scope.compoundId], departmentCodes: scope.departmentCodes },
  });
  const effects = onEvent(mechanism, event, view, ctx.deps.policies);
  const guard = effects.find((e) => e.type === "guard");
  if (guard && guard.type === "guard") {
    throw new AppError("unprocessable", `${guard.reason.en} (${guard.reason.zh})`, {
      extensions: { policy: guard.policy, reason: "policy_guard", explanation: guard.reason },
    });
  }
  return effects;
}

const effectJson = (e: PolicyEffect) =>
  e.type === "obligation"
    ? { policy: e.policy, type: e.type, subject: e.subject, what: e.what, dueAt: e.dueAt }
    : e.type === "notification"
      ? { policy: e.policy, type: e.type, to: e.to, message: e.message }
      : { policy: e.policy, type: e.type };

export interface AppendEvent {
  type: string;
  at: Date;
  status: CaseStatus;
  payload?: Record<string, unknown>;
  /** What policies see besides category and round (e.g. department codes of a whistle). */
  policyPayload?: Record<string, unknown>;
}

const insertCaseEvent = compiled((db, p: Placeholders<CaseEventRow>) =>
  db.insert(caseEvents).values({
    tenantId: p.tenantId,
    id: p.id,
    caseId: p.caseId,
    type: p.type,
    at: p.at,
    actorType: p.actorType,
    actorId: p.actorId,
    actorName: p.actorName,
    status: p.status,
    payload: p.payload,
    requestId: p.requestId,
  }),
);

/** Runs the policies on an event and appends it (with their obligations) to the case's timeline. */
export async function appendEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  row: CaseRow,
  actor: CaseActor,
  e: AppendEvent,
): Promise<CaseEventRow> {
  const effects = await effectsOf(
    tx,
    ctx,
    mechanism,
    {
      type: `case.${e.type}`,
      at: e.at.toISOString(),
      subject: { type: "case", id: row.id, name: row.number },
      payload: { category: row.category, kind: row.kind, round: row.round, ...e.policyPayload },
    },
    {
      compoundId: row.compoundId,
      departmentCodes: Array.isArray(e.policyPayload?.departments)
        ? (e.policyPayload.departments as string[])
        : [],
    },
  );
  const payload = { ...(e.payload ?? {}) };
  if (effects.length > 0) payload.effects = effects.map(effectJson);
  const event: CaseEventRow = {
    tenantId: ctx.tenant.id,
    id: newId("caseEvent", e.at.getTime()),
    caseId: row.id,
    type: e.type,
    at: e.at,
    actorType: actor.type,
    actorId: actor.id,
    actorName: actor.name,
    status: e.status,
    payload,
    requestId: ctx.requestId,
  };
  // The event and its outbox message in one round trip (pipelined on the transaction's connection).
  const notify = caseOutboxEvent(row, event, e.policyPayload);
  await Promise.all([
    insertCaseEvent(tx, event),
    notify ? enqueue(tx, ctx, ctx.tenant.id, notify) : undefined,
  ]);
  return event;
}
