import {
  AppError,
  type CorrectCaseInput,
  caseDeadlines,
  categoryOf,
  checkInDueAt,
  deadlinesFor,
  unchargedStatuses,
} from "@propgov/core";
import { caseDepartments, cases, compounds } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { caseReachOf, isDispatcher } from "../access/reach.js";
import { audit } from "../audit.js";
import { workingCalendarFor } from "../calendar.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { appendEvent, caseActorOf } from "./events.js";
import { lockCase } from "./read.js";
import { type CaseView, caseViews } from "./view.js";

/** Who writes on a case's timeline: the county desk, region staff, department officers whistled to it. */
function assertMayWrite(kind: string) {
  if (kind !== "county" && kind !== "region" && kind !== "department") {
    throw new AppError("forbidden", "Your role reads cases but does not write on them.");
  }
}

/**
 * A comment on a case's timeline, or an internal note (`internal`) that only staff see (public
 * tracking shows neither). Any status: a comment changes nothing in the lifecycle.
 */
export async function commentOnCase(
  ctx: TenantServiceContext,
  id: string,
  input: { text: string; internal: boolean },
): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const row = await lockCase(tx, ctx, reach, id);
    assertMayWrite(reach.kind);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    await appendEvent(tx, ctx, mechanism, row, caseActorOf(ctx), {
      type: input.internal ? "noted" : "commented",
      at: ctx.deps.now(),
      status: row.status,
      payload: { text: input.text, internal: input.internal },
    });
    const [view] = await caseViews(tx, ctx, reach, [row], mechanism);
    if (!view) throw new Error("no view");
    return view;
  });
}

/**
 * Staff corrections (`PATCH /cases/{id}`) of the category, the compound, the location or the
 * description, e.g. a 12345 ticket filed under the wrong category. Audited and on the timeline
 * with before and after. The county desk and region staff within their subtree; not once the
 * case is finished. A new category brings its own deadlines, counted from the start of the case's
 * current round (its receipt, dispatch or reopening) under its priority: a deadline already met
 * (the first contact made, a department checked in) stays, and so does a resolution date the
 * dispatcher approved as an extension. Waiting for dispatch, no deadline runs, so none moves.
 */
