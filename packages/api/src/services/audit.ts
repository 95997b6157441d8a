import { newId } from "@propgov/core";
import { type ActorType, auditEvents, compiled, type Placeholders, type Tx } from "@propgov/db";
import type { Principal, ServiceContext } from "../context.js";
import { insertChunked } from "./chunked.js";
import { auditOutboxEvent, enqueue } from "./notifications/outbox.js";

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

/** Who acted, as the audit trail records it; anonymous callers and jobs are `system`. */
export function actorOf(principal: Principal | null): { actorType: ActorType; actorId: string | null } {
  const id = actorIdOf(principal);
  switch (principal?.kind) {
    case "user":
      return { actorType: "user", actorId: id };
    case "apiKey":
      return { actorType: "apiKey", actorId: id };
    case "platformUser":
      return { actorType: "platformUser", actorId: id };
    default:
      return { actorType: "system", actorId: null };
  }
}

/** The id of the person or key acting (user, platform user or API key); null when anonymous or a job. */
export function actorIdOf(principal: Principal | null): string | null {
  switch (principal?.kind) {
    case "user":
    case "platformUser":
      return principal.userId;
    case "apiKey":
      return principal.keyId;
    default:
      return null;
  }
}

/** The name shown for the actor in timelines: a display name, a key's name, or the job's name. */
export function actorNameOf(principal: Principal | null): string | null {
  switch (principal?.kind) {
    case "user":
    case "platformUser":
      return principal.displayName;
    case "apiKey":
      return principal.name;
    case "system":
      return principal.name;
    default:
      return null;
  }
}

/**
 * Appends one audit event in the caller's transaction, so it commits or rolls back with the change;
 * an action someone must hear about (a meeting planned, an assessment published, …) also goes to
 * the outbox in the same transaction.
 */
export async function audit(tx: Tx, ctx: ServiceContext, tenantId: string, entry: AuditEntry): Promise<void> {
  await insertAudit(tx, auditRow(ctx, tenantId, entry));
  const event = auditOutboxEvent(entry);
  if (event) await enqueue(tx, ctx, tenantId, event);
}

type AuditRow = {
  tenantId: string;
  id: string;
  at: Date;
  actorType: ActorType;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

const insertAudit = compiled((db, p: Placeholders<AuditRow>) =>
  db.insert(auditEvents).values({
    tenantId: p.tenantId,
    id: p.id,
    at: p.at,
    actorType: p.actorType,
    actorId: p.actorId,
    action: p.action,
    targetType: p.targetType,
    targetId: p.targetId,
    before: p.before,
    after: p.after,
    requestId: p.requestId,
  }),
);

function auditRow(ctx: ServiceContext, tenantId: string, entry: AuditEntry): AuditRow {
  const now = ctx.deps.now();
  return {
    tenantId,
    id: newId("auditEvent", now.getTime()),
    at: now,
    ...actorOf(ctx.principal),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId,
  };
}

/**
 * The same events as `audit` once per entry, written with multi-row inserts (a bulk import's
 * thousands of rows): the same rows, in the caller's transaction, in a few statements.
 */
export async function auditMany(
  tx: Tx,
  ctx: ServiceContext,
  tenantId: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  // 11 parameters a row: 500 rows stay far below PostgreSQL's 65,535 a statement.
  await insertChunked(
    entries.map((entry) => auditRow(ctx, tenantId, entry)),
    500,
    (chunk) => tx.insert(auditEvents).values(chunk),
  );
  for (const entry of entries) {
    const event = auditOutboxEvent(entry);
    if (event) await enqueue(tx, ctx, tenantId, event);
  }
}
