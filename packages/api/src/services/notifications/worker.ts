import { backoffDelayMs, type Label, newId, readTenantSettings } from "@propgov/core";
import {
  type Database,
  deliveries,
  deliveryAttempts,
  outbox,
  tenants,
  webhookSubscriptions,
  withoutTenant,
  withTenant,
} from "@propgov/db";
import { and, asc, eq, isNull, lte, or, sql } from "drizzle-orm";
import { Periodic } from "../periodic.js";
import { type SecretBox, signWebhook } from "./crypto.js";
import { type OutboundConfig, outboundUrlProblem, postOutbound } from "./outbound.js";
import type { PersonalSender } from "./personal.js";
import { isResidentSms, type ResidentSms, residentSmsDeliveries } from "./resident-sms.js";
import { sendRobot } from "./robots.js";

export interface DeliveryWorkerConfig {
  db: Database;
  /** The injected clock: leases, backoff and the `webhook-timestamp` header follow it. */
  now: () => Date;
  secrets: SecretBox;
  outbound: OutboundConfig;
  /** Attempts before a delivery becomes a dead letter; default 8. */
  maxAttempts?: number;
  /** Backoff: first retry after about `baseMs` (default 30 s), doubling, capped at `maxMs` (default 6 h). */
  backoff?: { baseMs: number; maxMs: number };
  /** How long a claimed delivery is held before another worker may take it; default 2 min. */
  leaseMs?: number;
  /** Rows claimed per county and pass; default 20. */
  batchSize?: number;
  /** Consecutive failed attempts after which a subscription is disabled; default 20. */
  disableAfterFailures?: number;
  /** Jitter source in [0, 1); default Math.random. */
  random?: () => number;
  onError?: (error: unknown) => void;
  /** Categories' names per county, for robots' messages; default none (codes are shown). */
  categoryNames?: ((tenantId: string) => Promise<(code: string) => Label | undefined>) | undefined;
  /** The console's address (`https://…/console`), for the link in robots' messages; default none. */
  consoleUrl?: string | undefined;
  /** Sends email (and SMS) deliveries, whose target is a user (see personal.ts); without it they fail. */
  personal?: PersonalSender | undefined;
  /**
   * Texts case status changes to their reporters (see resident-sms.ts): with it, the fan-out adds
   * one SMS delivery per message a reporter should hear of; without it nobody is texted.
   */
  residentSms?: ResidentSms | undefined;
}

export interface PassResult {
  dispatched: number;
  delivered: number;
  failed: number;
  dead: number;
}

type Claimed = {
  delivery: typeof deliveries.$inferSelect;
  message: typeof outbox.$inferSelect;
  subscription: typeof webhookSubscriptions.$inferSelect | undefined;
};

/**
 * Delivers the outbox. The worker is platform-level but has no privilege of its own: for each
 * county it enters that county's context (`withTenant`: `SET LOCAL ROLE propgov_app` and
 * `app.tenant_id`), so it reads and claims rows under the same row-level security as a request.
 *
 * A pass, per county: (1) fan out undispatched outbox rows into deliveries, one per matching
 * enabled subscription, and mark them dispatched (rows taken `FOR UPDATE SKIP LOCKED`, so two
 * workers never fan out the same row); (2) claim due deliveries `FOR UPDATE SKIP LOCKED`, setting
 * a lease and counting the attempt, and commit; (3) send each outside any transaction; (4) record
 * the outcome under the lease token (a worker whose lease was taken over records nothing), with a
 * row in the delivery log, the next attempt after backoff with jitter, or the dead letter.
 */
export class DeliveryWorker {
  private readonly maxAttempts: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly disableAfter: number;
  private readonly random: () => number;
  private readonly loop = new Periodic(
    () => this.runOnce(),
    (error) => this.config.onError?.(error),
  );

  constructor(private readonly config: DeliveryWorkerConfig) {
    this.maxAttempts = config.maxAttempts ?? 8;
    this.backoff = config.backoff ?? { baseMs: 30_000, maxMs: 6 * 3600_000 };
    this.leaseMs = config.leaseMs ?? 120_000;
    this.batchSize = config.batchSize ?? 20;
    this.disableAfter = config.disableAfterFailures ?? 20;
    this.random = config.random ?? Math.random;
  }

