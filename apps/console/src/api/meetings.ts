import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client } from "./client";

export type Meeting = Schema<"Meeting">;
export type MeetingWithResolutions = Schema<"MeetingWithResolutions">;
export type CreateMeeting = Schema<"CreateMeetingRequest">;
export type HoldMeeting = Schema<"HoldMeetingRequest">;
export type Resolution = Schema<"AddMeetingResolutionsRequest">["resolutions"][number];
export type Participant = Meeting["participants"][number];

/** Every query key starts with "meetings": an action refreshes them all. */
export function useMeetings() {
  return useQuery({
    queryKey: ["meetings", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/meetings", { params: { query: { limit: 200 } } }),
    // Planned meetings first, soonest first; then held and closed ones, latest first.
    select: (page) =>
      [...page.items].sort((a, b) => {
        const planned = Number(a.status !== "planned") - Number(b.status !== "planned");
        if (planned !== 0) return planned;
        const soonest = a.scheduledAt.localeCompare(b.scheduledAt);
        return a.status === "planned" ? soonest : -soonest;
      }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: ["meetings", "one", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/meetings/{id}", { params: { path: { id } } }),
  });
}

export function useMeetingAttachments(id: string) {
  return useQuery({
    queryKey: ["meetings", "attachments", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/meetings/{id}/attachments", { params: { path: { id } } }),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeeting) => client.POST("/v1/tenants/{tenant}/meetings", { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["meetings"] }),
  });
}

/** Holds the meeting: the minutes' files are uploaded first (purpose `minutes`), then the record. */
export function useHoldMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, files }: { body: HoldMeeting; files: File[] }) => {
      for (const file of files) {
        const form = new FormData();
        form.append("file", file);
        form.append("purpose", "minutes");
        await client.POST("/v1/tenants/{tenant}/meetings/{id}/attachments", {
          params: { path: { id } },
          body: form as never,
        });
      }
      return client.POST("/v1/tenants/{tenant}/meetings/{id}/hold", { params: { path: { id } }, body });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["meetings"] }),
  });
}

export function useAddResolutions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resolutions: Resolution[]) =>
      client.POST("/v1/tenants/{tenant}/meetings/{id}/resolutions", {
        params: { path: { id } },
        body: { resolutions },
      }),
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: ["meetings"] });
      queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });
}

export function useCloseMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.POST("/v1/tenants/{tenant}/meetings/{id}/close", { params: { path: { id } } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["meetings"] }),
  });
}

export interface UnitOption {
  value: string;
  label: string;
  unitType: Participant["unitType"];
}

/**
 * The units that take part in a meeting at a place. A compound: the party organisations of the
 * compound and its community, its owners' committee and the companies under contract there; a
 * township or community: its party organisations.
 */
export function useMeetingUnits(level: "township" | "community" | "compound", unitId: string | undefined) {
  return useQuery({
    queryKey: ["meetings", "units", level, unitId],
    enabled: !!unitId,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<UnitOption[]> => {
      const id = unitId as string;
      const partyOrg = (p: Schema<"PartyOrg">) => !p.archivedAt;
      // An unnamed organisation is called by its kind (社区党委, 小区党支部…).
      const asParty = (p: Schema<"PartyOrg">) => ({
        value: p.id,
        label: p.name ?? p.kindLabel.zh,
        unitType: "partyOrg" as const,
      });
      if (level !== "compound") {
        const orgs = await client.GET("/v1/tenants/{tenant}/party-orgs", {
          params: { query: { regionId: id, limit: 50 } },
        });
        return orgs.items.filter(partyOrg).map(asParty);
      }
      const compound = await client.GET("/v1/tenants/{tenant}/compounds/{id}", { params: { path: { id } } });
      const [branches, community, committees, contracts] = await Promise.all([
        client.GET("/v1/tenants/{tenant}/party-orgs", { params: { query: { compoundId: id, limit: 50 } } }),
        client.GET("/v1/tenants/{tenant}/party-orgs", {
          params: { query: { regionId: compound.communityId, limit: 50 } },
        }),
        client.GET("/v1/tenants/{tenant}/committees", { params: { query: { compoundId: id, limit: 10 } } }),
        client.GET("/v1/tenants/{tenant}/contracts", { params: { query: { compoundId: id, limit: 20 } } }),
      ]);
      const companies = new Map(
        contracts.items.filter((c) => c.active && !c.archivedAt).map((c) => [c.companyId, c.companyName]),
      );
      return [
        ...[...community.items, ...branches.items].filter(partyOrg).map(asParty),
        ...committees.items
          .filter((k) => !k.archivedAt)
          .map((k) => ({
            value: k.id,
            label: `${k.compoundName}业主委员会`,
            unitType: "committee" as const,
          })),
        ...[...companies].map(([value, label]) => ({ value, label, unitType: "company" as const })),
      ];
    },
  });
}
