import { AppError, readTenantSettings, type TenantSettings } from "@propgov/core";
import {
  compiled,
  enterShard,
  type Placeholders,
  setRlsContext,
  type Tx,
  tenants,
  withContext,
} from "@propgov/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { lookupContext, readSession, resolveToken } from "../auth/sessions.js";
import type { AppEnv, TenantRef } from "../context.js";
import { movingError, placeBySlug, withTenantDb } from "../services/shards.js";
import { tenantRefColumns } from "../services/tenant-ref.js";
import { rlsTenantOf } from "../services/tx.js";
import { admit, presented } from "./auth.js";

const SLUG = /^[a-z0-9-]{1,40}$/;

/** Thrown past the transaction to roll it back once the handler's error is already an answer. */
class RolledBack extends Error {}

/**
 * The active tenant with this slug, entered (`app.tenant_id`) by the same statement that reads
 * it, with its settings for the CORS and intake rules of public routes. The application role is
 * entered before, by a statement of its own: a runtime login may hold its privileges only
 * through that role, and privileges are checked before any function of a statement runs.
 */
async function enterBySlug(tx: Tx, slug: string): Promise<(TenantRef & { settings: TenantSettings }) | null> {
  const [row] = await tenantBySlug(tx, { slug });
  if (!row) return null;
  const { entered: _, settings, ...tenant } = row;
  return { ...tenant, settings: readTenantSettings(settings) };
}

const tenantBySlug = compiled((db, p: Placeholders<{ slug: string }>) =>
  db
    .select({
      ...tenantRefColumns,
      settings: tenants.settings,
      entered: sql<string>`set_config('app.tenant_id', ${tenants.id}, true)`,
    })
    .from(tenants)
    .where(and(eq(tenants.slug, p.slug), isNull(tenants.archivedAt))),
);

/**
 * Every request under `/v1/tenants/{tenant}` runs in one transaction: the tenant is resolved
 * (unknown or archived slug → 404), the caller's session or API key is looked up and its sliding
 * expiry written, and the route's verb joins the same transaction through `inTenant`. Row-level
 * security takes the tenant from the authenticated principal: a token of another county enters
 * that county, so nothing of the path's county is visible or writable even were a role check
 * missing (the role check answers 404 first). The transaction commits when the handler answers,
 * and rolls back when it fails. With several shards the directory is read first and the
 * transaction opens on the county's shard, holding the county's lock shared (`enterShard`): 503
 * with Retry-After while `tenant move` moves it; a token of a county on another shard is not
 * found there (401 rather than 404).
 */
export const tenantRequest = createMiddleware<AppEnv>(async (c, next) => {
  // Mounted for `/v1/tenants/:tenant` and `/:tenant/*`; a path matching both is entered once.
  if (c.get("tx")) return next();
  const slug = c.req.param("tenant");
  if (!slug || !SLUG.test(slug)) throw new AppError("not_found", "Tenant was not found.");
  const token = await presented(c);
  const deps = c.get("deps");
  const redo: ((tx: Tx) => Promise<unknown>)[] = [];
  c.set("onRollback", (fn) => redo.push(fn));
  let tenantId: string | undefined;
  // With several shards the directory says which database the county's transaction opens on;
  // a platform admin's session is resolved in the directory, where it lives.
  const placed = deps.shards.single ? null : await placeBySlug(deps, slug);
  const platformToken = placed && token?.kind === "platformSession" ? token : null;
  const platformResolved = platformToken
    ? await withContext(deps.db.db, lookupContext(platformToken), (tx) =>
        resolveToken(tx, deps, platformToken, placed?.tenant.id ?? null),
      )
    : null;
  try {
    await (placed?.handle ?? deps.db).db.transaction(async (raw) => {
      const tx = raw as Tx;
      let tenant: (TenantRef & { settings: TenantSettings }) | null;
      let session: ReturnType<typeof readSession>;
      if (placed) {
        const context = { ...(platformToken ? {} : lookupContext(token)), tenantId: placed.tenant.id };
        if (!(await enterShard(tx, placed.name, placed.tenant.id, context))) throw movingError(slug);
        tenant = placed.tenant;
      } else {
        // The role and lookup settings, the county and the presented session in one round trip
        // (pipelined on the transaction's connection; PostgreSQL runs them in this order).
        const entered = setRlsContext(tx, { role: true, ...lookupContext(token) });
        const county = enterBySlug(tx, slug);
        session = readSession(tx, token);
        [, tenant] = await Promise.all([entered, county, session]);
      }
      if (!tenant) throw new AppError("not_found", `Tenant '${slug}' was not found.`);
      tenantId = tenant.id;
      c.set("tenant", tenant);
      c.set("tenantSettings", tenant.settings);
      if (token) {
        const resolved = platformToken
          ? platformResolved
          : await resolveToken(tx, deps, token, tenant.id, session);
        if (token.kind === "platformSession" && !platformToken) await setRlsContext(tx, { platform: false });
        if (resolved) {
          admit(c, resolved, token.via);
          const rlsTenant = rlsTenantOf(resolved.principal, tenant.id);
          if (rlsTenant !== tenant.id) await setRlsContext(tx, { tenantId: rlsTenant });
        }
      }
      c.set("tx", tx);
      try {
        await next();
      } finally {
        c.set("tx", undefined);
      }
      if (c.error) throw new RolledBack();
    });
  } catch (error) {
    if (tenantId && redo.length > 0) {
      const id = tenantId;
      await withTenantDb(deps, id, async (tx) => {
        for (const fn of redo) await fn(tx);
      }).catch((e) => deps.logger.error?.(e, { requestId: c.get("requestId") }));
    }
    if (!(error instanceof RolledBack)) throw error;
  } finally {
    c.set("onRollback", undefined);
  }
});

/**
 * On a public route a token of another county is ignored: the caller is anonymous and the
 * path's county is entered again (what a resident's widget would see).
 */
export async function forgetForeignPrincipal(c: Context<AppEnv>) {
  const principal = c.get("principal");
  const tenant = c.get("tenant");
  const tx = c.get("tx");
  if (!principal || !tenant) return;
  if (rlsTenantOf(principal, tenant.id) === tenant.id) return;
  c.set("principal", null);
  if (tx) await setRlsContext(tx, { tenantId: tenant.id });
}
