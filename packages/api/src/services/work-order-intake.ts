import {
  AppError,
  type CaseStatus,
  caseStatusLabels,
  type Label,
  type WorkOrderIntakeInput,
} from "@propgov/core";
import { caseEvents, cases } from "@propgov/db";
import { and, asc, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { audit } from "./audit.js";
import { fileCase, findByTicket } from "./cases/create.js";
import { caseActorOf } from "./cases/events.js";
import type { CaseRow } from "./cases/view.js";
import { type CompoundSuggestion, nearestCompoundsIn } from "./compounds/suggestions.js";
import { inTenant } from "./tx.js";

/** What a 12345 system learns about its ticket: no personal data, no internal notes. */
export interface WorkOrderStatus {
  created: boolean;
  caseId: string;
  number: string;
  trackingCode: string;
  ticket: { system: string; number: string };
  status: CaseStatus;
  statusLabel: Label;
  priority: CaseRow["priority"];
  compound: { id: string; suggested: CompoundSuggestion | null };
  receivedAt: Date;
  dispatchedAt: Date | null;
  acknowledgedAt: Date | null;
  resolutionDueAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: CaseRow["rating"];
  duplicateOf: string | null;
  updatedAt: Date;
  events: { type: string; at: Date; reason: string | null }[];
}

/** Event types a 12345 system sees (comments, notes and corrections stay inside the county). */
const SHARED_EVENTS = new Set([
  "received",
  "dispatched",
  "acknowledged",
  "contacted",
  "whistled",
  "checkedIn",
  "completed",
  "returned",
  "reassigned",
  "extensionRequested",
  "extensionApproved",
  "extensionRefused",
  "supervised",
  "resolved",
  "rated",
  "closed",
  "reopened",
  "cancelled",
  "merged",
]);

const MACHINE_ONLY = "The 12345 interchange takes an API key (Authorization: Bearer <key>), not a session.";

function assertApiKey(ctx: TenantServiceContext) {
  if (ctx.principal?.kind !== "apiKey") throw new AppError("forbidden", MACHINE_ONLY);
}

async function statusOf(
  tx: Parameters<Parameters<typeof inTenant>[1]>[0],
  ctx: TenantServiceContext,
  row: CaseRow,
  created: boolean,
  suggested: CompoundSuggestion | null,
): Promise<WorkOrderStatus> {
  const events = await tx
    .select({ type: caseEvents.type, at: caseEvents.at, payload: caseEvents.payload })
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, ctx.tenant.id), eq(caseEvents.caseId, row.id)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return {
    created,
    caseId: row.id,
    number: row.number,
    trackingCode: row.trackingCode,
    ticket: { system: row.externalSystem ?? "", number: row.externalNumber ?? "" },
    status: row.status,
    statusLabel: caseStatusLabels[row.status],
    priority: row.priority,
    compound: { id: row.compoundId, suggested },
    receivedAt: row.receivedAt,
    dispatchedAt: row.dispatchedAt,
    acknowledgedAt: row.acknowledgedAt,
    resolutionDueAt: row.resolutionDueAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    rating: row.rating,
    duplicateOf: row.duplicateOfId,
    updatedAt: row.updatedAt,
    events: events
      .filter((e) => SHARED_EVENTS.has(e.type))
      .map((e) => ({
        type: e.type,
        at: e.at,
        reason: typeof e.payload.reason === "string" ? e.payload.reason : null,
      })),
  };
}

/**
 * A 12345 system pushes a work order (工单推送). Idempotent by ticket: the same system and
 * number file one case; a push of a ticket already filed answers its current status
 * (`created: false`) and changes nothing. Concurrent pushes of one ticket take turns on a
 * transaction-level advisory lock. The case waits for the dispatcher (待派单).
 */
export async function intakeWorkOrder(
  ctx: TenantServiceContext,
  input: WorkOrderIntakeInput,
): Promise<WorkOrderStatus> {
  assertApiKey(ctx);
  return inTenant(ctx, async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`${ctx.tenant.id}/${input.ticket.system}/${input.ticket.number}`}))`,
    );
    const [existing] = await findByTicket(tx, ctx, input.ticket);
    if (existing) return statusOf(tx, ctx, existing, false, null);

    let compoundId = input.compoundId;
    let suggested: CompoundSuggestion | null = null;
    const l = input.location;
    if (!compoundId && l?.lat !== undefined && l.long !== undefined) {
      [suggested = null] = await nearestCompoundsIn(
        tx,
        ctx,
        { lat: l.lat, lng: l.long, coordinateSystem: l.coordinateSystem ?? "gcj02" },
        { limit: 1, maxMetres: 3000, withinReach: false },
      );
      compoundId = suggested?.id;
    }
    if (!compoundId) {
      throw new AppError(
        "unprocessable",
        "Name the compound, or give a point within 3 km of a known compound.",
        {
          errors: [
            {
              path: "body.compoundId",
              message: "Required unless the location's point lies near a compound.",
            },
          ],
        },
      );
    }
    const { row } = await fileCase(
      tx,
      ctx,
      {
        category: input.category,
        compoundId,
        description: input.description,
        location: input.location,
        photos: input.photos,
        reporter: input.reporter,
        channel: "hotline12345",
        receivedAt: input.receivedAt,
        priority: input.priority,
        externalRef: input.ticket,
      },
      {
        reach: null,
        actor: caseActorOf(ctx),
        awaitDispatch: true,
        alongside: (filed) =>
          audit(tx, ctx, ctx.tenant.id, {
            action: "case.intake",
            targetType: "case",
            targetId: filed.id,
            after: { number: filed.number, ticket: input.ticket, compoundSuggested: suggested !== null },
          }),
      },
    );
    return statusOf(tx, ctx, row, true, suggested);
  });
}

/** `GET work-orders/{system}/{number}`: the ticket's status, for the 12345 system's polling. */
export async function workOrderStatus(
  ctx: TenantServiceContext,
  ticket: { system: string; number: string },
): Promise<WorkOrderStatus> {
  assertApiKey(ctx);
  return inTenant(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.tenantId, ctx.tenant.id),
          eq(cases.externalSystem, ticket.system),
          eq(cases.externalNumber, ticket.number),
        ),
      );
    if (!row) throw new AppError("not_found", `Ticket ${ticket.system}/${ticket.number} was not found.`);
    return statusOf(tx, ctx, row, false, null);
  });
}
