import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { createContext, useContext } from "react";
import { fetchSession, type SessionUser } from "./client";

export type Role = SessionUser["roles"][number];

export const SESSION_KEY = ["session"] as const;

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

const SessionContext = createContext<SessionUser | null>(null);

export function SessionProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only inside the signed-in shell. */
export function useUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error("useUser outside the signed-in shell");
  return user;
}

export function hasRole(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}

/** Forget every cached answer when the person changes (sign-in, sign-out). */
export function useResetCache() {
  const queryClient = useQueryClient();
  return (user: SessionUser | null) => {
    // Not clear(): the session query must stay the one the gate observes.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    queryClient.setQueryData(SESSION_KEY, user);
  };
}
