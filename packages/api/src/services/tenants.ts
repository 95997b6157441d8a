import {
  AppError,
  DEFAULT_TIMEZONE,
  newId,
  type PresetId,
  type TenantSettingsInput,
  tenantSettingsSchema,
} from "@propgov/core";
import { enterTenant, PgCode, pgErrorCode, tenants, withoutTenant, withPlatform } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { ResolvedDeps, ServiceContext, TenantRef } from "../context.js";
import { insertPresetTemplates } from "./assessment-templates.js";
import { audit } from "./audit.js";
import { DEFAULT_PRESET, insertInitialMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";

export interface TenantView extends TenantRef {
  createdAt: Date;
}

const toView = (row: typeof tenants.$inferSelect): TenantView => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  divisionCode: row.divisionCode,
  timezone: row.timezone,
  createdAt: row.createdAt,
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
}

export async function createTenant(ctx: ServiceContext, input: CreateTenantInput): Promise<TenantView> {
  const now = ctx.deps.now();
  const values = {
    id: newId("tenant", now.getTime()),
    slug: input.slug,
    name: input.name,
    divisionCode: input.divisionCode,
    timezone: input.timezone ?? DEFAULT_TIMEZONE,
    settings: tenantSettingsSchema.parse(input.settings ?? {}),
    createdAt: now,
    updatedAt: now,
  };
  try {
    return await withPlatform(ctx.deps.db.db, async (tx) => {
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
