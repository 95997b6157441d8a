import type { ExtractTablesWithRelations } from "drizzle-orm";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { compiled } from "./compiled.js";
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
  /**
   * Takes a session-level advisory lock named `name` on a connection of its own and holds it
   * until released (or until that connection dies: a process that crashes lets go). Null when
   * another holder has it. Leader election for work one process at a time must do (the scheduler).
   */
  tryLock?(name: string): Promise<HeldLock | null>;
}

/** An advisory lock held on a connection of its own. */
export interface HeldLock {
  /** Whether the lock is still held: false once its connection is gone (a restart, a network cut). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * The transaction-local settings that row-level security policies read:
 * - `tenantId`: the tenant whose rows are visible and writable (`app.tenant_id`);
 * - `platform`: the platform realm (platform users, their sessions, tenant writes);
 * - `lookup`: the one session or API key row readable before the request has entered its
 *   county, named by its primary key (`app.lookup_tenant_id`, `app.lookup_id`).
 */
export interface RlsContext {
  tenantId?: string | undefined;
  platform?: boolean | undefined;
  lookup?: TokenRow | undefined;
}

/** A session or API key row by its primary key, as a presented token names it. */
export interface TokenRow {
  tenantId: string;
  id: string;
}

/**
 * Enters the application role and sets the context in one statement: `set_config('role', …)` is
 * `SET LOCAL ROLE`, and every value is a bound parameter. Settings left out keep their value.
 * The statement of each combination of settings is built once (`compiled`): every transaction
 * runs one.
 */
export async function setRlsContext(tx: Tx, context: RlsContext & { role?: boolean }): Promise<void> {
  const shape = shapeOf(context);
  if (shape === 0) return;
  let run = rlsStatements.get(shape);
  if (!run) {
    run = compiled<RlsValues, unknown>((db, p) => db.execute(sql`select ${settingsSql(context, p)}`));
    rlsStatements.set(shape, run);
  }
  await run(tx, {
    tenantId: context.tenantId ?? null,
    platform: context.platform ? "on" : "",
    lookupTenantId: context.lookup?.tenantId ?? null,
    lookupId: context.lookup?.id ?? null,
  });
}

type RlsValues = {
  tenantId: string | null;
  platform: string;
  lookupTenantId: string | null;
  lookupId: string | null;
};

const rlsStatements = new Map<number, (tx: Tx, values: RlsValues) => Promise<unknown>>();

/** Which settings a context sets, as bits: role, tenant, platform, lookup. */
const shapeOf = (context: RlsContext & { role?: boolean }) =>
  (context.role ? 1 : 0) |
  (context.tenantId !== undefined ? 2 : 0) |
  (context.platform !== undefined ? 4 : 0) |
  (context.lookup !== undefined ? 8 : 0);

/**
 * The same settings as one SQL expression, for a statement that does something else as well
 * (they take effect for the statements after it); undefined when there is nothing to set.
 */
export function rlsSettings(context: RlsContext & { role?: boolean }): SQL | undefined {
  if (shapeOf(context) === 0) return undefined;
  return settingsSql(context, {
    tenantId: context.tenantId ?? null,
    platform: context.platform ? "on" : "",
    lookupTenantId: context.lookup?.tenantId ?? null,
    lookupId: context.lookup?.id ?? null,
  });
}

/** The settings `context` names, with their values from `values` (the values or placeholders). */
function settingsSql(
  context: RlsContext & { role?: boolean },
  values: { [K in keyof RlsValues]: unknown },
): SQL {
  const parts = [];
  // A fixed identifier, never input.
  if (context.role) parts.push(sql`set_config('role', ${APP_ROLE}, true)`);
  if (context.tenantId !== undefined) parts.push(sql`set_config('app.tenant_id', ${values.tenantId}, true)`);
  if (context.platform !== undefined) parts.push(sql`set_config('app.platform', ${values.platform}, true)`);
  if (context.lookup !== undefined) {
    parts.push(sql`set_config('app.lookup_tenant_id', ${values.lookupTenantId}, true)`);
    parts.push(sql`set_config('app.lookup_id', ${values.lookupId}, true)`);
  }
  return sql`concat(${sql.join(parts, sql`, `)})`;
}

/** Runs `fn` in one transaction as the application role with `context` set. */
export function withContext<T>(db: Database, context: RlsContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setRlsContext(tx as Tx, { ...context, role: true });
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
  return withContext(db, { tenantId }, fn);
}

/**
 * Inside a transaction, enter one tenant (e.g. to write the first audit event of a tenant the
 * platform admin has just created, or once authentication knows whose request it is).
 */
export async function enterTenant(tx: Tx, tenantId: string): Promise<void> {
  await setRlsContext(tx, { tenantId });
}

/** Runs `fn` as the application role in the platform realm (tenants, platform users and sessions). */
export function withPlatform<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withContext(db, { platform: true }, fn);
}

/**
 * Runs `fn` as the application role where only the session or API key `lookup` (tenant and id)
 * is readable: authentication uses it to find a presented token before it enters the county.
 */
export function withTokenLookup<T>(db: Database, lookup: TokenRow, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!lookup.tenantId || !lookup.id) throw new Error("withTokenLookup needs a tenant and an id");
  return withContext(db, { lookup }, fn);
}

/** Runs `fn` as the application role with no tenant: only global tables (tenants, throttles). */
export function withoutTenant<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withContext(db, {}, fn);
}

/** Rows of `tx.execute` on either driver (postgres.js gives an array, PGlite `{ rows }`). */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export { schema };
