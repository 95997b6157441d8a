import { AppError } from "@propgov/core";
import { loginThrottles, withoutTenant } from "@propgov/db";
import { eq, sql } from "drizzle-orm";
import type { ResolvedDeps } from "../context.js";
import { sha256Hex } from "./crypto.js";

/**
 * Failed sign-ins counted in the database, so every API process and isolate sees the same
 * counts: per (realm, username, client) against guessing one account's password, and per client
 * across every username against spraying one password over many accounts. Keys are hashed: the
 * table holds no usernames and no addresses.
 */
export async function throttleKey(
  realm: string,
  username: string,
  client: string | undefined,
): Promise<string> {
  return sha256Hex(`${realm}\u0000${username.toLowerCase()}\u0000${client ?? ""}`);
}

/**
 * The key counting a client's failed sign-ins whatever the username; none when the host does not
 * report client addresses (one shared bucket would let anyone lock everybody out).
 */
export async function clientThrottleKey(client: string | undefined): Promise<string | null> {
  return client ? sha256Hex(`*client*\u0000${client}`) : null;
}

/** The key counting wrong current passwords given when changing a user's own password. */
export async function passwordChangeThrottleKey(realm: string, userId: string): Promise<string> {
  return sha256Hex(`*password-change*\u0000${realm}\u0000${userId}`);
}

const DEFAULT_REFUSAL = "Too many failed sign-ins for this username. Try again later.";

/** Refuses with 429 and Retry-After while the key is blocked. */
export async function assertNotThrottled(
  deps: ResolvedDeps,
  key: string,
  refusal: string = DEFAULT_REFUSAL,
): Promise<void> {
  const [row] = await withoutTenant(deps.db.db, (tx) =>
    tx.select().from(loginThrottles).where(eq(loginThrottles.key, key)),
  );
  const now = deps.now().getTime();
  if (row?.blockedUntil && row.blockedUntil.getTime() > now) {
    const retryAfter = Math.max(1, Math.ceil((row.blockedUntil.getTime() - now) / 1000));
    throw new AppError("rate_limited", refusal, { retryAfter });
  }
}

/**
 * Counts one failure; blocks the key once it reaches `maxFailures` (by default the per-username
 * limit) inside the window.
 */
export async function recordFailure(
  deps: ResolvedDeps,
  key: string,
  maxFailures: number = deps.loginThrottle.maxFailures,
): Promise<void> {
  const { windowSeconds, blockSeconds } = deps.loginThrottle;
  const now = deps.now();
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const blockUntil = new Date(now.getTime() + blockSeconds * 1000);
  // Raw SQL fragments get no column mapping: pass times as ISO text with an explicit cast.
  const since = sql`${windowStart.toISOString()}::timestamptz`;
  await withoutTenant(deps.db.db, (tx) =>
    tx
      .insert(loginThrottles)
      .values({ key, failures: 1, windowStartedAt: now, blockedUntil: maxFailures <= 1 ? blockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: {
          failures: sql`case when ${loginThrottles.windowStartedAt} < ${since} then 1 else ${loginThrottles.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottles.windowStartedAt} < ${since} then ${now.toISOString()}::timestamptz else ${loginThrottles.windowStartedAt} end`,
          blockedUntil: sql`case when (case when ${loginThrottles.windowStartedAt} < ${since} then 1 else ${loginThrottles.failures} + 1 end) >= ${maxFailures} then ${blockUntil.toISOString()}::timestamptz else null end`,
        },
      }),
  );
}

export async function clearFailures(deps: ResolvedDeps, key: string): Promise<void> {
  await withoutTenant(deps.db.db, (tx) => tx.delete(loginThrottles).where(eq(loginThrottles.key, key)));
}