export async function correctCase(
  ctx: TenantServiceContext,
  id: string,
  input: CorrectCaseInput,
): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    const row = await lockCase(tx, ctx, reach, id);
    if (reach.kind !== "county" && reach.kind !== "region") {
      throw new AppError("forbidden", "Only the county desk and community staff correct cases.");
    }
    if (unchargedStatuses.includes(row.status) && row.status !== "awaitingDispatch") {
      throw new AppError("conflict", `A ${row.status} case is no longer corrected; reopen it first.`, {
        extensions: { currentStatus: row.status, allowedActions: [], reason: "case_not_correctable" },
      });
    }
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const patch: Partial<typeof cases.$inferInsert> = {};
    let deadlines: ReturnType<typeof deadlinesFor> | undefined;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (input.category !== undefined && input.category !== row.category) {
      const category = categoryOf(mechanism, input.category);
      if (!category) {
        throw new AppError("unprocessable", `'${input.category}' is not a case category of this county.`, {
          errors: [{ path: "body.category", message: "Unknown category." }],
        });
      }
      patch.category = category.code;
      patch.kind = category.kind;
      before.category = row.category;
      after.category = category.code;
      if (row.status !== "awaitingDispatch") {
        deadlines = deadlinesFor(mechanism, category, row.priority);
        const due = caseDeadlines(
          deadlines,
          row.roundStartedAt.toISOString(),
          ctx.tenant.timezone,
          await workingCalendarFor(tx, ctx),
        );
        const moved: Record<string, string> = {};
        const was: Record<string, string> = {};
        if (!row.contactedAt && due.firstContactDueAt !== row.firstContactDueAt.toISOString()) {
          patch.firstContactDueAt = new Date(due.firstContactDueAt);
          was.firstContactDueAt = row.firstContactDueAt.toISOString();
          moved.firstContactDueAt = due.firstContactDueAt;
        }
        if (row.extensionCount === 0 && due.resolutionDueAt !== row.resolutionDueAt.toISOString()) {
          patch.resolutionDueAt = new Date(due.resolutionDueAt);
          was.resolutionDueAt = row.resolutionDueAt.toISOString();
          moved.resolutionDueAt = due.resolutionDueAt;
        }
        if (Object.keys(moved).length > 0) {
          before.deadlines = was;
          after.deadlines = moved;
        }
      }
    }
    if (input.compoundId !== undefined && input.compoundId !== row.compoundId) {
      const [compound] = await tx
        .select()
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, input.compoundId)));
      if (!compound || compound.archivedAt) {
        throw new AppError("unprocessable", `Compound '${input.compoundId}' was not found.`, {
          errors: [{ path: "body.compoundId", message: "No such active compound." }],
        });
      }
      if (compound.communityId !== row.communityId && reach.kind === "region") {
        throw new AppError("unprocessable", "Moving a case to another community is the dispatcher's.", {
          errors: [{ path: "body.compoundId", message: "The compound lies in another community." }],
        });
      }
      Object.assign(patch, {
        compoundId: compound.id,
        communityId: compound.communityId,
        gridId: null,
        guarantorUserId: compound.guarantorUserId,
        guarantorName: compound.guarantorName,
      });
      before.compoundId = row.compoundId;
      after.compoundId = compound.id;
      if (compound.communityId !== row.communityId) {
        before.communityId = row.communityId;
        after.communityId = compound.communityId;
      }
    }
    if (input.location !== undefined) {
      const l = input.location;
      const point = l?.lat !== undefined && l?.long !== undefined;
      Object.assign(patch, {
        locationText: l?.text ?? null,
        lat: point ? l.lat : null,
        long: point ? l.long : null,
        coordinateSystem: point ? (l.coordinateSystem ?? "gcj02") : null,
      });
      before.location = {
        text: row.locationText,
        lat: row.lat,
        long: row.long,
        coordinateSystem: row.coordinateSystem,
      };
      after.location = {
        text: patch.locationText,
        lat: patch.lat,
        long: patch.long,
        coordinateSystem: patch.coordinateSystem,
      };
    }
    if (input.description !== undefined && input.description !== row.description) {
      patch.description = input.description;
      before.description = row.description;
      after.description = input.description;
    }
    let updated = row;
    if (Object.keys(after).length > 0) {
      const now = ctx.deps.now();
      const [next] = await tx
        .update(cases)
        .set({ ...patch, updatedAt: now })
        .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, row.id)))
        .returning();
      if (!next) throw new Error("update returned nothing");
      updated = next;
      if (deadlines) {
        // Departments summoned this round and not yet checked in: the new category's check-in hours.
        const waiting = await tx
          .select()
          .from(caseDepartments)
          .where(
            and(
              eq(caseDepartments.tenantId, ctx.tenant.id),
              eq(caseDepartments.caseId, row.id),
              eq(caseDepartments.round, row.round),
              isNull(caseDepartments.checkedInAt),
              isNull(caseDepartments.withdrawnAt),
            ),
          );
        for (const d of waiting) {
          const checkIn = new Date(checkInDueAt(deadlines, d.notifiedAt.toISOString()));
          if (checkIn.getTime() === d.checkInDueAt.getTime()) continue;
          await tx
            .update(caseDepartments)
            .set({ checkInDueAt: checkIn })
            .where(and(eq(caseDepartments.tenantId, ctx.tenant.id), eq(caseDepartments.id, d.id)));
        }
      }
      await appendEvent(tx, ctx, mechanism, updated, caseActorOf(ctx), {
        type: "corrected",
        at: now,
        status: updated.status,
        payload: { before, after, reason: input.reason, byDispatcher: isDispatcher(ctx) },
      });
      await audit(tx, ctx, ctx.tenant.id, {
        action: "case.correct",
        targetType: "case",
        targetId: row.id,
        before,
        after: { ...after, reason: input.reason },
      });
    }
    const [view] = await caseViews(tx, ctx, reach, [updated], mechanism);
    if (!view) throw new Error("no view");
    return view;
  });
}