  /** One pass over every county that is not archived. */
  async runOnce(): Promise<PassResult> {
    const total: PassResult = { dispatched: 0, delivered: 0, failed: 0, dead: 0 };
    const ids = await withoutTenant(this.config.db, (tx) =>
      tx.select({ id: tenants.id }).from(tenants).where(isNull(tenants.archivedAt)).orderBy(asc(tenants.id)),
    );
    for (const { id } of ids) {
      const r = await this.runTenant(id);
      total.dispatched += r.dispatched;
      total.delivered += r.delivered;
      total.failed += r.failed;
      total.dead += r.dead;
    }
    return total;
  }

  /** Runs passes every `intervalMs` until `stop()`. */
  start(intervalMs = 2_000): void {
    this.loop.start(intervalMs);
  }

  /** Stops taking new work and waits for the pass in flight (its leases expire if it is cut off). */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  async runTenant(tenantId: string): Promise<PassResult> {
    const result: PassResult = { dispatched: 0, delivered: 0, failed: 0, dead: 0 };
    result.dispatched = await this.fanOut(tenantId);
    const claimed = await this.claim(tenantId);
    await Promise.all(
      claimed.map(async (c) => {
        const outcome = await this.deliver(tenantId, c);
        if (outcome) result[outcome] += 1;
      }),
    );
    return result;
  }

