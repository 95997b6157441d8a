import { AppError, newId } from "@propgov/core";
import { type HeldLock, tenants, withoutTenant } from "@propgov/db";
import { asc, isNull } from "drizzle-orm";
import {
  type ResolvedDeps,
  systemPrincipal,
  type TenantRef,
  type TenantServiceContext,
} from "../../context.js";
import { currentMechanism } from "../mechanism.js";
import { Periodic } from "../periodic.js";
import { tenantRefColumns } from "../tenant-ref.js";
import { inTenant } from "../tx.js";
import { scheduleOf } from "./deadlines.js";
import { monthlyEvaluation } from "./monthly.js";
import { type NoticeCounts, sendNotices } from "./notices.js";

export { scheduleOf } from "./deadlines.js";
export { previousMonth } from "./monthly.js";

export interface SchedulerConfig {
  deps: ResolvedDeps;
  /** The advisory lock whose holder is the leader; one name per deployment. */
  lockName?: string;
  onError?: (error: unknown, context: { tenant: string | null }) => void;
}

export interface SchedulerPass {
  /** Per county slug: notices sent, and the period evaluated if the monthly run was due. */
  counties: Record<string, NoticeCounts & { evaluated: string | null }>;
}

const DEFAULT_LOCK = "propgov:scheduler";

/**
 * Reminders, escalation and the monthly evaluation, run by one process at a time: the leader
 * holds a session-level advisory lock (`DbHandle.tryLock`) on a connection of its own. Every
 * process runs passes; a follower's pass only tries to take the lock, so when the leader dies (its
 * connection closes and PostgreSQL lets go) another process leads from its next pass. Work is
 * idempotent besides: each notice is recorded with its outbox message in one transaction.
 */
export class Scheduler {
  private lock: HeldLock | null = null;
  private readonly loop = new Periodic(
    () => this.runOnce(),
    (error) => this.config.onError?.(error, { tenant: null }),
  );
  private readonly lockName: string;

  constructor(private readonly config: SchedulerConfig) {
    this.lockName = config.lockName ?? DEFAULT_LOCK;
  }

  /** Whether this process led at its last pass. */
  get leading(): boolean {
    return this.lock !== null;
  }

  /** Takes (or confirms) the leadership; false when another process holds it. */
  async lead(): Promise<boolean> {
    if (this.lock && !(await this.lock.held())) {
      await this.lock.release().catch(() => {});
      this.lock = null;
    }
    if (!this.lock) {
      const db = this.config.deps.db;
      this.lock = db.tryLock
        ? await db.tryLock(this.lockName)
        : { held: async () => true, release: async () => {} };
    }
    return this.lock !== null;
  }

  /** One pass at the deps' clock: null when this process is not the leader. */
  async runOnce(): Promise<SchedulerPass | null> {
    if (!(await this.lead())) return null;
    const { deps } = this.config;
    const rows = await withoutTenant(deps.db.db, (tx) =>
      tx.select(tenantRefColumns).from(tenants).where(isNull(tenants.archivedAt)).orderBy(asc(tenants.id)),
    );
    const pass: SchedulerPass = { counties: {} };
    for (const tenant of rows) {
      const result = await this.runCounty(tenant).catch((error) => {
        this.config.onError?.(error, { tenant: tenant.slug });
        return null;
      });
      if (result) pass.counties[tenant.slug] = result;
    }
    return pass;
  }

  private async runCounty(tenant: TenantRef) {
    const ctx: TenantServiceContext = {
      deps: this.config.deps,
      requestId: newId("request"),
      principal: systemPrincipal("scheduler"),
      tenant,
    };
    const now = ctx.deps.now();
    const settings = await inTenant(ctx, async (tx, c) => {
      try {
        return scheduleOf((await currentMechanism(tx, c)).document);
      } catch (error) {
        // A county still being set up has no mechanism: nothing is due there yet.
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      }
    });
    if (!settings) return null;
    const counts = await inTenant(ctx, (tx, c) => sendNotices(tx, c, now, settings));
    // Its own transaction: a failing evaluation must not hold back the reminders.
    let evaluated: string | null = null;
    try {
      evaluated =
        (await inTenant(ctx, (tx, c) => monthlyEvaluation(tx, c, now, settings.schedule)))?.period ?? null;
    } catch (error) {
      this.config.onError?.(error, { tenant: tenant.slug });
    }
    return { ...counts, evaluated };
  }

  /** Runs passes every `intervalMs` (default a minute) until `stop()`. */
  start(intervalMs = 60_000): void {
    this.loop.start(intervalMs);
  }

  /** Stops after the pass in flight and lets go of the leadership. */
  async stop(): Promise<void> {
    await this.loop.stop();
    await this.lock?.release().catch(() => {});
    this.lock = null;
  }
}
