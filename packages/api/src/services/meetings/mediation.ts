import { AppError, type Mechanism } from "@propgov/core";
import { cases, regions, type Tx } from "@propgov/db";
import { and, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { appendEvent, caseActorOf } from "../cases/events.js";
import type { CaseRow } from "../cases/view.js";

/** Where a meeting is held, as far as the cases it settles must lie there. */
export interface MediationPlace {
  kind: string;
  level: "township" | "community" | "compound";
  regionId: string | null;
  compoundId: string | null;
}

const CLOSED = new Set(["closed", "cancelled"]);

/**
 * The cases a dispute-mediation meeting (矛盾纠纷调处) settles: only that kind names cases; each
 * must be an open case of the county at the meeting's unit (the compound; the community; a
 * compound of the township or street). 422 naming `body.caseIds` (and the index) otherwise.
 */
export async function checkMediationCases(
  tx: Tx,
  ctx: TenantServiceContext,
  place: MediationPlace,
  caseIds: readonly string[],
): Promise<CaseRow[]> {
  if (caseIds.length === 0) return [];
  if (place.kind !== "disputeMediation") {
    const message = "Only a dispute-mediation meeting (矛盾纠纷调处) names the cases it settles.";
    throw new AppError("unprocessable", message, { errors: [{ path: "body.caseIds", message }] });
  }
  const rows = await tx
    .select({ row: cases, path: regions.path })
    .from(cases)
    .innerJoin(regions, and(eq(regions.tenantId, cases.tenantId), eq(regions.id, cases.communityId)))
    .where(and(eq(cases.tenantId, ctx.tenant.id), inArray(cases.id, [...caseIds])));
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  const errors: { path: string; message: string }[] = [];
  caseIds.forEach((id, i) => {
    const found = byId.get(id);
    const path = `body.caseIds.${i}`;
    if (!found) errors.push({ path, message: `No case '${id}' in this county.` });
    else if (CLOSED.has(found.row.status)) {
      errors.push({
        path,
        message: `Case ${found.row.number} is ${found.row.status}: nothing left to settle.`,
      });
    } else if (
      (place.level === "compound" && found.row.compoundId !== place.compoundId) ||
      (place.level === "community" && found.row.communityId !== place.regionId) ||
      (place.level === "township" && !found.path.split("/").includes(place.regionId ?? ""))
    ) {
      errors.push({ path, message: `Case ${found.row.number} lies outside the meeting's ${place.level}.` });
    }
  });
  if (new Set(caseIds).size !== caseIds.length) {
    errors.push({ path: "body.caseIds", message: "A case is named twice." });
  }
  if (errors.length > 0) {
    throw new AppError("unprocessable", errors.map((e) => e.message).join(" "), { errors });
  }
  return rows.map((r) => r.row);
}

/**
 * Puts a mediation meeting on the timeline of each case it settles: `mediationScheduled` when the
 * meeting names the case, `mediationHeld` when it is held (staff see both; public tracking neither).
 */
export async function noteMediation(
  tx: Tx,
  ctx: TenantServiceContext,
  mechanism: Mechanism,
  meeting: { id: string; title: string; scheduledAt: Date; heldAt?: Date | null },
  caseIds: readonly string[],
  type: "mediationScheduled" | "mediationHeld",
): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.tenantId, ctx.tenant.id), inArray(cases.id, [...caseIds])))
    .for("update");
  const at = ctx.deps.now();
  for (const row of rows) {
    await appendEvent(tx, ctx, mechanism, row, caseActorOf(ctx), {
      type,
      at,
      status: row.status,
      payload: {
        meetingId: meeting.id,
        title: meeting.title,
        scheduledAt: meeting.scheduledAt.toISOString(),
        ...(meeting.heldAt ? { heldAt: meeting.heldAt.toISOString() } : {}),
      },
    });
  }
}
