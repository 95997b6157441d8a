import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client, type SessionUser } from "./client";

export type Task = Schema<"Task">;
export type TaskWithTimeline = Schema<"TaskWithTimeline">;
export type TaskStatus = Task["status"];
export type TaskAction = Task["allowedActions"][number];
export type CreateTask = Schema<"CreateTaskRequest">;

export const taskStatuses: readonly TaskStatus[] = ["open", "inProgress", "submitted", "verified", "closed"];
/** Statuses in which the work is done: no countdown any more. */
export const doneStatuses: readonly TaskStatus[] = ["verified", "closed"];

/**
 * The tasks the caller sees (the API decides: a unit's own, a subtree's, the ones one issued),
 * soonest due first. Query keys start with "tasks" so that an action refreshes them all.
 */
export function useTasks() {
  return useQuery({
    queryKey: ["tasks", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/tasks", { params: { query: { limit: 200 } } }),
    select: (page) => [...page.items].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: ["tasks", "one", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/tasks/{id}", { params: { path: { id } } }),
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTask) => client.POST("/v1/tenants/{tenant}/tasks", { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["tasks"] }),
  });
}

const actionPaths: Record<TaskAction, string> = {
  start: "start",
  submit: "submit",
  sendBack: "send-back",
  verify: "verify",
  close: "close",
};

/** One step of the loop: start, submit (a note), send back (a reason), verify, close. */
export function useTaskAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: TaskAction; body: { note?: string; reason?: string } }) =>
      // One typed path stands for all of them: each takes `{ id }` and a small JSON body.
      client.POST(
        `/v1/tenants/{tenant}/tasks/{id}/${actionPaths[action]}` as "/v1/tenants/{tenant}/tasks/{id}/submit",
        {
          params: { path: { id } },
          body: body as never,
        },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["tasks"] }),
  });
}

export function useMilestoneDone(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (index: number) =>
      client.POST("/v1/tenants/{tenant}/tasks/{id}/milestones/{index}/done", {
        params: { path: { id, index } },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["tasks"] }),
  });
}

/** Whether the person works for the task's owning unit (starts, submits, reports milestones). */
export function isOwnerSide(user: SessionUser, task: Task): boolean {
  const scope = user.scope ?? {};
  const { unitType, unitId } = task.ownerUnit;
  if (unitType === "department") return scope.departmentId === unitId;
  if (unitType === "company") return scope.companyId === unitId;
  if (unitType === "region") return user.roles.includes("regionStaff") && task.issuedBy !== user.id;
  return user.roles.includes("committeeMember");
}

/** Whether the person checks the owner's work (sends back, verifies, closes). */
export const isIssuerSide = (user: SessionUser, task: Task) =>
  user.roles.includes("countyAdmin") || (user.roles.includes("regionStaff") && !isOwnerSide(user, task));

const ownerActions: readonly TaskAction[] = ["start", "submit"];

/** The actions this person can take now: the API's `allowedActions` of the side they are on. */
export function taskActionsFor(user: SessionUser, task: Task): TaskAction[] {
  const owner = isOwnerSide(user, task);
  const issuer = isIssuerSide(user, task);
  return task.allowedActions.filter((a) => (ownerActions.includes(a) ? owner : issuer));
}

/** The end of a due day as an instant (the county's day: China Standard Time). */
export const endOfDay = (date: string) => `${date}T23:59:59+08:00`;
