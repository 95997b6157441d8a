import { apiKeys, auditEvents, users } from "@propgov/db";
import { and, desc, eq, gte, lt, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

export interface AuditEventFilter {
  limit: number;
  cursor?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface AuditEventView {
  id: string;
  at: string;
  actorType: "user" | "apiKey" | "platformUser" | "system";
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/**
 * The county's audit trail, newest first, filtered by who (actor id), what (action), which
 * target and when (`from` inclusive, `to` inclusive). The actor's display name (a user's, or an
 * API key's name) is joined in for reading; the event itself stays as written.
 */
export async function listAuditEvents(
  ctx: TenantServiceContext,
  input: AuditEventFilter,
): Promise<Page<AuditEventView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const t = ctx.tenant.id;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select({
        event: auditEvents,
        userName: users.displayName,
        keyName: apiKeys.name,
      })
      .from(auditEvents)
      .leftJoin(users, and(eq(users.tenantId, auditEvents.tenantId), eq(users.id, auditEvents.actorId)))
      .leftJoin(apiKeys, and(eq(apiKeys.tenantId, auditEvents.tenantId), eq(apiKeys.id, auditEvents.actorId)))
      .where(
        and(
          eq(auditEvents.tenantId, t),
          before ? lt(auditEvents.id, before) : undefined,
          input.actorId ? eq(auditEvents.actorId, input.actorId) : undefined,
          input.action ? eq(auditEvents.action, input.action) : undefined,
          input.targetType ? eq(auditEvents.targetType, input.targetType) : undefined,
          input.targetId ? eq(auditEvents.targetId, input.targetId) : undefined,
          input.from ? gte(auditEvents.at, new Date(input.from)) : undefined,
          input.to ? lte(auditEvents.at, new Date(input.to)) : undefined,
        ),
      )
      .orderBy(desc(auditEvents.id))
      .limit(input.limit + 1),
  );
  return toPage(
    rows.map(({ event: e, userName, keyName }) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorType: e.actorType,
      actorId: e.actorId,
      actorName: userName ?? keyName ?? null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId,
    })),
    input.limit,
  );
}
