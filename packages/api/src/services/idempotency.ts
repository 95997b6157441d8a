import { AppError } from "@propgov/core";
import { idempotencyKeys, rowsOf, type Tx } from "@propgov/db";
import { and, eq, lt, sql } from "drizzle-orm";
import { sha256Hex } from "../auth/crypto.js";

/** How long a key is remembered; an older one is as if never seen. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/** An `Idempotency-Key` header: 1 to 200 printable ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,200}$/;

/** A response to replay: status and JSON body. */
export interface StoredResponse<T> {
  status: number;
  body: T;
}

/** JSON with object keys sorted, so that the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

// Marks the row the first request inserts before it does the work; replaced before it commits,
// so no other transaction ever sees it.
const PENDING = 0;

/**
 * Runs `work` at most once per (tenant, scope, key) within 24 hours, in the caller's
 * transaction, and answers a retry with the first response (`replayed: true`).
 *
 * The key row is inserted first (`ON CONFLICT DO NOTHING`): a concurrent retry blocks on the
 * unique index until the first transaction commits (then reads its response) or rolls back
 * (then does the work itself). The application role may insert and delete keys but not update
 * them, so the pending row is swapped for the final one by delete + insert in the same
 * transaction. The same key with another body is refused with 422 naming the header.
 */
export async function idempotent<T>(
  tx: Tx,
  options: { tenantId: string; scope: string; key: string; request: unknown; now: Date },
  work: () => Promise<StoredResponse<T>>,
): Promise<StoredResponse<T> & { replayed: boolean }> {
  const { tenantId, now } = options;
  const key = await sha256Hex(`${options.scope}|${options.key}`);
  const requestHash = await sha256Hex(canonicalJson(options.request));
  const expiredBefore = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  const thisKey = and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key));

  // An expired row of this very key would hold the unique index: it goes first.
  await tx.delete(idempotencyKeys).where(and(thisKey, lt(idempotencyKeys.createdAt, expiredBefore)));
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ tenantId, key, requestHash, status: PENDING, response: {}, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (claimed.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(thisKey);
    if (!stored || stored.status === PENDING) {
      throw new AppError("conflict", "A request with this Idempotency-Key is still being processed; retry.", {
        errors: [{ path: "header.idempotency-key", message: "In progress." }],
        retryAfter: 1,
      });
    }
    if (stored.requestHash !== requestHash) {
      throw new AppError(
        "unprocessable",
        "This Idempotency-Key was used with another request body; use a new key for a new request.",
        { errors: [{ path: "header.idempotency-key", message: "Already used with a different body." }] },
      );
    }
    return { status: stored.status, body: stored.response as T, replayed: true };
  }

  const result = await work();
  await tx.delete(idempotencyKeys).where(thisKey);
  await tx
    .insert(idempotencyKeys)
    .values({ tenantId, key, requestHash, status: result.status, response: result.body, createdAt: now });
  await deleteExpired(tx, tenantId, expiredBefore);
  return { ...result, replayed: false };
}

/**
 * Deletes some expired keys of the tenant. One transaction per tenant at a time does it (a
 * try-lock, never waited for): the application role may not lock key rows `FOR UPDATE`.
 */
async function deleteExpired(tx: Tx, tenantId: string, before: Date) {
  const locked = await tx.execute(
    sql`select pg_try_advisory_xact_lock(hashtext(${`idempotency_keys:${tenantId}`})) as locked`,
  );
  if (rowsOf<{ locked: boolean }>(locked)[0]?.locked !== true) return;
  await tx.execute(
    sql`delete from idempotency_keys where tenant_id = ${tenantId} and key in (select key from idempotency_keys where tenant_id = ${tenantId} and created_at < ${before.toISOString()}::timestamptz order by created_at limit 100)`,
  );
}
