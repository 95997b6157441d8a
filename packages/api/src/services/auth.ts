import { AppError } from "@propgov/core";
import { platformSessions, platformUsers, sessions, users, withPlatform } from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { PasswordHasher } from "../auth/password.js";
import { assertPasswordPolicy } from "../auth/password-policy.js";
import { createPlatformSession, createTenantSession, type IssuedSession } from "../auth/sessions.js";
import {
  assertNotThrottled,
  clearFailures,
  clientThrottleKey,
  passwordChangeThrottleKey,
  recordFailure,
  throttleKey,
} from "../auth/throttle.js";
import type { Principal, ServiceContext, TenantRef } from "../context.js";
import { audit } from "./audit.js";
import { withTenantDb } from "./shards.js";
import { findTenantBySlug } from "./tenants.js";

export interface LoginInput {
  tenant?: string | undefined;
  username: string;
  password: string;
  userAgent?: string | undefined;
  client?: string | undefined;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  scope: Record<string, string> | null;
  tenant: { id: string; slug: string; name: string } | null;
}

const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();

/** A real hash of nothing, verified when the username is unknown so both paths cost the same. */
function dummyHash(hasher: PasswordHasher): Promise<string> {
  let hash = dummyHashes.get(hasher);
  if (!hash) {
    hash = hasher.hash("propgov-dummy-password-for-timing");
    dummyHashes.set(hasher, hash);
  }
  return hash;
}

const CLIENT_REFUSAL = "Too many failed sign-ins from this client. Try again later.";

const invalidCredentials = () => new AppError("unauthenticated", "Wrong username or password.");

/**
 * Signs a county user (with `tenant`) or a platform user (without) in. Wrong tenant, unknown
 * username, wrong password and disabled account all answer the same 401. Failures count per
 * username and client, and per client across usernames; over either limit is 429.
 */
export async function login(
  ctx: ServiceContext,
  input: LoginInput,
): Promise<{ session: IssuedSession; user: SessionUser }> {
  const { deps } = ctx;
  const key = await throttleKey(input.tenant ?? "*platform*", input.username, input.client);
  const clientKey = await clientThrottleKey(input.client);
  if (clientKey) await assertNotThrottled(deps, clientKey, CLIENT_REFUSAL);
  await assertNotThrottled(deps, key);

  const result = input.tenant
    ? await loginTenantUser(ctx, input, input.tenant)
    : await loginPlatformUser(ctx, input);
  if (!result) {
    if (clientKey) await recordFailure(deps, clientKey, deps.loginThrottle.maxClientFailures);
    await recordFailure(deps, key);
    throw invalidCredentials();
  }
  // Only the username's count restarts: one good account must not launder a spray's failures.
  await clearFailures(deps, key);
  return result;
}

async function loginTenantUser(ctx: ServiceContext, input: LoginInput, slug: string) {
  const { deps } = ctx;
  const tenant = await findTenantBySlug(deps, slug);
  const user = tenant
    ? await withTenantDb(deps, tenant.id, async (tx) => {
        const [row] = await tx
          .select()
          .from(users)
          .where(
            and(
              eq(users.tenantId, tenant.id),
              sql`lower(${users.username}) = ${input.username.toLowerCase()}`,
            ),
          );
        return row;
      })
    : undefined;
  const ok = await deps.passwordHasher.verify(
    user && !user.disabledAt ? user.passwordHash : await dummyHash(deps.passwordHasher),
    input.password,
  );
  if (!tenant || !user || user.disabledAt || !ok) return null;
  const session = await withTenantDb(deps, tenant.id, async (tx) => {
    const issued = await createTenantSession(tx, deps, {
      tenantId: tenant.id,
      userId: user.id,
      userAgent: input.userAgent,
    });
    const principal: Principal = {
      kind: "user",
      tenantId: tenant.id,
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      scope: user.scope ?? null,
      sessionId: issued.sessionId,
      via: "bearer",
    };
    await audit(tx, { ...ctx, principal }, tenant.id, {
      action: "auth.login",
      targetType: "user",
      targetId: user.id,
    });
    return issued;
  });
  return { session, user: toSessionUser(user, tenant) };
}

