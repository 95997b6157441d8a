import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { client, type SessionUser } from "./client";
import { useStreamConnected } from "./notifications";
import type { Role } from "./session";

export type Case = Schema<"Case">;
export type CaseWithTimeline = Schema<"CaseWithTimeline">;
export type CaseAction = Case["allowedActions"][number];
export type CaseStatus = Case["status"];

type CaseQuery = {
  departmentId?: string;
  compoundId?: string;
  category?: string;
  open?: "true" | "false";
  sort?: "newest" | "deadline";
  cursor?: string;
  limit?: number;
};

/** A page of cases as JSON (the list also answers CSV and XLSX, which the console does not ask for). */
export const listCases = (query: CaseQuery) =>
  client.GET("/v1/tenants/{tenant}/cases", { params: { query } }) as Promise<Schema<"CasePage">>;

/** How many open cases a queue loads at most (five pages of 200); beyond that it says so. */
const QUEUE_PAGES = 5;

/**
 * The open cases the caller sees (the API decides which: a subtree, a department's, a company's),
 * soonest deadline first as the API orders them, following the cursor up to five pages. Every
 * query key starts with "cases", so a notification refreshes them all.
 */
export function useOpenCases(query: { departmentId?: string }) {
  const result = useQuery({
    queryKey: ["cases", "open", query],
    queryFn: async () => {
      const items: Case[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < QUEUE_PAGES; page++) {
        const next = await listCases({ ...query, open: "true", sort: "deadline", limit: 200, cursor });
        items.push(...next.items);
        if (!next.nextCursor) return { items, more: false };
        cursor = next.nextCursor;
      }
      return { items, more: true };
    },
    staleTime: 15_000,
  });
  return {
    items: result.data?.items ?? [],
    /** More open cases exist than the queue loaded. */
    more: result.data?.more ?? false,
    isPending: result.isPending,
    error: result.error,
    refetch: result.refetch,
  };
}

export function useCase(id: string) {
  const live = useStreamConnected();
  return useQuery({
    queryKey: ["cases", "one", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/cases/{id}", { params: { path: { id } } }),
    // The notification stream refreshes it (every case event its people must hear of); without the
    // stream, or for steps nobody is told of, it also refreshes itself.
    refetchInterval: live ? 60_000 : 10_000,
  });
}

export function useCaseAttachments(id: string) {
  return useQuery({
    queryKey: ["cases", "attachments", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/cases/{id}/attachments", { params: { path: { id } } }),
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ["departments", "all"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/departments", { params: { query: { limit: 200 } } }),
    staleTime: 5 * 60_000,
  });
}

/** The mechanism's case categories (names, kinds, default departments). */
export function useCategories() {
  return useQuery({
    queryKey: ["mechanism", "current"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/mechanism"),
    staleTime: 5 * 60_000,
    select: (m) => m.document.categories,
  });
}

/** Uploads a photo to a case (`evidence` for completion or on-the-spot resolution, else `intake`). */
export async function uploadCasePhoto(caseId: string, file: File, purpose: "intake" | "evidence") {
  const form = new FormData();
  form.append("file", file);
  form.append("purpose", purpose);
  return client.POST("/v1/tenants/{tenant}/cases/{id}/attachments", {
    params: { path: { id: caseId } },
    body: form as never,
  });
}

/** The action's path under `cases/{id}/`; department steps name the department. */
const actionPaths: Record<CaseAction, string> = {
  dispatch: "dispatch",
  acknowledge: "acknowledge",
  contact: "contact",
  resolve: "resolve",
  whistle: "whistle",
  checkIn: "departments/{departmentId}/check-in",
  complete: "departments/{departmentId}/complete",
  return: "return",
  reassign: "reassign",
  requestExtension: "extension",
  approveExtension: "extension/approve",
  refuseExtension: "extension/refuse",
  supervise: "supervise",
  rate: "rate",
  callback: "callback",
  close: "close",
  reopen: "reopen",
  cancel: "cancel",
  merge: "merge",
};

export interface ActInput {
  action: CaseAction;
  body: Record<string, unknown>;
  departmentId?: string | undefined;
}

/** Takes one action on a case; the case's queries refresh afterwards. */
export function useCaseAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body, departmentId }: ActInput) => {
      const path = `/v1/tenants/{tenant}/cases/{id}/${actionPaths[action]}`;
      // One typed path stands for all of them: each takes `{ id }` (and the department) and a JSON body.
      return client.POST(path as "/v1/tenants/{tenant}/cases/{id}/contact", {
        params: { path: { id, ...(departmentId ? { departmentId } : {}) } as { id: string } },
        body: body as never,
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["cases"] }),
  });
}

