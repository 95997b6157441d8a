import { useQuery } from "@tanstack/react-query";
import { client } from "./client";

/** The mechanism's levels and teams: the codes bodies, staff and venues refer to. */
export function useMechanism() {
  return useQuery({
    queryKey: ["mechanism", "current"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/mechanism"),
    staleTime: 5 * 60_000,
  });
}

export type RefKind = "region" | "township" | "community" | "compound" | "company";

/** Options for a reference field: the first matches of a text search. */
export async function searchRefs(kind: RefKind, q: string): Promise<{ value: string; label: string }[]> {
  const query = { limit: 30, ...(q ? { q } : {}) };
  if (kind === "compound") {
    const page = await client.GET("/v1/tenants/{tenant}/compounds", { params: { query } });
    return page.items.map((c) => ({ value: c.id, label: `${c.name}（${c.communityName}）` }));
  }
  if (kind === "company") {
    const page = await client.GET("/v1/tenants/{tenant}/companies", { params: { query } });
    return page.items.map((c) => ({ value: c.id, label: c.name }));
  }
  const regionKind = kind === "community" ? { kind: "community" as const } : {};
  const page = await client.GET("/v1/tenants/{tenant}/regions", {
    params: { query: { ...query, ...regionKind } },
  });
  const rows = kind === "township" ? page.items.filter((r) => r.kind !== "community") : page.items;
  return rows.map((r) => ({ value: r.id, label: r.name }));
}

/** The label of one referenced record, for a filter or form showing an id it did not search for. */
export async function refLabel(kind: RefKind, id: string): Promise<string> {
  if (kind === "compound") {
    return (await client.GET("/v1/tenants/{tenant}/compounds/{id}", { params: { path: { id } } })).name;
  }
  if (kind === "company") {
    return (await client.GET("/v1/tenants/{tenant}/companies/{id}", { params: { path: { id } } })).name;
  }
  return (await client.GET("/v1/tenants/{tenant}/regions/{id}", { params: { path: { id } } })).name;
}
