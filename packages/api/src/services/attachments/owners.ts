import { AppError, type AttachmentOwnerKind, type AttachmentPurpose } from "@propgov/core";
import { attachments, cases, disclosures, meetings, type Tx } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { casesWithin } from "../access/cases.js";
import { disclosuresWithin } from "../access/disclosures.js";
import { meetingsWithin } from "../access/meetings.js";
import { isDispatcher, type Reach } from "../access/reach.js";
import { mayWithdraw } from "../disclosures/withdraw.js";

/** What an attachment hangs off. */
export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: string;
}

export type AttachmentRow = typeof attachments.$inferSelect;

/** The owner an attachment row names. */
export function ownerOf(row: AttachmentRow): AttachmentOwner {
  if (row.caseId) return { kind: "case", id: row.caseId };
  if (row.meetingId) return { kind: "meeting", id: row.meetingId };
  if (row.disclosureId) return { kind: "disclosure", id: row.disclosureId };
  throw new Error(`attachment ${row.id} has no owner`);
}

/** The owner column of a kind, for queries. */
export const ownerColumn = (kind: AttachmentOwnerKind) =>
  kind === "case"
    ? attachments.caseId
    : kind === "meeting"
      ? attachments.meetingId
      : attachments.disclosureId;

/** The owner columns of a new row. */
export const ownerValues = (owner: AttachmentOwner) => ({
  caseId: owner.kind === "case" ? owner.id : null,
  meetingId: owner.kind === "meeting" ? owner.id : null,
  disclosureId: owner.kind === "disclosure" ? owner.id : null,
});

const noun: Record<AttachmentOwnerKind, string> = {
  case: "Case",
  meeting: "Meeting",
  disclosure: "Disclosure",
};

/**
 * The reach that governs an owner's attachments: a case's is the case reach (the 12345 dispatch
 * desk handles every case of the county), anything else's the caller's own.
 */
const reachFor = (ctx: TenantServiceContext, reach: Reach, owner: AttachmentOwner): Reach =>
  owner.kind === "case" && isDispatcher(ctx) ? { kind: "county" } : reach;

/** The owner as the caller may see it, locked for a change when `lock`; else 404 as if it did not exist. */
async function visibleOwner(
  tx: Tx,
  ctx: TenantServiceContext,
  callerReach: Reach,
  owner: AttachmentOwner,
  lock: boolean,
) {
  const reach = reachFor(ctx, callerReach, owner);
  const notFound = () => new AppError("not_found", `${noun[owner.kind]} '${owner.id}' was not found.`);
  switch (owner.kind) {
    case "case": {
      const query = tx
        .select()
        .from(cases)
        .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, owner.id), casesWithin(reach)));
      const [row] = lock ? await query.for("update") : await query;
      if (!row) throw notFound();
      return { kind: "case" as const, row };
    }
    case "meeting": {
      const query = tx
        .select()
        .from(meetings)
        .where(
          and(
            eq(meetings.tenantId, ctx.tenant.id),
            eq(meetings.id, owner.id),
            isNull(meetings.archivedAt),
            meetingsWithin(reach),
          ),
        );
      const [row] = lock ? await query.for("update") : await query;
      if (!row) throw notFound();
      return { kind: "meeting" as const, row };
    }
    case "disclosure": {
      const query = tx
        .select()
        .from(disclosures)
        .where(
          and(
            eq(disclosures.tenantId, ctx.tenant.id),
            eq(disclosures.id, owner.id),
            disclosuresWithin(reach),
          ),
        );
      const [row] = lock ? await query.for("update") : await query;
      if (!row) throw notFound();
      return { kind: "disclosure" as const, row };
    }
  }
}

/** Reads of an owner's attachments: whoever sees the owner sees them (404 otherwise). */
export async function assertOwnerVisible(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  owner: AttachmentOwner,
) {
  await visibleOwner(tx, ctx, reach, owner, false);
}

/** Case statuses after which nothing is attached any more. */
const CASE_LOCKED = new Set(["closed", "cancelled"]);

/**
 * Adding, changing or removing an attachment of an owner the caller sees (404 otherwise), locked:
 *
 * - a case: at intake, staff who handle cases (county, region staff of its subtree); as completion
 *   evidence (影像证明) also an officer of a department whistled to it. Company staff and committee
 *   members only read. A closed or cancelled case takes no more (409 with `currentStatus`).
 * - a meeting: who writes meetings (county, region staff of its unit).
 * - a disclosure: the publisher's side, as for withdrawing it; a withdrawn one takes no more (409).
 */
export async function assertMayAttach(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  owner: AttachmentOwner,
  purpose: AttachmentPurpose,
) {
  const found = await visibleOwner(tx, ctx, reach, owner, true);
  reach = reachFor(ctx, reach, owner);
  switch (found.kind) {
    case "case": {
      const staff = reach.kind === "county" || reach.kind === "region";
      const department = reach.kind === "department" && purpose === "evidence";
      if (!staff && !department) {
        throw new AppError(
          "forbidden",
          purpose === "evidence"
            ? "Only staff handling the case or a department summoned to it add completion evidence."
            : "Only staff handling the case add intake attachments.",
        );
      }
      if (CASE_LOCKED.has(found.row.status)) {
        throw new AppError(
          "conflict",
          `Case '${owner.id}' is ${found.row.status}: it takes no more attachments.`,
          {
            extensions: { currentStatus: found.row.status },
          },
        );
      }
      return;
    }
    case "meeting":
      if (reach.kind !== "county" && reach.kind !== "region") {
        throw new AppError("forbidden", "Only who writes meetings (county, region staff) attaches to them.");
      }
      return;
    case "disclosure":
      if (!mayWithdraw(ctx, reach, found.row)) {
        throw new AppError(
          "forbidden",
          "Only the publisher's side (the company it names, or the compound's committee and community) or a county administrator attaches to a disclosure.",
        );
      }
      if (found.row.withdrawnAt) {
        throw new AppError(
          "conflict",
          `Disclosure '${owner.id}' was withdrawn: it takes no more attachments.`,
          {
            extensions: { withdrawnAt: found.row.withdrawnAt.toISOString() },
          },
        );
      }
      return;
  }
}
