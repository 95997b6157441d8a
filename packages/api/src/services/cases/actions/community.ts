import { complaintConfig, transition } from "@propgov/core";
import { type CaseActionTable, deadlinesFromNow, newRound, noted, rateCase, transitionOn } from "./types.js";
import { closeDuplicatesOf } from "./work-orders.js";

/** The community's answer to the reporter, the resolution, the resident's rating, close, reopen and cancel. */
export const communityActions: CaseActionTable<
  "contact" | "resolve" | "rate" | "close" | "reopen" | "cancel"
> = {
  contact: {
    side: "community",
    event: "contacted",
    async apply(c) {
      const next = transitionOn(c, "contact");
      return {
        patch: { status: next.status, contactedAt: c.now },
        status: next.status,
        payload: { ...noted(c.input), withinDeadline: c.now.getTime() <= c.row.firstContactDueAt.getTime() },
      };
    },
  },
  resolve: {
    side: "community",
    event: "resolved",
    async apply(c) {
      const next = transitionOn(c, "resolve");
      const onSpot = c.steps.length === 0;
      return {
        patch: { status: next.status, resolvedAt: c.now, resolvedOnSpot: onSpot },
        status: next.status,
        payload: {
          ...noted(c.input),
          onSpot,
          withinDeadline: c.now.getTime() <= c.row.resolutionDueAt.getTime(),
        },
      };
    },
  },
  rate: {
    side: "community",
    event: "rated",
    apply: (c) => rateCase(c, "resident"),
  },
  close: {
    side: "community",
    event: "closed",
    async apply(c) {
      const next = transitionOn(c, "close");
      return {
        patch: { status: next.status, closedAt: c.now },
        status: next.status,
        payload: noted(c.input),
        // Repeat complaints (重复件) close with their original.
        after: (updated) => closeDuplicatesOf(c.tx, c.ctx, c.mechanism, updated),
      };
    },
  },
  reopen: {
    side: "community",
    event: "reopened",
    async apply(c) {
      const windowDays = complaintConfig(c.mechanism).reopenWindowDays;
      const next = transition(c.state, { type: "reopen", at: c.at, windowDays }, c.at);
      const due = next.reopened ? await deadlinesFromNow(c) : null;
      return {
        patch: { status: next.status, ...(due ? newRound(c, due) : {}) },
        status: next.status,
        payload: { ...noted(c.input), ...due },
      };
    },
  },
  cancel: {
    side: "community",
    event: "cancelled",
    async apply(c) {
      const next = transitionOn(c, "cancel");
      return {
        patch: { status: next.status, cancelledAt: c.now, cancelReason: c.input.reason },
        status: next.status,
        payload: { ...noted(c.input), reason: c.input.reason },
      };
    },
  },
};
