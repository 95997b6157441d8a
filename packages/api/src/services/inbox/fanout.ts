import { type Label, type NotificationEventType, newId } from "@propgov/core";
import {
  type Database,
  deliveries,
  mechanismVersions,
  notifications,
  outbox,
  tenants,
  users,
  withoutTenant,
  withTenant,
} from "@propgov/db";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { ResolvedDeps } from "../../context.js";
import { type PersonalChannels, personalDeliveries } from "../notifications/personal.js";
import { Periodic } from "../periodic.js";
import { withTenantDb } from "../shards.js";
import { type Member, recipientsOf } from "./recipients.js";
import { renderNotification } from "./render.js";

/** Told after a pass commits, per county and user: the SSE streams of this process wake up. */
export type InboxListener = (tenantId: string, userId: string) => void;

const listeners = new Set<InboxListener>();

/** Subscribes to new notifications written by this process; returns the unsubscribe. */
export function onInbox(listener: InboxListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface InboxFanoutConfig {
  db: Database;
  now: () => Date;
  /** Categories' names per county, for the messages; default none (codes are shown). */
  categoryNames?: (tenantId: string) => Promise<(code: string) => Label | undefined>;
  batchSize?: number;
  /**
   * The personal channels this install sends on: recipients who turned email on for a message's
   * type get an email delivery (sent by the delivery worker), written with their notification.
   */
  channels?: PersonalChannels | undefined;
  onError?: (error: unknown) => void;
}

/**
 * Fans committed outbox messages out into the recipients' in-app notifications. Rows are taken
 * `FOR UPDATE SKIP LOCKED` and marked `inboxed_at` in the same transaction as the notifications
 * they become, so every process may run it and a message reaches a user once (a unique key per
 * user and message besides). Runs under each county's row-level security, like a request.
 */
export class InboxFanout {
  private readonly loop = new Periodic(
    () => this.runOnce(),
    (error) => this.config.onError?.(error),
  );

  constructor(private readonly config: InboxFanoutConfig) {}

  async runOnce(): Promise<number> {
    const ids = await withoutTenant(this.config.db, (tx) =>
      tx
        .select({ id: tenants.id, timezone: tenants.timezone })
        .from(tenants)
        .where(isNull(tenants.archivedAt)),
    );
    let total = 0;
    for (const t of ids) total += await this.runTenant(t.id, t.timezone);
    return total;
  }

  private async runTenant(tenantId: string, zone: string): Promise<number> {
    const told: string[] = [];
    const names = (await this.config.categoryNames?.(tenantId)) ?? (() => undefined);
    const written = await withTenant(this.config.db, tenantId, async (tx) => {
      const batch = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), isNull(outbox.inboxedAt), isNull(outbox.targetId)))
        .orderBy(asc(outbox.id))
        .limit(this.config.batchSize ?? 100)
        .for("update", { skipLocked: true });
      if (batch.length === 0) return 0;
      const members: Member[] = (
        await tx
          .select({ id: users.id, roles: users.roles, scope: users.scope })
          .from(users)
          .where(and(eq(users.tenantId, tenantId), isNull(users.disabledAt)))
      ).map((u) => ({ id: u.id, roles: u.roles, scope: u.scope ?? null }));
      const now = this.config.now();
      const rows: (typeof notifications.$inferInsert)[] = [];
      const personal: (typeof deliveries.$inferInsert)[] = [];
      for (const message of batch) {
        const to = await recipientsOf(tx, tenantId, message, members);
        if (to.size === 0) continue;
        if (this.config.channels)
          personal.push(
            ...(await personalDeliveries(tx, tenantId, zone, message, [...to], now, this.config.channels)),
          );
        const rendered = renderNotification(message.type as NotificationEventType, message.data, zone, names);
        for (const userId of to) {
          rows.push({
            tenantId,
            id: newId("notification", now.getTime()),
            userId,
            messageId: message.id,
            type: message.type,
            subjectType: message.subjectType,
            subjectId: message.subjectId,
            title: rendered.title,
            body: rendered.body,
            data: message.data,
            urgent: rendered.urgent,
            createdAt: now,
          });
          told.push(userId);
        }
      }
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insert(notifications)
          .values(rows.slice(i, i + 500))
          .onConflictDoNothing();
      }
      for (let i = 0; i < personal.length; i += 500) {
        await tx.insert(deliveries).values(personal.slice(i, i + 500));
      }
      await tx
        .update(outbox)
        .set({ inboxedAt: now })
        .where(
          and(
            eq(outbox.tenantId, tenantId),
            inArray(
              outbox.id,
              batch.map((m) => m.id),
            ),
          ),
        );
      return rows.length;
    });
    for (const userId of new Set(told)) for (const l of listeners) l(tenantId, userId);
    return written;
  }

  /** Runs passes every `intervalMs` until `stop()`. */
  start(intervalMs = 1_000): void {
    this.loop.start(intervalMs);
  }

  /** Stops taking new passes and waits for the one in flight. */
  stop(): Promise<void> {
    return this.loop.stop();
  }
}

/** The category names of each county's current mechanism, for the messages (read per pass). */
export const categoryNamesOf =
  (deps: ResolvedDeps) =>
  async (tenantId: string): Promise<(code: string) => Label | undefined> => {
    const [row] = await withTenantDb(deps, tenantId, (tx) =>
      tx
        .select({ document: mechanismVersions.document })
        .from(mechanismVersions)
        .where(eq(mechanismVersions.tenantId, tenantId))
        .orderBy(desc(mechanismVersions.version))
        .limit(1),
    );
    const categories =
      (row?.document as { categories?: { code: string; name: Label }[] } | undefined)?.categories ?? [];
    const names = new Map(categories.map((c) => [c.code, c.name]));
    return (code) => names.get(code);
  };