  private fanOut(tenantId: string): Promise<number> {
    const now = this.config.now();
    return withTenant(this.config.db, tenantId, async (tx) => {
      const rows = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), isNull(outbox.dispatchedAt)))
        .orderBy(asc(outbox.id))
        .limit(this.batchSize * 5)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return 0;
      const subs = await tx
        .select({
          id: webhookSubscriptions.id,
          eventTypes: webhookSubscriptions.eventTypes,
          enabled: webhookSubscriptions.enabled,
          createdAt: webhookSubscriptions.createdAt,
        })
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.tenantId, tenantId));
      const values: (typeof deliveries.$inferInsert)[] = [];
      for (const m of rows) {
        const targets = m.targetId
          ? subs.filter((s) => s.id === m.targetId)
          : // A subscription hears of what happens from its creation on, not of the backlog before it.
            subs.filter(
              (s) =>
                s.enabled && s.eventTypes.includes(m.type) && m.createdAt.getTime() >= s.createdAt.getTime(),
            );
        for (const s of targets) {
          values.push({
            tenantId,
            id: newId("delivery", now.getTime()),
            messageId: m.id,
            channel: "webhook",
            targetId: s.id,
            status: "pending",
            nextAttemptAt: now,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      if (this.config.residentSms) values.push(...(await residentSmsDeliveries(tx, tenantId, rows, now)));
      if (values.length > 0) await tx.insert(deliveries).values(values);
      await tx
        .update(outbox)
        .set({ dispatchedAt: now })
        .where(
          and(
            eq(outbox.tenantId, tenantId),
            sql`${outbox.id} in (${sql.join(
              rows.map((r) => sql`${r.id}`),
              sql`, `,
            )})`,
          ),
        );
      return rows.length;
    });
  }

  private claim(tenantId: string): Promise<Claimed[]> {
    const now = this.config.now();
    const token = newId("delivery", now.getTime());
    return withTenant(this.config.db, tenantId, async (tx) => {
      const due = await tx
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.tenantId, tenantId),
            eq(deliveries.status, "pending"),
            lte(deliveries.nextAttemptAt, now),
            or(isNull(deliveries.leasedUntil), lte(deliveries.leasedUntil, now)),
          ),
        )
        .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
        .limit(this.batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return [];
      const leased = await tx
        .update(deliveries)
        .set({
          leasedUntil: new Date(now.getTime() + this.leaseMs),
          leaseToken: token,
          attempts: sql`${deliveries.attempts} + 1`,
          updatedAt: now,
        })
        .where(
          and(
            eq(deliveries.tenantId, tenantId),
            sql`${deliveries.id} in (${sql.join(
              due.map((d) => sql`${d.id}`),
              sql`, `,
            )})`,
          ),
        )
        .returning();
      const out: Claimed[] = [];
      for (const d of leased) {
        const [message] = await tx
          .select()
          .from(outbox)
          .where(and(eq(outbox.tenantId, tenantId), eq(outbox.id, d.messageId)));
        const [subscription] = await tx
          .select()
          .from(webhookSubscriptions)
          .where(and(eq(webhookSubscriptions.tenantId, tenantId), eq(webhookSubscriptions.id, d.targetId)));
        if (message) out.push({ delivery: d, message, subscription });
      }
      return out;
    });
  }

  private async deliver(tenantId: string, c: Claimed): Promise<"delivered" | "failed" | "dead" | null> {
    const { delivery, message, subscription } = c;
    const at = this.config.now();
    let outcome: Awaited<ReturnType<typeof postOutbound>> & { permanent?: boolean };
    const personal = delivery.channel !== "webhook";
    if (personal) {
      // A person's channel (email, SMS; a reporter's SMS): its own module sends; the lease, log and retries stay here.
      try {
        outcome = isResidentSms(delivery, message)
          ? this.config.residentSms
            ? await this.config.residentSms.send(tenantId, delivery, message, at)
            : fakeFailure("no SMS sender")
          : this.config.personal
            ? await this.config.personal.send(tenantId, delivery, message, at)
            : fakeFailure(`no sender for channel '${delivery.channel}'`);
      } catch (error) {
        this.config.onError?.(error);
        outcome = fakeFailure("internal error while sending");
      }
    } else if (!subscription || (!subscription.enabled && !message.targetId)) {
      outcome = fakeFailure("the subscription is disabled or gone");
    } else {
      try {
        outcome = await this.send(tenantId, message, subscription, at);
      } catch (error) {
        this.config.onError?.(error);
        outcome = fakeFailure("internal error while sending");
      }
    }
    const finished = this.config.now();
    return withTenant(this.config.db, tenantId, async (tx) => {
      const attempt = delivery.attempts;
      const dead =
        !outcome.ok && (attempt >= this.maxAttempts || (personal ? !!outcome.permanent : !subscription));
      const next = outcome.ok
        ? null
        : new Date(finished.getTime() + backoffDelayMs(attempt, this.backoff, this.random));
      const updated = await tx
        .update(deliveries)
        .set({
          status: outcome.ok ? "delivered" : dead ? "dead" : "pending",
          leasedUntil: null,
          leaseToken: null,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
          updatedAt: finished,
          ...(outcome.ok ? { deliveredAt: finished } : {}),
          ...(dead ? { deadAt: finished } : {}),
          ...(next && !dead ? { nextAttemptAt: next } : {}),
        })
        .where(
          and(
            eq(deliveries.tenantId, tenantId),
            eq(deliveries.id, delivery.id),
            eq(deliveries.leaseToken, delivery.leaseToken ?? ""),
          ),
        )
        .returning({ id: deliveries.id });
      // The lease ran out and another worker holds the row now: its outcome counts, not ours.
      if (updated.length === 0) return null;
      await tx.insert(deliveryAttempts).values({
        tenantId,
        id: newId("deliveryAttempt", at.getTime()),
        deliveryId: delivery.id,
        messageId: message.id,
        targetId: delivery.targetId,
        eventType: message.type,
        attempt,
        at,
        durationMs: outcome.durationMs,
        statusCode: outcome.statusCode,
        ok: outcome.ok,
        error: outcome.error,
        responseBody: outcome.responseBody,
      });
      if (subscription && !personal)
        await this.recordHealth(tx, tenantId, subscription.id, outcome.ok, finished);
      return outcome.ok ? "delivered" : dead ? "dead" : "failed";
    });
  }

  private async recordHealth(
    tx: Parameters<Parameters<typeof withTenant>[2]>[0],
    tenantId: string,
    subscriptionId: string,
    ok: boolean,
    at: Date,
  ) {
    const where = and(
      eq(webhookSubscriptions.tenantId, tenantId),
      eq(webhookSubscriptions.id, subscriptionId),
    );
    if (ok) {
      await tx.update(webhookSubscriptions).set({ consecutiveFailures: 0, lastSuccessAt: at }).where(where);
      return;
    }
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1`, lastFailureAt: at })
      .where(where)
      .returning();
    if (row?.enabled && row.consecutiveFailures >= this.disableAfter) {
      // Sustained failure: the subscription is turned off and what waits for it becomes dead letters.
      await tx
        .update(webhookSubscriptions)
        .set({ enabled: false, disabledAt: at, disabledReason: "failing", updatedAt: at })
        .where(where);
      await tx
        .update(deliveries)
        .set({
          status: "dead",
          deadAt: at,
          lastError: "subscription disabled after sustained failure",
          updatedAt: at,
        })
        .where(
          and(
            eq(deliveries.tenantId, tenantId),
            eq(deliveries.targetId, subscriptionId),
            eq(deliveries.status, "pending"),
            isNull(deliveries.leaseToken),
          ),
        );
    }
  }

  private async send(
    tenantId: string,
    message: typeof outbox.$inferSelect,
    subscription: typeof webhookSubscriptions.$inferSelect,
    at: Date,
  ) {
    const [tenant] = await withoutTenant(this.config.db, (tx) =>
      tx
        .select({ id: tenants.id, slug: tenants.slug, settings: tenants.settings, zone: tenants.timezone })
        .from(tenants)
        .where(eq(tenants.id, tenantId)),
    );
    const settings = readTenantSettings(tenant?.settings);
    // A robot's URL carries its key: it is stored sealed, and `url` is only its masked form.
    const url = subscription.urlCiphertext
      ? await this.config.secrets.open(subscription.urlCiphertext)
      : subscription.url;
    // The allow-list is checked again at each attempt: the county may have narrowed it since.
    const problem = outboundUrlProblem(
      url,
      settings.outbound.allowedHosts,
      this.config.outbound.allowPrivateAddresses,
    );
    if (problem) return fakeFailure(`refused: ${problem}`);
    if (subscription.kind !== "webhook") {
      return sendRobot(
        {
          kind: subscription.kind,
          url,
          secret: subscription.secretCiphertext
            ? await this.config.secrets.open(subscription.secretCiphertext)
            : null,
          message,
          zone: tenant?.zone ?? "Asia/Shanghai",
          categoryName: (await this.config.categoryNames?.(tenantId)) ?? (() => undefined),
          consoleUrl: this.config.consoleUrl,
          at,
        },
        this.config.outbound,
      );
    }
    if (!subscription.secretCiphertext) return fakeFailure("the subscription has no signing secret");
    const secrets = [await this.config.secrets.open(subscription.secretCiphertext)];
    if (
      subscription.previousSecretCiphertext &&
      subscription.previousSecretExpiresAt &&
      subscription.previousSecretExpiresAt.getTime() > at.getTime()
    ) {
      // A previous secret sealed under an older key no longer opens: sign with the current one alone.
      const previous = await this.config.secrets
        .open(subscription.previousSecretCiphertext)
        .catch(() => null);
      if (previous) secrets.push(previous);
    }
    const body = webhookBody(message, tenant?.slug ?? "");
    const timestamp = Math.floor(at.getTime() / 1000);
    const headers = {
      "webhook-id": message.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signWebhook(secrets, message.id, timestamp, body),
    };
    return postOutbound(url, headers, body, this.config.outbound);
  }
}

/** The JSON an integrator receives (the same on every attempt): Standard Webhooks' `type`, `timestamp`, `data`. */
export function webhookBody(message: typeof outbox.$inferSelect, tenantSlug: string): string {
  return JSON.stringify({
    id: message.id,
    type: message.type,
    timestamp: message.occurredAt.toISOString(),
    tenant: tenantSlug,
    data: message.data,
  });
}

function fakeFailure(error: string) {
  return { statusCode: null, ok: false, durationMs: 0, error, responseBody: null };
}
