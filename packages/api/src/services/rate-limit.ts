import { AppError } from "@propgov/core";
import { rateLimits, type Tx } from "@propgov/db";
import { sql } from "drizzle-orm";
import { sha256Hex } from "../auth/crypto.js";
import type { TenantServiceContext } from "../context.js";
import { settingsOf } from "./tenant-settings.js";
import { inTenant } from "./tx.js";

/** Length of a fixed window. */
export const RATE_WINDOW_MS = 60_000;
/** Counters of windows older than this are deleted opportunistically. */
const STALE_MS = 3600_000;

export interface RateLimitHit {
  allowed: boolean;
  /** Requests counted in the current window, this one included. */
  count: number;
  limit: number;
  /** Seconds until the window ends (at least 1). */
  retryAfter: number;
}

/**
 * The table's key for a purpose and a client: SHA-256 of `<purpose>|<client>`, so the table holds
 * no addresses. A host that does not report client addresses puts every caller in one bucket.
 */
export const rateLimitKey = (purpose: string, client: string | undefined) =>
  sha256Hex(`${purpose}|${client ?? "unknown"}`);

/**
 * Counts one request in the fixed window (aligned to the minute) of `key`, in the caller's
 * transaction: one upsert, so concurrent requests of every process share the count. When a
 * client's new window starts, a few stale counters of the tenant are deleted.
 */
export async function hitRateLimit(
  tx: Tx,
  tenantId: string,
  key: string,
  limit: number,
  now: Date,
): Promise<RateLimitHit> {
  const windowStart = new Date(Math.floor(now.getTime() / RATE_WINDOW_MS) * RATE_WINDOW_MS);
  const [row] = await tx
    .insert(rateLimits)
    .values({ tenantId, key, windowStartedAt: windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.tenantId, rateLimits.key],
      set: {
        // A later window (another process's clock a little ahead) keeps counting; an older one restarts.
        count: sql`case when ${rateLimits.windowStartedAt} >= excluded.window_started_at then ${rateLimits.count} + 1 else 1 end`,
        windowStartedAt: sql`greatest(${rateLimits.windowStartedAt}, excluded.window_started_at)`,
      },
    })
    .returning({ count: rateLimits.count, windowStartedAt: rateLimits.windowStartedAt });
  if (!row) throw new Error("upsert returned nothing");
  if (row.count === 1) await deleteStale(tx, tenantId, now);
  const ends = row.windowStartedAt.getTime() + RATE_WINDOW_MS;
  return {
    allowed: row.count <= limit,
    count: row.count,
    limit,
    retryAfter: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
  };
}

async function deleteStale(tx: Tx, tenantId: string, now: Date) {
  const before = new Date(now.getTime() - STALE_MS).toISOString();
  // SKIP LOCKED: cleaning up never waits for, nor blocks, a request that counts.
  await tx.execute(
    sql`delete from rate_limits where tenant_id = ${tenantId} and key in (select key from rate_limits where tenant_id = ${tenantId} and window_started_at < ${before}::timestamptz limit 100 for update skip locked)`,
  );
}

/**
 * What a client may do without signing in, each counted in its own bucket: the writes (a report,
 * a rating, a photo of the report, an Open311 request) under the tenant's `publicIntake.perMinute`, the reads (tracking
 * a case, the boards, Open311's GETs) under `publicReads.perMinute`.
 */
export const publicPurposes = {
  publicCase: "publicIntake",
  publicRating: "publicIntake",
  publicSmsOptOut: "publicIntake",
  publicPhoto: "publicIntake",
  open311Request: "publicIntake",
  publicRead: "publicReads",
  open311Read: "publicReads",
} as const;
export type PublicPurpose = keyof typeof publicPurposes;

/**
 * Refuses with 429 (and Retry-After) once the client has sent more requests for `purpose` in the
 * current minute than the tenant's budget for it. Counts in the request's transaction, and again
 * after it when it rolls back, so a request counts whatever becomes of it; outside a request's
 * transaction (Open311) the count commits on its own.
 */
export async function assertPublicRate(
  ctx: TenantServiceContext,
  purpose: PublicPurpose,
  client: string | undefined,
): Promise<RateLimitHit> {
  const key = await rateLimitKey(purpose, client);
  const now = ctx.deps.now();
  const hit = await inTenant(ctx, async (tx) => {
    const settings = await settingsOf(tx, ctx.tenant.id);
    return hitRateLimit(tx, ctx.tenant.id, key, settings[publicPurposes[purpose]].perMinute, now);
  });
  // The hit rolls back with a request that fails (a refused report, a 429): count it again then.
  ctx.onRollback?.((tx) => hitRateLimit(tx, ctx.tenant.id, key, hit.limit, now));
  if (!hit.allowed) {
    throw new AppError(
      "rate_limited",
      `Too many requests from this client: at most ${hit.limit} a minute. Try again in ${hit.retryAfter} s.`,
      { retryAfter: hit.retryAfter },
    );
  }
  return hit;
}
