import { AppError, notFound } from "@propgov/core";
import { notifications, type Tx, tenants, withoutTenant } from "@propgov/db";
import { and, count, desc, eq, gt, isNull, lt } from "drizzle-orm";
import type { ServiceContext, TenantServiceContext } from "../../context.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { tenantRefColumns } from "../tenant-ref.js";
import { inTenant } from "../tx.js";

/** A notification as its user reads it. */
export interface InboxItem {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string | null;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  data: Record<string, unknown>;
  urgent: boolean;
  createdAt: string;
  readAt: string | null;
}

type Row = typeof notifications.$inferSelect;

const itemOf = (r: Row): InboxItem => ({
  id: r.id,
  type: r.type,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  title: r.title,
  body: r.body,
  data: r.data,
  urgent: r.urgent,
  createdAt: r.createdAt.toISOString(),
  readAt: r.readAt ? r.readAt.toISOString() : null,
});

/** The signed-in user and their county: only county users have an inbox (not API keys, not platform users). */
export async function inboxOwner(
  ctx: ServiceContext,
): Promise<{ ctx: TenantServiceContext; userId: string }> {
  const p = ctx.principal;
  if (p?.kind !== "user") {
    throw new AppError("forbidden", "Only a county's signed-in users have a notification inbox.");
  }
  const [tenant] = await withoutTenant(ctx.deps.db.db, (tx) =>
    tx.select(tenantRefColumns).from(tenants).where(eq(tenants.id, p.tenantId)),
  );
  if (!tenant) throw notFound("Tenant");
  return { ctx: { ...ctx, tenant }, userId: p.userId };
}

const mine = (tenantId: string, userId: string) =>
  and(eq(notifications.tenantId, tenantId), eq(notifications.userId, userId));

async function unread(tx: Tx, tenantId: string, userId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(tenantId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The caller's notifications, newest first, with the unread count. */
export async function listInbox(
  base: ServiceContext,
  query: { unread?: boolean | undefined; cursor?: string | undefined; limit: number },
): Promise<Page<InboxItem> & { unreadCount: number }> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(ctx, async (tx) => {
    const conditions = [mine(ctx.tenant.id, userId)];
    if (query.unread) conditions.push(isNull(notifications.readAt));
    if (query.cursor) conditions.push(lt(notifications.id, decodeCursor(query.cursor)));
    const rows = await tx
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.id))
      .limit(query.limit + 1);
    const page = toPage(rows.map(itemOf), query.limit);
    return { ...page, unreadCount: await unread(tx, ctx.tenant.id, userId) };
  });
}

export async function unreadCount(base: ServiceContext): Promise<number> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(ctx, (tx) => unread(tx, ctx.tenant.id, userId));
}

/** Marks one of the caller's notifications read (idempotent); another user's or county's is 404. */
export async function markRead(base: ServiceContext, id: string): Promise<InboxItem> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(notifications)
      .where(and(mine(ctx.tenant.id, userId), eq(notifications.id, id)));
    if (!row) throw notFound(`Notification '${id}'`);
    if (row.readAt) return itemOf(row);
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: ctx.deps.now() })
      .where(and(mine(ctx.tenant.id, userId), eq(notifications.id, id)))
      .returning();
    return itemOf(updated ?? row);
  });
}

/** Marks every unread notification of the caller read; how many were. */
export async function markAllRead(base: ServiceContext): Promise<number> {
  const { ctx, userId } = await inboxOwner(base);
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: ctx.deps.now() })
      .where(and(mine(ctx.tenant.id, userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return rows.length;
  });
}

/** The caller's notifications newer than `afterId` (oldest first), for the live stream. */
export async function inboxSince(
  ctx: TenantServiceContext,
  userId: string,
  afterId: string | null,
): Promise<InboxItem[]> {
  return inTenant(ctx, async (tx) => {
    const conditions = [mine(ctx.tenant.id, userId)];
    if (afterId) conditions.push(gt(notifications.id, afterId));
    const rows = await tx
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(desc(notifications.id))
      .limit(50);
    return rows.reverse().map(itemOf);
  });
}