export function useComment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; internal: boolean }) =>
      client.POST("/v1/tenants/{tenant}/cases/{id}/comments", { params: { path: { id } }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["cases"] }),
  });
}

/** Who may take which action, as the API's access rules say (the state machine's list is role-blind). */
const countyDesk = new Set<CaseAction>([
  "dispatch",
  "reassign",
  "approveExtension",
  "refuseExtension",
  "supervise",
  "callback",
]);
const unitActions = new Set<CaseAction>(["acknowledge", "return", "requestExtension"]);

export function isCountyDesk(roles: readonly Role[]) {
  return roles.includes("countyAdmin") || roles.includes("dispatcher");
}

/** The actions this person can take now: the API's `allowedActions` less those their role may not. */
export function actionsFor(user: SessionUser, c: Case): CaseAction[] {
  const roles = user.roles;
  const mine = user.scope?.departmentId;
  return c.allowedActions.filter((action) => {
    if (isCountyDesk(roles)) return true;
    if (countyDesk.has(action)) return false;
    if (roles.includes("regionStaff")) {
      if (action === "merge") return true;
      return !unitActions.has(action) || c.dispatch?.to !== "departments";
    }
    if (roles.includes("departmentOfficer") && mine) {
      const current = c.departments.filter((d) => d.round === c.round && !d.withdrawnAt);
      const own = current.find((d) => d.departmentId === mine);
      if (unitActions.has(action)) return c.dispatch?.to === "departments" && own !== undefined;
      if (action === "checkIn") return own !== undefined && !own.checkedInAt;
      if (action === "complete") return own !== undefined && !!own.checkedInAt && !own.completedAt;
    }
    return false;
  });
}

export function mayComment(roles: readonly Role[]) {
  return roles.some(
    (r) => r === "countyAdmin" || r === "dispatcher" || r === "regionStaff" || r === "departmentOfficer",
  );
}

export type DeadlineKind = "firstContact" | "acknowledge" | "checkIn" | "resolution" | "supervision";

export interface Deadline {
  kind: DeadlineKind;
  at: string;
  /** Department deadlines name the department. */
  department?: { zh: string; en: string };
}

/** The deadlines still running on a case (for a department officer: those of their department). */
export function pendingDeadlines(c: Case, departmentId?: string): Deadline[] {
  const out: Deadline[] = [];
  if (
    c.status === "awaitingDispatch" ||
    ["resolved", "rated", "closed", "cancelled", "merged"].includes(c.status)
  )
    return out;
  if (c.dispatch?.acknowledgeDueAt && !c.dispatch.acknowledgedAt)
    out.push({ kind: "acknowledge", at: c.dispatch.acknowledgeDueAt });
  if (c.status === "received" && !departmentId) out.push({ kind: "firstContact", at: c.firstContactDueAt });
  for (const d of c.departments) {
    if (d.round !== c.round || d.withdrawnAt || d.checkedInAt) continue;
    if (departmentId && d.departmentId !== departmentId) continue;
    out.push({ kind: "checkIn", at: d.checkInDueAt, department: d.name });
  }
  out.push({ kind: "resolution", at: c.resolutionDueAt });
  if (c.supervision?.dueAt) out.push({ kind: "supervision", at: c.supervision.dueAt });
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The time now, ticking (for countdowns). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
