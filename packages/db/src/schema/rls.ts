import { sql } from "drizzle-orm";
import { pgPolicy } from "drizzle-orm/pg-core";
import { appRole } from "./roles.js";

/** The tenant of the current transaction, or NULL when none is set. */
export const currentTenantSql = sql`nullif(current_setting('app.tenant_id', true), '')`;

/**
 * Rows of a tenant table are visible and writable only inside `withTenant(tenantId, …)`.
 * Together with FORCE ROW LEVEL SECURITY (migration) this holds for every role but superusers.
 */
export const tenantIsolation = (table: string) =>
  pgPolicy(`${table}_tenant_isolation`, {
    as: "permissive",
    for: "all",
    to: appRole,
    using: sql`tenant_id = nullif(current_setting('app.tenant_id', true), '')`,
    withCheck: sql`tenant_id = nullif(current_setting('app.tenant_id', true), '')`,
  });

/**
 * Authentication resolves a presented token before the request has entered a county (or on a
 * route of another county). A token names its county and its row, so inside
 * `withTokenLookup({ tenantId, id }, …)` exactly that row, found by its primary key, is readable;
 * the secret is still checked against its hash by the caller. No lookup ever needs an id alone,
 * so no global index on `id` exists and the table can be distributed by `tenant_id` (Citus).
 */
export const tokenLookup = (table: string) =>
  pgPolicy(`${table}_token_lookup`, {
    as: "permissive",
    for: "select",
    to: appRole,
    using: sql`tenant_id = nullif(current_setting('app.lookup_tenant_id', true), '') and id = nullif(current_setting('app.lookup_id', true), '')`,
  });

/** Platform tables (platform users and their sessions) are visible only inside `withPlatform`. */
export const platformOnly = (table: string) =>
  pgPolicy(`${table}_platform_only`, {
    as: "permissive",
    for: "all",
    to: appRole,
    using: sql`current_setting('app.platform', true) = 'on'`,
    withCheck: sql`current_setting('app.platform', true) = 'on'`,
  });
