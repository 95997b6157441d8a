import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import * as schema from "./schema/index.js";
import { APP_ROLE } from "./schema/roles.js";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** An open database, whichever driver is behind it. */
export interface DbHandle {
  readonly db: Database;
  readonly driver: "pglite" | "postgres";
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The transaction-local settings that row-level security policies read. */
interface Context {
  tenantId?: string;
  platform?: boolean;
  lookupId?: string;
}

async function runAs<T>(db: Database, context: Context, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // A fixed identifier, never input: safe to inline. Everything else is a bound parameter.
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    if (context.tenantId !== undefined) {
      await tx.execute(sql`select set_config('app.tenant_id', ${context.tenantId}, true)`);
    }
    if (context.platform) {
      await tx.execute(sql`select set_config('app.platform', 'on', true)`);
    }
    if (context.lookupId !== undefined) {
      await tx.execute(sql`select set_config('app.lookup_id', ${context.lookupId}, true)`);
    }
    return fn(tx as Tx);
  });
}

/**
 * Runs `fn` in one transaction as the application role with the tenant set, so row-level
 * security admits only that tenant's rows. Queries should still filter by tenant explicitly:
 * RLS is the second wall, not the only one.
 */
export function withTenant<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!tenantId) throw new Error("withTenant needs a tenant id");
  return runAs(db, { tenantId }, fn);
}

/**
 * Inside a platform transaction, also enter one tenant (e.g. to write the first audit event of
 * a tenant the platform admin has just created).
 */
export async function enterTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}

/** Runs `fn` as the application role in the platform realm (tenants, platform users and sessions). */
export function withPlatform<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return runAs(db, { platform: true }, fn);
}

/**
 * Runs `fn` as the application role where only the session or API key with id `lookupId` is
 * readable: authentication uses it to find a presented token before it knows the tenant.
 */
export function withTokenLookup<T>(db: Database, lookupId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!lookupId) throw new Error("withTokenLookup needs an id");
  return runAs(db, { lookupId }, fn);
}

/** Runs `fn` as the application role with no tenant: only global tables (tenants, throttles). */
export function withoutTenant<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return runAs(db, {}, fn);
}

export { schema };
