import { newId, type Scope, type TenantRole } from "@propgov/core";
import {
  apiKeys,
  platformSessions,
  platformUsers,
  sessions,
  type Tx,
  users,
  withPlatform,
  withTenant,
  withTokenLookup,
} from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { Principal, ResolvedDeps } from "../context.js";
import { constantTimeEqualText, parseToken, randomSecret, sha256Hex } from "./crypto.js";

export interface IssuedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

async function issue(deps: ResolvedDeps, kind: "session" | "platformSession") {
  const now = deps.now();
  const sessionId = newId(kind, now.getTime());
  const secret = randomSecret();
  return {
    sessionId,
    token: `${sessionId}.${secret}`,
    secretHash: await sha256Hex(secret),
    expiresAt: new Date(now.getTime() + deps.session.ttlSeconds * 1000),
  };
}

/** Creates a session for a county user inside the caller's tenant transaction. */
export async function createTenantSession(
  tx: Tx,
  deps: ResolvedDeps,
  input: { tenantId: string; userId: string; userAgent?: string | undefined },
): Promise<IssuedSession> {
  const s = await issue(deps, "session");
  await tx.insert(sessions).values({
    tenantId: input.tenantId,
    id: s.sessionId,
    userId: input.userId,
    secretHash: s.secretHash,
    expiresAt: s.expiresAt,
    createdAt: deps.now(),
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token: s.token, sessionId: s.sessionId, expiresAt: s.expiresAt };
}

export async function createPlatformSession(
  tx: Tx,
  deps: ResolvedDeps,
  input: { userId: string; userAgent?: string | undefined },
): Promise<IssuedSession> {
  const s = await issue(deps, "platformSession");
  await tx.insert(platformSessions).values({
    id: s.sessionId,
    userId: input.userId,
    secretHash: s.secretHash,
    expiresAt: s.expiresAt,
    createdAt: deps.now(),
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token: s.token, sessionId: s.sessionId, expiresAt: s.expiresAt };
}

export interface Resolved {
  principal: Principal;
  /** Set when the session was extended (sliding expiry): the cookie should be refreshed. */
  renewedUntil?: Date;
}

/**
 * Resolves a presented token to a principal, or null. Unknown ids, wrong secrets, expired or
 * revoked sessions and keys, and disabled users all come out the same: null.
 */
export async function resolveToken(
  deps: ResolvedDeps,
  token: string,
  via: "cookie" | "bearer",
): Promise<Resolved | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const presentedHash = await sha256Hex(parsed.secret);
  const prefix = parsed.id.slice(0, parsed.id.indexOf("_"));
  if (prefix === "ses") return resolveTenantSession(deps, parsed.id, presentedHash, via);
  if (prefix === "pses") return resolvePlatformSession(deps, parsed.id, presentedHash, via);
  if (prefix === "key" && via === "bearer") return resolveApiKey(deps, parsed.id, presentedHash);
  return null;
}

function renewal(deps: ResolvedDeps, expiresAt: Date): Date | undefined {
  const now = deps.now().getTime();
  if (expiresAt.getTime() - now >= deps.session.renewWithinSeconds * 1000) return undefined;
  return new Date(now + deps.session.ttlSeconds * 1000);
}

async function resolveTenantSession(
  deps: ResolvedDeps,
  id: string,
  presentedHash: string,
  via: "cookie" | "bearer",
): Promise<Resolved | null> {
  const { db } = deps.db;
  const [found] = await withTokenLookup(db, id, (tx) =>
    tx
      .select({ tenantId: sessions.tenantId, secretHash: sessions.secretHash })
      .from(sessions)
      .where(eq(sessions.id, id)),
  );
  if (!found || !constantTimeEqualText(found.secretHash, presentedHash)) return null;
  return withTenant(db, found.tenantId, async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
      .where(and(eq(sessions.tenantId, found.tenantId), eq(sessions.id, id)));
    if (!row) return null;
    if (row.session.expiresAt.getTime() <= deps.now().getTime() || row.user.disabledAt) {
      await tx.delete(sessions).where(and(eq(sessions.tenantId, found.tenantId), eq(sessions.id, id)));
      return null;
    }
    const renewedUntil = renewal(deps, row.session.expiresAt);
    if (renewedUntil) {
      await tx
        .update(sessions)
        .set({ expiresAt: renewedUntil })
        .where(and(eq(sessions.tenantId, found.tenantId), eq(sessions.id, id)));
    }
    const principal: Principal = {
      kind: "user",
      tenantId: row.user.tenantId,
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      roles: row.user.roles as TenantRole[],
      scope: (row.user.scope as Scope | null) ?? null,
      sessionId: id,
      via,
    };
    return renewedUntil ? { principal, renewedUntil } : { principal };
  });
}

