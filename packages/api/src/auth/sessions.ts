import { isId, newId, type Scope, type TenantRole } from "@propgov/core";
import {
  apiKeys,
  compiled,
  enterTenant,
  type Placeholders,
  platformSessions,
  platformUsers,
  sessions,
  type Tx,
  users,
  withPlatform,
} from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { Principal, ResolvedDeps } from "../context.js";
import { withTenantDb } from "../services/shards.js";
import { constantTimeEqualText, formatToken, parseToken, randomSecret, sha256Hex } from "./crypto.js";

export interface IssuedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** A new session id and secret; a county's session token names its county as well. */
async function issue(deps: ResolvedDeps, kind: "session" | "platformSession", tenantId?: string) {
  const now = deps.now();
  const sessionId = newId(kind, now.getTime());
  const secret = randomSecret();
  return {
    sessionId,
    token: formatToken(tenantId ? { id: sessionId, tenantId, secret } : { id: sessionId, secret }),
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
  const s = await issue(deps, "session", input.tenantId);
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
 * What a presented token is, before any query: its kind from the id's prefix, the row it names
 * (a county's session or key names its county too), and the secret's hash.
 */
export type PresentedToken = {
  id: string;
  secretHash: string;
  via: "cookie" | "bearer";
} & ({ kind: "session" | "apiKey"; tenantId: string } | { kind: "platformSession" });

/** A presented session or API key of a county. */
type CountyToken = Extract<PresentedToken, { tenantId: string }>;

const KINDS: Record<string, PresentedToken["kind"]> = {
  ses: "session",
  pses: "platformSession",
  key: "apiKey",
};

/**
 * Reads a presented token without touching the database; null when its shape is wrong (a
 * county's session or key without its county, a platform session with one, or a token of the
 * older `<id>.<secret>` shape of a county's session or key), or for an API key sent as a cookie
 * (keys are for machine clients, in the Authorization header).
 */
export async function presentedToken(
  token: string,
  via: "cookie" | "bearer",
): Promise<PresentedToken | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const kind = KINDS[parsed.id.slice(0, parsed.id.indexOf("_"))];
  if (!kind || (kind === "apiKey" && via !== "bearer")) return null;
  const secretHash = await sha256Hex(parsed.secret);
  if (kind === "platformSession") {
    return parsed.tenantId === undefined ? { kind, id: parsed.id, secretHash, via } : null;
  }
  if (!parsed.tenantId || !isId("tenant", parsed.tenantId)) return null;
  return { kind, id: parsed.id, tenantId: parsed.tenantId, secretHash, via };
}

/**
 * The settings a transaction needs before it can see the presented token's row: the row's
 * primary key for a county's session or key, the platform realm for a platform session.
 */
export const lookupContext = (token: PresentedToken | null) =>
  token?.kind === "platformSession"
    ? { platform: true }
    : { lookup: token ? { tenantId: token.tenantId, id: token.id } : undefined };

/**
 * Resolves a presented token to a principal inside the caller's transaction, which must have
 * `lookupContext(token)` set. On a tenant route `tenantId` is the path's county, already entered:
 * a token of another county resolves to a principal of that county with no roles, which every
 * role check answers with 404. Elsewhere (`null`) the token's own county is entered. Unknown ids,
 * wrong secrets, expired or revoked sessions and keys, and disabled users all come out the same:
 * null.
 */
export async function resolveToken(
  tx: Tx,
  deps: ResolvedDeps,
  token: PresentedToken,
  tenantId: string | null,
  read?: SessionRead,
): Promise<Resolved | null> {
  switch (token.kind) {
    case "session":
      return resolveTenantSession(tx, deps, token, tenantId, read);
    case "platformSession":
      return resolvePlatformSession(tx, deps, token);
    case "apiKey":
      return resolveApiKey(tx, deps, token, tenantId);
  }
}

function renewal(deps: ResolvedDeps, expiresAt: Date): Date | undefined {
  const now = deps.now().getTime();
  if (expiresAt.getTime() - now >= deps.session.renewWithinSeconds * 1000) return undefined;
  return new Date(now + deps.session.ttlSeconds * 1000);
}

/** A principal of another county than the path's: it may do nothing here (404 at every role check). */
const foreignUser = (tenantId: string, userId: string, token: PresentedToken): Principal => ({
  kind: "user",
  tenantId,
  userId,
  username: "",
  displayName: "",
  roles: [],
  scope: null,
  sessionId: token.id,
  via: token.via,
});

const sessionWithUser = compiled((db, p: Placeholders<{ tenantId: string; id: string }>) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .leftJoin(users, and(eq(users.tenantId, sessions.tenantId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.tenantId, p.tenantId), eq(sessions.id, p.id))),
);

type SessionRead = Promise<Awaited<ReturnType<typeof sessionWithUser>>[number] | undefined>;

/**
 * The first read of resolving a county's session, started ahead: the tenant middleware sends it
 * together with the tenant's lookup (one round trip for both) and hands it to `resolveToken`.
 * Undefined for other tokens. It needs `lookupContext(token)` set, as `resolveToken` does.
 */
export function readSession(tx: Tx, token: PresentedToken | null): SessionRead | undefined {
  if (token?.kind !== "session") return undefined;
  return sessionWithUser(tx, { tenantId: token.tenantId, id: token.id }).then(([row]) => row);
}

async function resolveTenantSession(
  tx: Tx,
  deps: ResolvedDeps,
  token: CountyToken,
  tenantId: string | null,
  read: SessionRead | undefined,
): Promise<Resolved | null> {
  // One statement on a tenant route: the user joins when the session is of the path's county.
  const found = await (read ?? readSession(tx, token));
  if (!found || !constantTimeEqualText(found.session.secretHash, token.secretHash)) return null;
  const session = found.session;
  const now = deps.now().getTime();
  if (tenantId !== null && session.tenantId !== tenantId) {
    return session.expiresAt.getTime() > now
      ? { principal: foreignUser(session.tenantId, session.userId, token) }
      : null;
  }
  let user = found.user;
  if (tenantId === null) {
    await enterTenant(tx, session.tenantId);
    [user = null] = await tx
      .select()
      .from(users)
      .where(and(eq(users.tenantId, session.tenantId), eq(users.id, session.userId)));
  }
  const where = and(eq(sessions.tenantId, session.tenantId), eq(sessions.id, session.id));
  if (!user || session.expiresAt.getTime() <= now || user.disabledAt) {
    await tx.delete(sessions).where(where);
    return null;
  }
  const renewedUntil = renewal(deps, session.expiresAt);
  if (renewedUntil) await tx.update(sessions).set({ expiresAt: renewedUntil }).where(where);
  const principal: Principal = {
    kind: "user",
    tenantId: user.tenantId,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as TenantRole[],
    scope: (user.scope as Scope | null) ?? null,
    sessionId: session.id,
    via: token.via,
  };
  return renewedUntil ? { principal, renewedUntil } : { principal };
}

async function resolvePlatformSession(
  tx: Tx,
  deps: ResolvedDeps,
  token: PresentedToken,
): Promise<Resolved | null> {
  const [row] = await tx
    .select({ session: platformSessions, user: platformUsers })
    .from(platformSessions)
    .innerJoin(platformUsers, eq(platformUsers.id, platformSessions.userId))
    .where(eq(platformSessions.id, token.id));
  if (!row || !constantTimeEqualText(row.session.secretHash, token.secretHash)) return null;
  if (row.session.expiresAt.getTime() <= deps.now().getTime() || row.user.disabledAt) {
    await tx.delete(platformSessions).where(eq(platformSessions.id, token.id));
    return null;
  }
  const renewedUntil = renewal(deps, row.session.expiresAt);
  if (renewedUntil) {
    await tx
      .update(platformSessions)
      .set({ expiresAt: renewedUntil })
      .where(eq(platformSessions.id, token.id));
  }
  const principal: Principal = {
    kind: "platformUser",
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    roles: ["platformAdmin"],
    sessionId: token.id,
    via: token.via,
  };
  return renewedUntil ? { principal, renewedUntil } : { principal };
}

async function resolveApiKey(
  tx: Tx,
  deps: ResolvedDeps,
  token: CountyToken,
  tenantId: string | null,
): Promise<Resolved | null> {
  const [key] = await tx
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, token.tenantId), eq(apiKeys.id, token.id)));
  if (!key || !constantTimeEqualText(key.secretHash, token.secretHash)) return null;
  const now = deps.now();
  if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= now.getTime())) return null;
  const own = tenantId === null || key.tenantId === tenantId;
  // Record use at most once a minute, so a busy integration does not write on every call.
  if (own && (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000)) {
    if (tenantId === null) await enterTenant(tx, key.tenantId);
    await tx
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.tenantId, key.tenantId), eq(apiKeys.id, key.id)));
  }
  return {
    principal: {
      kind: "apiKey",
      tenantId: key.tenantId,
      keyId: key.id,
      name: key.name,
      roles: own ? (key.roles as TenantRole[]) : [],
      scope: own ? ((key.scope as Scope | null) ?? null) : null,
      via: "bearer",
    },
  };
}

/** Ends the principal's own session (logout). API keys have no session to end. */
export async function endSession(deps: ResolvedDeps, principal: Principal): Promise<void> {
  if (principal.kind === "user") {
    await withTenantDb(deps, principal.tenantId, (tx) =>
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
