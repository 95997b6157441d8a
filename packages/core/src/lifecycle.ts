import { AppError } from "./errors.js";

/**
 * One shape for the state machines of the domain (cases, tasks, meetings, lifecycle events,
 * nominations): which actions each status accepts, where an action leads, and the 409 that
 * refuses the others. Every refusal carries `currentStatus`, `allowedActions` and a
 * machine-readable `reason` (e.g. `case_not_whistleable`), so that clients switch on the code
 * instead of parsing `detail`.
 */
export interface LifecycleSpec<S extends string, A extends string> {
  /** What the machine governs, in messages: "case", "task", "meeting", … */
  noun: string;
  statuses: readonly S[];
  actions: readonly A[];
  /** The actions each status accepts, and the status each leads to (`null`: the status is kept). */
  next: { readonly [K in S]: { readonly [B in A]?: S | null } };
  /** The reason code of refusing each action because of the status, e.g. `task_not_verifiable`. */
  reasons: { readonly [B in A]: string };
}

export interface Lifecycle<S extends string, A extends string> {
  readonly spec: LifecycleSpec<S, A>;
  /** Whether the status accepts the action (before any check of the action's own). */
  accepts(status: S, action: A): boolean;
  /** The actions the status accepts, in the machine's order. */
  allowedActions(status: S): A[];
  /** The status after the action; a status that does not accept it is refused (409). */
  next(status: S, action: A): S;
  /**
   * Refuses with 409. `detail` overrides the message and `reason` the code (for refusals the
   * action's own checks make, e.g. `case_departments_already_summoned`); `allowed` overrides the
   * actions named (when what is allowed now depends on more than the status).
   */
  refuse(
    status: S,
    action: A,
    options?: { detail?: string; reason?: string; allowed?: readonly string[] },
  ): never;
  /** Refuses (409) an action the status does not accept; a no-op otherwise. */
  assert(status: S, action: A, allowed?: readonly string[]): void;
}

/** The problem members of a refused transition. */
export const transitionProblem = (
  currentStatus: string,
  allowedActions: readonly string[],
  reason: string,
) => ({
  currentStatus,
  allowedActions: [...allowedActions],
  reason,
});

export function defineLifecycle<const S extends string, const A extends string>(
  spec: LifecycleSpec<S, A>,
): Lifecycle<S, A> {
  const accepts = (status: S, action: A) => spec.next[status][action] !== undefined;
  const allowedActions = (status: S) => spec.actions.filter((a) => accepts(status, a));
  const refuse: Lifecycle<S, A>["refuse"] = (status, action, options = {}) => {
    const allowed = options.allowed ?? allowedActions(status);
    const detail =
      options.detail ??
      `A ${spec.noun} that is ${status} does not accept '${action}'. Allowed now: ${allowed.length ? allowed.join(", ") : "none"}.`;
    throw new AppError("conflict", detail, {
      extensions: transitionProblem(status, allowed, options.reason ?? spec.reasons[action]),
    });
  };
  return {
    spec,
    accepts,
    allowedActions,
    refuse,
    next(status, action) {
      const to = spec.next[status][action];
      if (to === undefined) refuse(status, action);
      return to ?? status;
    },
    assert(status, action, allowed) {
      if (!accepts(status, action)) refuse(status, action, allowed ? { allowed } : {});
    },
  };
}
