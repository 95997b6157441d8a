import { useQueries, useQuery } from "@tanstack/react-query";
import { client } from "./client";

export function useCoverage(regionId: string | undefined) {
  return useQuery({
    queryKey: ["kpis", "coverage", regionId ?? null],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/kpis/coverage", { params: { query: regionId ? { regionId } : {} } }),
  });
}

export function useCaseKpis(period?: string, regionId?: string) {
  return useQuery({
    queryKey: ["kpis", "cases", period ?? null, regionId ?? null],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/kpis/cases", {
        params: { query: { ...(period ? { period } : {}), ...(regionId ? { regionId } : {}) } },
      }),
  });
}

/** The case figures of each of these regions (overdue cases per unit). */
export function useCaseKpisPerRegion(regionIds: string[]) {
  return useQueries({
    queries: regionIds.map((regionId) => ({
      queryKey: ["kpis", "cases", null, regionId],
      queryFn: () => client.GET("/v1/tenants/{tenant}/kpis/cases", { params: { query: { regionId } } }),
    })),
  });
}

export function useTaskKpis(period?: string) {
  return useQuery({
    queryKey: ["kpis", "tasks", period ?? null],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/kpis/tasks", { params: { query: period ? { period } : {} } }),
  });
}

export function useLatestEvaluation() {
  return useQuery({
    queryKey: ["evaluations", "latest"],
    queryFn: async () => {
      const page = await client.GET("/v1/tenants/{tenant}/evaluations", { params: { query: { limit: 1 } } });
      return page.items[0] ?? null;
    },
  });
}

/** Findings of a period counted per policy (every page read; the API pages by 200 at most). */
export function useFindingsPerPolicy(period: string | undefined) {
  return useQuery({
    queryKey: ["findings", "perPolicy", period ?? null],
    enabled: period !== undefined,
    queryFn: async () => {
      const counts = new Map<string, number>();
      let cursor: string | undefined;
      do {
        const page = await client.GET("/v1/tenants/{tenant}/findings", {
          params: { query: { period, limit: 200, ...(cursor ? { cursor } : {}) } },
        });
        for (const finding of page.items) counts.set(finding.policy, (counts.get(finding.policy) ?? 0) + 1);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return [...counts.entries()]
        .map(([policy, count]) => ({ policy, count }))
        .sort((a, b) => b.count - a.count);
    },
  });
}

export function usePolicies() {
  return useQuery({
    queryKey: ["policies"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/policies"),
    staleTime: 5 * 60_000,
  });
}
