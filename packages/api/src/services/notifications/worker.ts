import { backoffDelayMs, type Label, newId } from "@propgov/core";
import { type Database, deliveries, deliveryAttempts, tenants, withoutTenant, withTenant } from "@propgov/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { Periodic } from "../periodic.js";
import type { SecretBox } from "./crypto.js";
import { type Claimed, claim, fanOut } from "./dispatch.js";
import type { OutboundConfig, postOutbound } from "./outbound.js";
import type { PersonalSender } from "./personal.js";
import { isResidentSms, type ResidentSms } from "./resident-sms.js";
import { recordHealth } from "./webhook-health.js";
import { fakeFailure, sendToSubscription } from "./webhook-send.js";

export { webhookBody } from "./webhook-send.js";

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
    result.dispatched = await fanOut(this.config.db, tenantId, this.config.now(), {
      batchSize: this.batchSize,
      residentSms: Boolean(this.config.residentSms),
    });
    const claimed = await claim(this.config.db, tenantId, this.config.now(), {
      batchSize: this.batchSize,
      leaseMs: this.leaseMs,
    });
    await Promise.all(
      claimed.map(async (c) => {
        const outcome = await this.deliver(tenantId, c);
        if (outcome) result[outcome] += 1;
      }),
    );
    return result;
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
        outcome = await sendToSubscription(this.config, tenantId, message, subscription, at);
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
        await recordHealth(tx, tenantId, subscription.id, outcome.ok, finished, this.disableAfter);
      return outcome.ok ? "delivered" : dead ? "dead" : "failed";
    });
  }
}
