import {
  AppError,
  DEFAULT_TIMEZONE,
  newId,
  type PresetId,
  type TenantSettingsInput,
  tenantSettingsSchema,
} from "@propgov/core";
import {
  DEFAULT_SHARD,
  enterTenant,
  PgCode,
  pgErrorCode,
  platformAuditEvents,
  type Tx,
  tenants,
  withoutTenant,
  withPlatform,
} from "@propgov/db";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { ResolvedDeps, ServiceContext, TenantRef } from "../context.js";
import { insertPresetTemplates } from "./assessments/templates.js";
import { type AuditEntry, actorOf, audit, redact } from "./audit.js";
import { DEFAULT_PRESET, insertInitialMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { onCountyShard } from "./shards.js";

export interface TenantView extends TenantRef {
  createdAt: Date;
  /** Sample data (the Mengcheng demo); only such a tenant may be deleted. */
  demo: boolean;
  /** When the county was disabled; null while it serves. */
  disabledAt: Date | null;
  /** The shard holding the county's rows (`default`: the directory's database). */
  shard: string;
}

const toView = (row: typeof tenants.$inferSelect): TenantView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  divisionCode: row.divisionCode,
  timezone: row.timezone,
  createdAt: row.createdAt,
  demo: row.demo,
  disabledAt: row.archivedAt,
  shard: row.shard ?? DEFAULT_SHARD,
});

/** The active tenant with this slug, or null. */
export async function findTenantBySlug(deps: ResolvedDeps, slug: string): Promise<TenantRef | null> {
  const [row] = await withoutTenant(deps.db.db, (tx) =>
    tx
      .select()
      .from(tenants)
      .where(and(eq(tenants.slug, slug), isNull(tenants.archivedAt))),
  );
  return row ? toView(row) : null;
}

export interface CreateTenantInput {
  slug: string;
  name: string;
  divisionCode: string;
  timezone?: string | undefined;
  /** The mechanism preset version 1 is written from; default `anhui-3338`. */
  preset?: PresetId | undefined;
  /** The tenant's own settings (case-number prefix, allowed origins, public intake); defaults otherwise. */
  settings?: TenantSettingsInput | undefined;
  /** Marks the tenant as sample data, which `deleteDemoTenant` may remove; default false. */
  demo?: boolean | undefined;
  /** The shard its rows go to (a configured name); default `default`, the directory's database. */
  shard?: string | undefined;
}

/**
 * Creates a county with its mechanism and templates. On another shard than the directory's,
 * everything is written on that shard (with its copy of the tenant row, which its foreign keys
 * reference) and the directory's entry is inserted just before that transaction commits: a taken
 * slug rolls the shard back. Should the shard's commit itself fail after that, the entry points
 * at a shard without the county, whose routes answer 503 until the entry is removed.
 */
export async function createTenant(ctx: ServiceContext, input: CreateTenantInput): Promise<TenantView> {
  const shardName = input.shard ?? DEFAULT_SHARD;
  const shard = ctx.deps.shards.shard(shardName);
  if (!shard) {
    throw new AppError("unprocessable", `There is no shard named '${shardName}'.`, {
      errors: [
        { path: "body.shard", message: `Unknown shard; configured: ${ctx.deps.shards.names().join(", ")}.` },
      ],
    });
  }
  const now = ctx.deps.now();
  const values = {
    id: newId("tenant", now.getTime()),
    slug: input.slug,
    name: input.name,
    divisionCode: input.divisionCode,
    timezone: input.timezone ?? DEFAULT_TIMEZONE,
    settings: tenantSettingsSchema.parse(input.settings ?? {}),
    demo: input.demo ?? false,
    shard: shardName === DEFAULT_SHARD ? null : shardName,
    createdAt: now,
    updatedAt: now,
  };
  try {
    return await withPlatform(shard.db, async (tx) => {
      const [row] = await tx.insert(tenants).values(values).returning();
      if (!row) throw new Error("insert returned nothing");
      await enterTenant(tx, row.id);
      await audit(tx, ctx, row.id, {
        action: "tenant.create",
        targetType: "tenant",
        targetId: row.id,
        after: row,
      });
      // Every creation path (API, bootstrap, CLI) leaves the tenant with a mechanism, version 1.
      await insertInitialMechanism(tx, ctx, row.id, input.preset);
      // And with the assessment templates its preset ships (version 1 of each code).
      await insertPresetTemplates(tx, ctx, row.id, input.preset ?? DEFAULT_PRESET);
      if (shard !== ctx.deps.db)
        await withPlatform(ctx.deps.db.db, (dir) => dir.insert(tenants).values(values));
      return toView(row);
    });
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) {
      throw new AppError("conflict", `A tenant with slug '${input.slug}' already exists.`, {
        errors: [{ path: "body.slug", message: "Already taken." }],
      });
    }
    throw error;
  }
}

