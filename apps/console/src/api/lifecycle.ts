import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client } from "./client";

export type LifecycleEvent = Schema<"LifecycleEvent">;
export type LifecycleSignOff = Schema<"LifecycleSignOffRequest">;

/** Every query key starts with "lifecycle": a sign-off refreshes them all. */
export function useLifecycleEvents() {
  return useQuery({
    queryKey: ["lifecycle", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/lifecycle-events", { params: { query: { limit: 200 } } }),
    // Open ones first, the most missing sign-offs first; then by start, newest first.
    select: (page) =>
      [...page.items].sort(
        (a, b) =>
          Number(a.status !== "open") - Number(b.status !== "open") ||
          b.missing.length - a.missing.length ||
          b.startedOn.localeCompare(a.startedOn),
      ),
  });
}

export function useLifecycleEvent(id: string) {
  return useQuery({
    queryKey: ["lifecycle", "one", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/lifecycle-events/{id}", { params: { path: { id } } }),
  });
}

export function useSignOff(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LifecycleSignOff) =>
      client.POST("/v1/tenants/{tenant}/lifecycle-events/{id}/sign-offs", { params: { path: { id } }, body }),
    onSuccess: (event) => queryClient.setQueryData(["lifecycle", "one", id], event),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["lifecycle"] }),
  });
}

export function useCompleteLifecycle(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      client.POST("/v1/tenants/{tenant}/lifecycle-events/{id}/complete", { params: { path: { id } } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["lifecycle"] }),
  });
}
