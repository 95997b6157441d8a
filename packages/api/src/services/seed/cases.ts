import {
  AppError,
  type CancelReason,
  type CaseAction,
  type CaseChannel,
  type CaseRating,
  type CaseState,
  type CaseStatus,
  caseDeadlines,
  caseNumberPrefixOf,
  categoryOf,
  checkInDueAt,
  complaintConfig,
  deadlinesFor,
  formatCaseNumber,
  newId,
  newTrackingCode,
  readTenantSettings,
  transition,
  yearInZone,
} from "@propgov/core";
import {
  caseCounters,
  caseDepartments,
  caseEvents,
  cases,
  compounds,
  departments,
  type Tx,
  tenants,
} from "@propgov/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { workingCalendarFor } from "../calendar.js";
import { caseActionEventTypes } from "../cases/act.js";
import { insertChunked } from "../chunked.js";
import { currentMechanism } from "../mechanism.js";

/** One step of a demo case, `afterHours` after the previous one. */
export type CaseStepSeed = { afterHours: number } & (
  | { action: "contact" | "resolve" | "close" | "reopen" }
  | { action: "whistle"; departments?: readonly string[] }
  | { action: "checkIn" | "complete"; department: string; outcome?: string }
  | { action: "rate"; rating: CaseRating; comment?: string }
  | { action: "cancel"; reason: CancelReason }
);

/**
 * A case of a seed, with times relative to when the seed loads (`hoursAgo` before now), so a demo
 * always has recent cases in every state. Compounds are seed keys; departments roster codes.
 */
export interface CaseSeed {
  compound: string;
  category: string;
  description: string;
  reporter?: { name: string; phone: string };
  channel: CaseChannel;
  hoursAgo: number;
  /** Where in the compound, as a point (GCJ-02, as Chinese map apps give it) and words. */
  location?: { text?: string; lat: number; long: number };
  steps: readonly CaseStepSeed[];
}

type CaseInsert = typeof cases.$inferInsert;
type EventInsert = typeof caseEvents.$inferInsert;
type DepartmentInsert = typeof caseDepartments.$inferInsert;

/**
 * Loads the seed's cases in the caller's transaction with multi-row inserts: each case is walked
 * through its steps in memory by the case state machine of core (the same `transition`, deadlines
 * and working calendar as the API), each step at its own simulated time (never later than now),
 * and the resulting cases, timelines and department steps are written in a few statements. A
 * demo's history is not news: unlike the API's verbs, this writes no notifications.
 */
