import { AppError, checkRoleScope, newId, type Scope, type TenantRole } from "@propgov/core";
import { apiKeys } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { formatToken, randomSecret, sha256Hex } from "../auth/crypto.js";
import type { TenantServiceContext } from "../context.js";
import { actorIdOf, audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  roles: TenantRole[];
  scope: Scope | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

type ApiKeyRow = typeof apiKeys.$inferSelect;

const toView = (row: ApiKeyRow): ApiKeyView => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  roles: row.roles,
  scope: row.scope ?? null,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  expiresAt: row.expiresAt,
  revokedAt: row.revokedAt,
});

export interface CreateApiKeyInput {
  name: string;
  roles: TenantRole[];
  scope?: Scope | null | undefined;
  expiresAt?: Date | undefined;
}

/** Creates a key; the secret is in the result this once and never again. */
export async function createApiKey(
  ctx: TenantServiceContext,
  input: CreateApiKeyInput,
): Promise<ApiKeyView & { key: string }> {
  const problems = checkRoleScope(input.roles, input.scope);
  if (problems.length > 0) {
    throw new AppError("unprocessable", problems.map((p) => p.message).join(" "), {
      errors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
    });
  }
  const { deps, tenant } = ctx;
  const now = deps.now();
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("unprocessable", "expiresAt must lie in the future.", {
      errors: [{ path: "body.expiresAt", message: "Must lie in the future." }],
    });
  }
  const id = newId("apiKey", now.getTime());
  const secret = randomSecret();
  const key = formatToken({ id, tenantId: tenant.id, secret });
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        tenantId: tenant.id,
        id,
        name: input.name,
        prefix: key.slice(0, 12),
        secretHash: await sha256Hex(secret),
        roles: [...new Set(input.roles)],
        scope: input.scope ?? null,
        createdBy: actorIdOf(ctx.principal),
        createdAt: now,
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await audit(tx, ctx, tenant.id, {
      action: "apiKey.create",
      targetType: "apiKey",
      targetId: id,
      after: toView(row),
    });
    return { ...toView(row), key };
  });
}

export async function listApiKeys(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined; includeRevoked?: boolean | undefined },
): Promise<Page<ApiKeyView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(apiKeys)
      .where(
        and(
          eq(apiKeys.tenantId, ctx.tenant.id),
          after ? gt(apiKeys.id, after) : undefined,
          input.includeRevoked ? undefined : isNull(apiKeys.revokedAt),
        ),
      )
      .orderBy(asc(apiKeys.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(toView), input.limit);
}

/** Revokes a key; from the next request on it authenticates nothing. Revoking twice is harmless. */
export async function revokeApiKey(ctx: TenantServiceContext, id: string): Promise<ApiKeyView> {
  const { deps, tenant } = ctx;
  return inTenant(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, tenant.id), eq(apiKeys.id, id)));
    if (!before) throw new AppError("not_found", `API key '${id}' was not found.`);
    if (before.revokedAt) return toView(before);
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: deps.now() })
      .where(and(eq(apiKeys.tenantId, tenant.id), eq(apiKeys.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `API key '${id}' was not found.`);
    await audit(tx, ctx, tenant.id, {
      action: "apiKey.revoke",
      targetType: "apiKey",
      targetId: id,
      before: toView(before),
      after: toView(row),
    });
    return toView(row);
  });
}
