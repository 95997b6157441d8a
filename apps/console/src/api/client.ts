import { createClient, isPropgovError, type Schema } from "@propgov/sdk";

/**
 * The one client of the console. It authenticates with the HttpOnly session cookie the API
 * sets at sign-in (same origin), never with a token kept in script: unsafe requests carry the
 * page's Origin, which the API checks (CSRF).
 */
export const client = createClient({ baseUrl: window.location.origin });

export type SessionUser = Schema<"SessionUser">;

/** The signed-in user, or null when nobody is (401). */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    const me = await client.GET("/v1/auth/me");
    client.setTenant(me.tenant?.slug ?? null);
    return me;
  } catch (error) {
    if (isPropgovError(error) && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(input: { tenant: string; username: string; password: string }) {
  const session = await client.login({
    username: input.username,
    password: input.password,
    tenant: input.tenant.trim() === "" ? null : input.tenant.trim(),
  });
  // The cookie carries the session from now on; the token is not kept in memory.
  client.setToken(null);
  client.setTenant(session.user.tenant?.slug ?? null);
  return session.user;
}

export async function signOut() {
  try {
    await client.logout();
  } finally {
    client.setTenant(null);
  }
}
