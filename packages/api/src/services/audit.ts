import { newId } from "@propgov/core";
import { type ActorType, auditEvents, type Tx } from "@propgov/db";
import type { Principal, ServiceContext } from "../context.js";

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_FIELDS = new Set(["passwordHash", "secretHash", "password", "key", "token"]);

/** A copy of a record without secrets, fit for the audit trail. */
export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!SECRET_FIELDS.has(k)) out[k] = redact(v);
    return out;
  }
  return value;
}

export function actorOf(principal: Principal | null): { actorType: ActorType; actorId: string | null } {
  if (!principal) return { actorType: "system", actorId: null };
  switch (principal.kind) {
    case "user":
      return { actorType: "user", actorId: principal.userId };
    case "apiKey":
      return { actorType: "apiKey", actorId: principal.keyId };
    case "platformUser":
      return { actorType: "platformUser", actorId: principal.userId };
  }
}

/** Appends one audit event in the caller's transaction, so it commits or rolls back with the change. */
export async function audit(tx: Tx, ctx: ServiceContext, tenantId: string, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId,
    id: newId("auditEvent", ctx.deps.now().getTime()),
    at: ctx.deps.now(),
    ...actorOf(ctx.principal),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId,
  });
}