async function loginPlatformUser(ctx: ServiceContext, input: LoginInput) {
  const { deps } = ctx;
  const user = await withPlatform(deps.db.db, async (tx) => {
    const [row] = await tx
      .select()
      .from(platformUsers)
      .where(sql`lower(${platformUsers.username}) = ${input.username.toLowerCase()}`);
    return row;
  });
  const ok = await deps.passwordHasher.verify(
    user && !user.disabledAt ? user.passwordHash : await dummyHash(deps.passwordHasher),
    input.password,
  );
  if (!user || user.disabledAt || !ok) return null;
  const session = await withPlatform(deps.db.db, (tx) =>
    createPlatformSession(tx, deps, { userId: user.id, userAgent: input.userAgent }),
  );
  return { session, user: toSessionUser({ ...user, scope: null }, null) };
}

export function toSessionUser(
  user: { id: string; username: string; displayName: string; roles: string[]; scope: unknown },
  tenant: Pick<TenantRef, "id" | "slug" | "name"> | null,
): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    scope: (user.scope as Record<string, string> | null) ?? null,
    tenant: tenant ? { id: tenant.id, slug: tenant.slug, name: tenant.name } : null,
  };
}

const PASSWORD_CHANGE_REFUSAL = "Too many wrong current passwords for this account. Try again later.";

/**
 * Checks the current password a user gives to change theirs, throttled per user: each wrong one
 * counts (in its own transaction, so it holds though the request fails), and past the limit the
 * user is refused with 429 until the block ends, right password or not.
 */
async function assertCurrentPassword(
  ctx: ServiceContext,
  realm: string,
  user: { id: string; passwordHash: string } | undefined,
  currentPassword: string,
): Promise<void> {
  const { deps } = ctx;
  if (!user) throw wrongCurrentPassword();
  const key = await passwordChangeThrottleKey(realm, user.id);
  await assertNotThrottled(deps, key, PASSWORD_CHANGE_REFUSAL);
  if (!(await deps.passwordHasher.verify(user.passwordHash, currentPassword))) {
    await recordFailure(deps, key, deps.loginThrottle.maxPasswordChangeFailures);
    throw wrongCurrentPassword();
  }
  await clearFailures(deps, key);
}

const wrongCurrentPassword = () =>
  new AppError("unprocessable", "The current password is wrong.", {
    errors: [{ path: "body.currentPassword", message: "The current password is wrong." }],
  });

/**
 * Changes the caller's own password, under the password policy, after checking the current one
 * (throttled per user); ends every session of the user, then opens a fresh one for the caller.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string; userAgent?: string | undefined },
): Promise<IssuedSession> {
  const { deps, principal } = ctx;
  if (!principal || principal.kind === "apiKey") {
    throw new AppError("forbidden", "Only a signed-in person can change a password.");
  }
  if (principal.kind === "system") throw new AppError("forbidden", "A job has no password.");
  await assertPasswordPolicy(input.newPassword, { username: principal.username, path: "body.newPassword" });
  if (principal.kind === "platformUser") {
    const [user] = await withPlatform(deps.db.db, (tx) =>
      tx.select().from(platformUsers).where(eq(platformUsers.id, principal.userId)),
    );
    await assertCurrentPassword(ctx, "*platform*", user, input.currentPassword);
    const newHash = await deps.passwordHasher.hash(input.newPassword);
    return withPlatform(deps.db.db, async (tx) => {
      await tx
        .update(platformUsers)
        .set({ passwordHash: newHash, updatedAt: deps.now() })
        .where(eq(platformUsers.id, principal.userId));
      await tx.delete(platformSessions).where(eq(platformSessions.userId, principal.userId));
      return createPlatformSession(tx, deps, { userId: principal.userId, userAgent: input.userAgent });
    });
  }
  const { tenantId, userId } = principal;
  const [user] = await withTenantDb(deps, tenantId, (tx) =>
    tx
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId))),
  );
  await assertCurrentPassword(ctx, tenantId, user, input.currentPassword);
  const newHash = await deps.passwordHasher.hash(input.newPassword);
  return withTenantDb(deps, tenantId, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: newHash, passwordChangedAt: deps.now(), updatedAt: deps.now() })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
    await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
    const issued = await createTenantSession(tx, deps, { tenantId, userId, userAgent: input.userAgent });
    await audit(tx, ctx, tenantId, { action: "user.changePassword", targetType: "user", targetId: userId });
    return issued;
  });
}