async function resolvePlatformSession(
  deps: ResolvedDeps,
  id: string,
  presentedHash: string,
  via: "cookie" | "bearer",
): Promise<Resolved | null> {
  return withPlatform(deps.db.db, async (tx) => {
    const [row] = await tx
      .select({ session: platformSessions, user: platformUsers })
      .from(platformSessions)
      .innerJoin(platformUsers, eq(platformUsers.id, platformSessions.userId))
      .where(eq(platformSessions.id, id));
    if (!row || !constantTimeEqualText(row.session.secretHash, presentedHash)) return null;
    if (row.session.expiresAt.getTime() <= deps.now().getTime() || row.user.disabledAt) {
      await tx.delete(platformSessions).where(eq(platformSessions.id, id));
      return null;
    }
    const renewedUntil = renewal(deps, row.session.expiresAt);
    if (renewedUntil) {
      await tx.update(platformSessions).set({ expiresAt: renewedUntil }).where(eq(platformSessions.id, id));
    }
    const principal: Principal = {
      kind: "platformUser",
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      roles: ["platformAdmin"],
      sessionId: id,
      via,
    };
    return renewedUntil ? { principal, renewedUntil } : { principal };
  });
}

async function resolveApiKey(
  deps: ResolvedDeps,
  id: string,
  presentedHash: string,
): Promise<Resolved | null> {
  const { db } = deps.db;
  const [key] = await withTokenLookup(db, id, (tx) => tx.select().from(apiKeys).where(eq(apiKeys.id, id)));
  if (!key || !constantTimeEqualText(key.secretHash, presentedHash)) return null;
  const now = deps.now();
  if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now.getTime())) return null;
  // Record use at most once a minute, so a busy integration does not write on every call.
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await withTenant(db, key.tenantId, (tx) =>
      tx
        .update(apiKeys)
        .set({ lastUsedAt: now })
        .where(and(eq(apiKeys.tenantId, key.tenantId), eq(apiKeys.id, id))),
    );
  }
  return {
    principal: {
      kind: "apiKey",
      tenantId: key.tenantId,
      keyId: key.id,
      name: key.name,
      roles: key.roles as TenantRole[],
      scope: (key.scope as Scope | null) ?? null,
      via: "bearer",
    },
  };
}

/** Ends the principal's own session (logout). API keys have no session to end. */
export async function endSession(deps: ResolvedDeps, principal: Principal): Promise<void> {
  if (principal.kind === "user") {
    await withTenant(deps.db.db, principal.tenantId, (tx) =>
      tx
        .delete(sessions)
        .where(and(eq(sessions.tenantId, principal.tenantId), eq(sessions.id, principal.sessionId))),
    );
  } else if (principal.kind === "platformUser") {
    await withPlatform(deps.db.db, (tx) =>
      tx.delete(platformSessions).where(eq(platformSessions.id, principal.sessionId)),
    );
  }
}

/** Ends every session of a county user (password change, disabling, role change). */
export async function endUserSessions(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}