export async function listTenants(
  ctx: ServiceContext,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<TenantView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await withPlatform(ctx.deps.db.db, (tx) =>
    tx
      .select()
      .from(tenants)
      .where(after ? gt(tenants.id, after) : undefined)
      .orderBy(asc(tenants.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(toView), input.limit);
}

/** Appends one event to the platform audit trail, which outlives the tenants it names. */
async function platformAudit(tx: Tx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await tx.insert(platformAuditEvents).values({
    id: newId("auditEvent", ctx.deps.now().getTime()),
    at: ctx.deps.now(),
    ...actorOf(ctx.principal),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
    requestId: ctx.requestId,
  });
}

/** Any tenant with this slug, disabled or not, for the platform realm; 404 when there is none. */
async function platformTenant(tx: Tx, slug: string) {
  const [row] = await tx.select().from(tenants).where(eq(tenants.slug, slug)).for("update");
  if (!row) {
    throw new AppError("not_found", `No tenant with slug '${slug}'.`, {
      errors: [{ path: "path.slug", message: "Not found." }],
    });
  }
  return row;
}

/**
 * Disables a county (every route of it, public ones and Open311 included, answers 404 and its
 * users cannot sign in) or enables it again. Audited in the county's trail; doing what is already
 * the case changes nothing.
 */
export async function setTenantEnabled(
  ctx: ServiceContext,
  slug: string,
  enabled: boolean,
): Promise<TenantView> {
  return withPlatform(ctx.deps.db.db, async (tx) => {
    const before = await platformTenant(tx, slug);
    if ((before.archivedAt === null) === enabled) return toView(before);
    const [after] = await tx
      .update(tenants)
      .set({ archivedAt: enabled ? null : ctx.deps.now(), updatedAt: ctx.deps.now() })
      .where(eq(tenants.id, before.id))
      .returning();
    if (!after) throw new Error("update returned nothing");
    await onCountyShard(ctx.deps, after, tx, async (countyTx, copy) => {
      if (copy) {
        await countyTx
          .update(tenants)
          .set({ archivedAt: after.archivedAt, updatedAt: after.updatedAt })
          .where(eq(tenants.id, after.id));
      }
      await enterTenant(countyTx, after.id);
      await audit(countyTx, ctx, after.id, {
        action: enabled ? "tenant.enable" : "tenant.disable",
        targetType: "tenant",
        targetId: after.id,
        before: { disabledAt: before.archivedAt },
        after: { disabledAt: after.archivedAt },
      });
    });
    return toView(after);
  });
}

/**
 * Deletes a tenant marked demo, with all its data and its own audit trail; the deletion is kept in
 * the platform audit trail. A county's real tenant is refused (409): disable it instead.
 */
export async function deleteDemoTenant(ctx: ServiceContext, slug: string): Promise<void> {
  await withPlatform(ctx.deps.db.db, async (tx) => {
    const row = await platformTenant(tx, slug);
    if (!row.demo) {
      throw new AppError(
        "conflict",
        `Tenant '${slug}' is not a demo tenant; only demo tenants may be deleted.`,
        {
          extensions: { reason: "tenant_not_demo" },
        },
      );
    }
    await tx.execute(sql`select propgov_delete_demo_tenant(${row.id})`);
    await platformAudit(tx, ctx, {
      action: "tenant.delete",
      targetType: "tenant",
      targetId: row.id,
      before: toView(row),
    });
  });
}