export async function loadCaseSeed(
  tx: Tx,
  ctx: TenantServiceContext,
  seeds: readonly CaseSeed[],
  compoundIds: ReadonlyMap<string, string>,
): Promise<number> {
  if (seeds.length === 0) return 0;
  const end = ctx.deps.now().getTime();
  const tenantId = ctx.tenant.id;
  const zone = ctx.tenant.timezone;
  const [mechanism, calendar, departmentRows, compoundRows, tenantRow] = await Promise.all([
    currentMechanism(tx, ctx).then((m) => m.document),
    workingCalendarFor(tx, ctx),
    tx
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .where(eq(departments.tenantId, tenantId)),
    tx
      .select({
        id: compounds.id,
        communityId: compounds.communityId,
        guarantorUserId: compounds.guarantorUserId,
        guarantorName: compounds.guarantorName,
      })
      .from(compounds)
      .where(
        and(eq(compounds.tenantId, tenantId), inArray(compounds.id, [...new Set(compoundIds.values())])),
      ),
    tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, tenantId)),
  ]);
  const departmentIds = new Map(departmentRows.map((d) => [d.code, d.id]));
  const department = (code: string) => {
    const id = departmentIds.get(code);
    if (!id) throw new AppError("unprocessable", `Case seed: no department with code '${code}'.`);
    return id;
  };
  const compoundById = new Map(compoundRows.map((c) => [c.id, c]));
  const config = complaintConfig(mechanism);
  const prefix = caseNumberPrefixOf(
    ctx.tenant.slug,
    ctx.tenant.settings ?? readTenantSettings(tenantRow[0]?.settings),
  );
  type Actor = { actorType: "system"; actorId: null; actorName: string | null };
  const system: Actor = { actorType: "system", actorId: null, actorName: "示例数据" };

  const caseRows: CaseInsert[] = [];
  const eventRows: EventInsert[] = [];
  const departmentRowsOut: DepartmentInsert[] = [];
  const sequence = new Map<number, number>();
  const counters = await tx.select().from(caseCounters).where(eq(caseCounters.tenantId, tenantId));
  for (const c of counters) sequence.set(c.year, c.last);
  let idClock = 0; // keeps ids unique and sortable where two rows share a millisecond

  // In order of receipt, so that case numbers run with time.
  const ordered = [...seeds].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const seed of ordered) {
    const compoundId = compoundIds.get(seed.compound);
    const compound = compoundId ? compoundById.get(compoundId) : undefined;
    if (!compoundId || !compound)
      throw new AppError("unprocessable", `Case seed: no compound with key '${seed.compound}'.`);
    const category = categoryOf(mechanism, seed.category);
    if (!category) throw new AppError("unprocessable", `Case seed: no category '${seed.category}'.`);
    const deadlines = deadlinesFor(mechanism, category, "normal");
    let clock = end - seed.hoursAgo * 3_600_000;
    const receivedAt = new Date(clock);
    const year = yearInZone(receivedAt, zone);
    const last = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, last);
    const id = newId("case", clock + (idClock++ % 1000));
    const due = caseDeadlines(deadlines, receivedAt.toISOString(), zone, calendar);
    const guarantor =
      compound.guarantorUserId || compound.guarantorName
        ? { userId: compound.guarantorUserId, name: compound.guarantorName }
        : null;
    const row: CaseInsert = {
      tenantId,
      id,
      number: formatCaseNumber(prefix, year, last),
      trackingCode: newTrackingCode(),
      category: category.code,
      kind: category.kind,
      compoundId,
      gridId: null,
      communityId: compound.communityId,
      guarantorUserId: compound.guarantorUserId,
      guarantorName: compound.guarantorName,
      locationText: seed.location?.text ?? null,
      lat: seed.location?.lat ?? null,
      long: seed.location?.long ?? null,
      coordinateSystem: seed.location ? "gcj02" : null,
      description: seed.description,
      photos: [],
      reporterName: seed.reporter?.name ?? null,
      reporterPhone: seed.reporter?.phone ?? null,
      channel: seed.channel,
      priority: "normal",
      status: "received",
      round: 1,
      receivedAt,
      roundStartedAt: receivedAt,
      firstContactDueAt: new Date(due.firstContactDueAt),
      resolutionDueAt: new Date(due.resolutionDueAt),
      createdAt: receivedAt,
      updatedAt: receivedAt,
    };
    const event = (
      type: string,
      at: Date,
      status: CaseStatus,
      payload: Record<string, unknown>,
      actor: Actor = system,
    ) =>
      eventRows.push({
        tenantId,
        id: newId("caseEvent", at.getTime() + (idClock++ % 1000)),
        caseId: id,
        type,
        at,
        ...actor,
        status,
        payload,
        requestId: ctx.requestId,
      });
    event("received", receivedAt, "received", {
      channel: seed.channel,
      priority: "normal",
      category: category.code,
      communityId: compound.communityId,
      guarantor,
      firstContactDueAt: due.firstContactDueAt,
      resolutionDueAt: due.resolutionDueAt,
    });

    // The current round's department steps, as rows (kept for the insert) and as the machine sees them.
    let steps: DepartmentInsert[] = [];
    const state = (): CaseState => ({
      status: row.status as CaseStatus,
      resolvedAt: row.resolvedAt ? (row.resolvedAt as Date).toISOString() : null,
      awaitingAcknowledgement: false,
      extensionPending: false,
      departments: steps.map((s) => ({
        departmentId: s.departmentId,
        checkedInAt: s.checkedInAt ? (s.checkedInAt as Date).toISOString() : null,
        completedAt: s.completedAt ? (s.completedAt as Date).toISOString() : null,
      })),
    });
    for (const step of seed.steps) {
      clock = Math.min(end, clock + step.afterHours * 3_600_000);
      const now = new Date(clock);
      const at = now.toISOString();
      let action: CaseAction;
      let summoned: string[] = [];
      switch (step.action) {
        case "whistle": {
          // Named departments, else the category's defaults that are on the roster (as the API does).
          summoned = step.departments
            ? step.departments.map(department)
            : category.departments.flatMap((code) => departmentIds.get(code) ?? []);
          if (summoned.length === 0)
            throw new AppError(
              "unprocessable",
              `Case seed: a whistle on '${category.code}' names no department.`,
            );
          action = { type: "whistle", departmentIds: summoned };
          break;
        }
        case "checkIn":
        case "complete":
          action = { type: step.action, departmentId: department(step.department) };
          break;
        case "rate":
          action = {
            type: "rate",
            rating: step.rating,
            reopenOnDissatisfaction: config.reopenOnDissatisfaction,
          };
          break;
        case "reopen":
          action = { type: "reopen", at, windowDays: config.reopenWindowDays };
          break;
        default:
          action = { type: step.action };
      }
      const next = transition(state(), action, at);
      const payload: Record<string, unknown> = {};
      const firstContactDueAt = row.firstContactDueAt as Date;
      const resolutionDueAt = row.resolutionDueAt as Date;
      switch (step.action) {
        case "contact":
          row.contactedAt = now;
          payload.withinDeadline = clock <= firstContactDueAt.getTime();
          break;
        case "resolve":
          row.resolvedAt = now;
          row.resolvedOnSpot = steps.length === 0;
          payload.onSpot = steps.length === 0;
          payload.withinDeadline = clock <= resolutionDueAt.getTime();
          break;
        case "whistle": {
          const fresh = summoned.filter((d) => !steps.some((s) => s.departmentId === d));
          const dueAt = new Date(checkInDueAt(deadlines, at));
          const added = fresh.map((departmentId) => ({
            tenantId,
            id: newId("caseDepartment", clock + (idClock++ % 1000)),
            caseId: id,
            departmentId,
            round: row.round ?? 1,
            notifiedAt: now,
            checkInDueAt: dueAt,
          }));
          steps = [...steps, ...added];
          departmentRowsOut.push(...added);
          payload.departmentIds = fresh;
          payload.checkInDueAt = dueAt.toISOString();
          break;
        }
        case "checkIn":
        case "complete": {
          const departmentId = department(step.department);
          const summonedStep = steps.find((s) => s.departmentId === departmentId);
          if (!summonedStep) throw new Error("transition accepted a department that is not summoned");
          payload.departmentId = departmentId;
          if (step.action === "checkIn") {
            summonedStep.checkedInAt = now;
            payload.withinDeadline = clock <= (summonedStep.checkInDueAt as Date).getTime();
          } else {
            summonedStep.completedAt = now;
            summonedStep.outcome = step.outcome ?? "已处置完毕。";
            payload.outcome = summonedStep.outcome;
          }
          break;
        }
        case "rate":
          row.rating = step.rating;
          row.ratedAt = now;
          row.ratingSource = "resident";
          payload.rating = step.rating;
          if (step.comment) payload.comment = step.comment;
          break;
        case "close":
          row.closedAt = now;
          break;
        case "cancel":
          row.cancelledAt = now;
          row.cancelReason = step.reason;
          payload.reason = step.reason;
          break;
        case "reopen":
          break;
      }
      const rated = step.action === "rate";
      const reopenedDue = next.reopened ? caseDeadlines(deadlines, at, zone, calendar) : null;
      if (reopenedDue && !rated) Object.assign(payload, reopenedDue);
      event(caseActionEventTypes[step.action], now, rated ? "rated" : next.status, payload);
      row.status = next.status;
      row.updatedAt = now;
      if (reopenedDue) {
        // A new round in which the community answers again, with fresh deadlines from now.
        Object.assign(row, {
          round: (row.round ?? 1) + 1,
          roundStartedAt: now,
          firstContactDueAt: new Date(reopenedDue.firstContactDueAt),
          resolutionDueAt: new Date(reopenedDue.resolutionDueAt),
          contactedAt: null,
          resolvedAt: null,
          resolvedOnSpot: null,
          closedAt: null,
        });
        steps = [];
        if (rated) {
          event(
            "reopened",
            new Date(clock + 1),
            "received",
            { because: "unsatisfied", ...reopenedDue },
            { actorType: "system", actorId: null, actorName: null },
          );
        }
      }
    }
    caseRows.push(row);
  }

  await insertChunked(caseRows, 200, (chunk) => tx.insert(cases).values(chunk));
  await insertChunked(eventRows, 500, (chunk) => tx.insert(caseEvents).values(chunk));
  await insertChunked(departmentRowsOut, 500, (chunk) => tx.insert(caseDepartments).values(chunk));
  const years = [...sequence].map(([year, last]) => ({ tenantId, year, last }));
  if (years.length > 0)
    await tx
      .insert(caseCounters)
      .values(years)
      .onConflictDoUpdate({
        target: [caseCounters.tenantId, caseCounters.year],
        set: { last: sql`excluded.last` },
      });
  return seeds.length;
}
