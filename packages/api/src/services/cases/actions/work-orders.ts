import { AppError, type Mechanism, transition } from "@propgov/core";
import { cases, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../../context.js";
import { caseReachOf } from "../../access/reach.js";
import { appendEvent } from "../events.js";
import { lockCase } from "../read.js";
import type { CaseRow } from "../view.js";
import { endAssignments } from "./dispatch.js";
import { type CaseActionTable, noted, rateCase, transitionOn } from "./types.js";

/** The 12345 work order's extensions (延期), supervision (督办), callback (回访) and repeat complaints (重复件). */
export const workOrderActions: CaseActionTable<
  "requestExtension" | "approveExtension" | "refuseExtension" | "supervise" | "callback" | "merge"
> = {
  requestExtension: {
    side: "dispatchedUnit",
    event: "extensionRequested",
    async apply(c) {
      const { row, input } = c;
      const currentDueAt = row.resolutionDueAt.toISOString();
      transition(c.state, { type: "requestExtension", dueAt: input.dueAt, currentDueAt }, c.at);
      return {
        patch: {
          extensionDueAt: new Date(input.dueAt),
          extensionRequestedAt: c.now,
          extensionReason: input.reason,
        },
        status: row.status,
        payload: { dueAt: new Date(input.dueAt).toISOString(), currentDueAt, reason: input.reason },
      };
    },
  },
  approveExtension: {
    side: "countyDesk",
    event: "extensionApproved",
    async apply(c) {
      const { row } = c;
      transitionOn(c, "approveExtension");
      const asked = row.extensionDueAt as Date;
      return {
        // The deadline moves only now, on approval.
        patch: {
          ...noExtension,
          resolutionDueAt: asked,
          extensionCount: row.extensionCount + 1,
        },
        status: row.status,
        payload: {
          from: row.resolutionDueAt.toISOString(),
          to: asked.toISOString(),
          ...noted(c.input),
        },
      };
    },
  },
  refuseExtension: {
    side: "countyDesk",
    event: "extensionRefused",
    async apply(c) {
      const { row } = c;
      transitionOn(c, "refuseExtension");
      const asked = row.extensionDueAt as Date;
      return {
        patch: noExtension,
        status: row.status,
        payload: { requestedDueAt: asked.toISOString(), reason: c.input.reason },
      };
    },
  },
  supervise: {
    side: "countyDesk",
    event: "supervised",
    async apply(c) {
      const { row, input } = c;
      transitionOn(c, "supervise");
      if (Date.parse(input.dueAt) <= c.now.getTime()) {
        throw new AppError("unprocessable", "A supervision's due date lies in the future.", {
          errors: [{ path: "body.dueAt", message: "Not later than now." }],
        });
      }
      return {
        patch: {
          supervisionLevel: input.level,
          supervisedAt: row.supervisedAt ?? c.now,
          supervisionDueAt: new Date(input.dueAt),
        },
        status: row.status,
        payload: {
          level: input.level,
          dueAt: new Date(input.dueAt).toISOString(),
          reason: input.reason,
          ...(row.supervisionLevel ? { previousLevel: row.supervisionLevel } : {}),
        },
      };
    },
  },
  callback: {
    side: "countyDesk",
    event: "rated",
    // The phone answer counts as the resident's rating (回访即评价).
    apply: (c) => rateCase(c, "callback"),
  },
  merge: {
    side: "community",
    event: "merged",
    async apply(c) {
      const { tx, ctx, row, now, input } = c;
      if (input.duplicateOf === row.id) {
        throw new AppError("unprocessable", "A case cannot repeat itself.", {
          errors: [{ path: "body.duplicateOf", message: "The case itself." }],
        });
      }
      const next = transitionOn(c, "merge");
      const original = await lockOriginal(tx, ctx, input.duplicateOf);
      await endAssignments(tx, ctx, row, now, "reassigned");
      const closedAlready = original.status === "closed";
      const status = closedAlready ? "closed" : next.status;
      return {
        patch: {
          status,
          duplicateOfId: original.id,
          assignment: null,
          ...(closedAlready ? { closedAt: now } : {}),
        },
        status,
        payload: { duplicateOf: original.id, originalNumber: original.number, ...noted(input) },
        after: () =>
          appendEvent(tx, ctx, c.mechanism, original, c.actor, {
            type: "duplicateMerged",
            at: now,
            status: original.status,
            payload: { duplicate: row.id, duplicateNumber: row.number },
          }),
      };
    },
  },
};

const noExtension = { extensionDueAt: null, extensionRequestedAt: null, extensionReason: null };

/** The original a repeat complaint merges into: a case within reach, neither merged nor cancelled; else 422. */
async function lockOriginal(tx: Tx, ctx: TenantServiceContext, id: string): Promise<CaseRow> {
  let original: CaseRow;
  try {
    original = await lockCase(tx, ctx, await caseReachOf(tx, ctx), id);
  } catch {
    throw new AppError("unprocessable", `Case '${id}' was not found.`, {
      errors: [{ path: "body.duplicateOf", message: "No such case within your reach." }],
    });
  }
  if (original.status === "merged" || original.status === "cancelled") {
    throw new AppError(
      "unprocessable",
      `Case ${original.number} is ${original.status}; merge into its original.`,
      {
        errors: [{ path: "body.duplicateOf", message: `The case is ${original.status}.` }],
      },
    );
  }
  return original;
}

/** Closes the repeat complaints (重复件) merged into a case that has just closed, each with its event. */
export async function closeDuplicatesOf(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  original: CaseRow,
) {
  const now = ctx.deps.now();
  const closed = await tx
    .update(cases)
    .set({ status: "closed", closedAt: now, updatedAt: now })
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        eq(cases.duplicateOfId, original.id),
        eq(cases.status, "merged"),
      ),
    )
    .returning();
  for (const d of closed) {
    await appendEvent(
      tx,
      ctx,
      mechanism,
      d,
      { type: "system", id: null, name: null },
      {
        type: "closed",
        at: now,
        status: "closed",
        payload: { withOriginal: original.id, originalNumber: original.number },
      },
    );
  }
}
