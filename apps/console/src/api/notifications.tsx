import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { createContext, useContext, useEffect, useState } from "react";
import { client } from "./client";

const STREAM_PATH = "/v1/auth/me/notifications/stream";

/** Whether the notification stream is connected (else the queues fall back to polling). */
const StreamContext = createContext(false);

/**
 * Listens to the caller's notification stream (Server-Sent Events; the SDK has no SSE, and
 * EventSource sends the session cookie of this origin by itself). A new notification refreshes
 * the cases and the inbox, so queues update without a reload.
 */
export function NotificationStream({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(STREAM_PATH);
    source.addEventListener("ready", (event) => {
      setConnected(true);
      const data = JSON.parse((event as MessageEvent<string>).data) as { unreadCount: number };
      queryClient.setQueryData(["notifications", "unread"], { count: data.unreadCount });
    });
    source.addEventListener("notification", () => {
      queryClient.invalidateQueries({ queryKey: ["notifications"] });
      queryClient.invalidateQueries({ queryKey: ["cases"] });
    });
    source.onerror = () => setConnected(false);
    return () => {
      source.close();
      setConnected(false);
    };
  }, [enabled, queryClient]);
  return <StreamContext.Provider value={connected}>{children}</StreamContext.Provider>;
}

export const useStreamConnected = () => useContext(StreamContext);

export function useUnreadCount(enabled: boolean) {
  const live = useStreamConnected();
  return useQuery({
    queryKey: ["notifications", "unread"],
    queryFn: () => client.GET("/v1/auth/me/notifications/unread-count"),
    enabled,
    refetchInterval: live ? false : 60_000,
  });
}

export function useNotifications(unread: boolean, cursor: string | undefined) {
  return useQuery({
    queryKey: ["notifications", "list", unread, cursor ?? null],
    queryFn: () =>
      client.GET("/v1/auth/me/notifications", {
        params: {
          query: { limit: 30, ...(unread ? { unread: "true" } : {}), ...(cursor ? { cursor } : {}) },
        },
      }),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | "all"): Promise<unknown> =>
      id === "all"
        ? client.POST("/v1/auth/me/notifications/read-all")
        : client.POST("/v1/auth/me/notifications/{id}/read", { params: { path: { id } } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["notifications"] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ["notifications", "preferences"],
    queryFn: () => client.GET("/v1/auth/me/notification-preferences"),
  });
}
