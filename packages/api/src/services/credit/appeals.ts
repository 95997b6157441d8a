import {
  AppError,
  type ApplyRepairInput,
  appealAllowedActions,
  type CreditAppealAction,
  type CreditAppealKind,
  type CreditAppealStatus,
  creditAppealKindLabels,
  creditAppealStatusLabels,
  type DecideAppealInput,
  dateInZone,
  type FileObjectionInput,
  type Label,
  newId,
  nextAppealStatus,
  objectionDueOn,
  type RepairCondition,
  recordStandingOn,
  repairRefusals,
  repairRules,
  transitionProblem,
} from "@propgov/core";
import { attachments, creditAppeals, creditRecords, type Tx } from "@propgov/db";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { appealsWithin } from "../access/credit.js";
import { reachOf } from "../access/reach.js";
import { actorOf, audit } from "../audit.js";
import { workingCalendarFor } from "../calendar.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { loadCreditConfig } from "./config.js";
import { withAppeals } from "./records.js";
import { creditToday } from "./view.js";

type AppealRow = typeof creditAppeals.$inferSelect;

/** An objection (异议) or a credit repair application (信用修复) against one credit record. */
export interface CreditAppealView {
  id: string;
  recordId: string;
  companyId: string;
  kind: CreditAppealKind;
  kindLabel: Label;
  status: CreditAppealStatus;
  statusLabel: Label;
  reason: string;
  evidence: string[];
  /** Repairs: the conditions the company stated as met. */
  conditions: Partial<Record<RepairCondition, boolean>> | null;
  filedOn: string;
  /** Objections: the county decides by this day (working calendar). */
  dueOn: string | null;
  /** A pending objection past its deadline (today, tenant zone). */
  overdue: boolean;
  decidedOn: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionNote: string | null;
  allowedActions: CreditAppealAction[];
  filedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const appealView = (ctx: TenantServiceContext, a: AppealRow): CreditAppealView => ({
  id: a.id,
  recordId: a.recordId,
  companyId: a.companyId,
  kind: a.kind,
  kindLabel: creditAppealKindLabels[a.kind],
  status: a.status,
  statusLabel: creditAppealStatusLabels[a.status],
  reason: a.reason,
  evidence: a.evidence,
  conditions: a.conditions ?? null,
  filedOn: a.filedOn,
  dueOn: a.dueOn,
  overdue: a.status === "pending" && a.dueOn !== null && creditToday(ctx) > a.dueOn,
  decidedOn: a.decidedOn,
  decidedAt: a.decidedAt,
  decidedBy: a.decidedBy,
  decisionNote: a.decisionNote,
  allowedActions: appealAllowedActions(a.kind, a.status),
  filedBy: a.filedBy,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

/** 409 in the API's transition shape, for an appeal the record's state does not accept. */
function refuseFiling(currentStatus: string, reason: string, detail: string): never {
  throw new AppError("conflict", detail, { extensions: transitionProblem(currentStatus, [], reason) });
}

/**
 * The record a company appeals against, locked: company staff only, of their own company
 * (another company's record, or another tenant's, is 404; other roles 403).
 */
async function lockOwnRecord(tx: Tx, ctx: TenantServiceContext, recordId: string) {
  const reach = await reachOf(tx, ctx);
  if (reach.kind !== "company") {
    throw new AppError("forbidden", "Only the company's own staff file objections and repair applications.");
  }
  const [row] = await tx
    .select()
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.tenantId, ctx.tenant.id),
        eq(creditRecords.id, recordId),
        eq(creditRecords.companyId, reach.companyId),
      ),
    )
    .for("update");
  if (!row) throw new AppError("not_found", `Credit record '${recordId}' was not found.`);
  const [loaded] = await withAppeals(tx, ctx, [row]);
  if (!loaded) throw new Error("record vanished");
  return loaded;
}

/** Attachment ids among the evidence must be the tenant's (422 naming `body.evidence.N`). */
async function checkEvidence(tx: Tx, ctx: TenantServiceContext, evidence: readonly string[]) {
  const ids = evidence.filter((e) => e.startsWith("att_"));
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.tenantId, ctx.tenant.id), inArray(attachments.id, ids)));
  const known = new Set(found.map((f) => f.id));
  const errors = evidence
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.startsWith("att_") && !known.has(e))
    .map(({ i }) => ({ path: `body.evidence.${i}`, message: "No such attachment." }));
  if (errors.length > 0)
    throw new AppError("unprocessable", "Evidence names unknown attachments.", { errors });
}

/** The record must still be one that counts or could count: not revoked, withdrawn or repaired; no pending appeal. */
function assertAppealable(
  ctx: TenantServiceContext,
  record: Awaited<ReturnType<typeof lockOwnRecord>>,
  kind: CreditAppealKind,
) {
  const today = creditToday(ctx);
  const standing = recordStandingOn(
    {
      ...record,
      revokedOn: record.revokedAt ? dateInZone(record.revokedAt, ctx.tenant.timezone) : null,
      appeals: record.appealRows,
    },
    today,
  );
  if (record.revokedAt || standing === "withdrawn" || standing === "repaired") {
    refuseFiling(
      record.revokedAt ? "revoked" : standing,
      `credit_record_not_appealable`,
      `Credit record '${record.id}' is ${record.revokedAt ? "revoked" : standing}: it no longer counts.`,
    );
  }
  const pending = record.appealRows.find((a) => a.status === "pending");
  if (pending) {
    refuseFiling(
      "pending",
      "credit_appeal_pending",
      `Credit record '${record.id}' has a pending ${pending.kind} (${pending.id}); it is decided first.`,
    );
  }
  if (kind === "objection") {
    const earlier = record.appealRows.find((a) => a.kind === "objection");
    if (earlier) {
      refuseFiling(
        earlier.status,
        "credit_objection_decided",
        `An objection to credit record '${record.id}' was already decided (${earlier.status}); a record is objected to once.`,
      );
    }
  }
}

/**
 * `POST /credit/records/{id}/objections`: the company objects (异议) with a reason and evidence.
 * From today the record is suspended from the score until the county decides, by
 * `objection.deadlineWorkingDays` working days (credit config, default 15) on the working calendar.
 */
export async function fileObjection(
  ctx: TenantServiceContext,
  recordId: string,
  input: FileObjectionInput,
): Promise<CreditAppealView> {
  return inTenant(ctx, async (tx) => {
    const record = await lockOwnRecord(tx, ctx, recordId);
    assertAppealable(ctx, record, "objection");
    await checkEvidence(tx, ctx, input.evidence);
    const config = await loadCreditConfig(tx, ctx);
    const today = creditToday(ctx);
    const dueOn = objectionDueOn(today, config, await workingCalendarFor(tx, ctx));
    return insertAppeal(tx, ctx, record, {
      kind: "objection",
      reason: input.reason,
      evidence: input.evidence,
      conditions: null,
      dueOn,
    });
  });
}

/**
 * `POST /credit/records/{id}/repairs`: the company applies for credit repair (信用修复) of a bad
 * record, stating the conditions it meets; 422 naming the reasons when the record's minimum
 * period (by severity) has not passed or a condition is not met.
 */
export async function applyRepair(
  ctx: TenantServiceContext,
  recordId: string,
  input: ApplyRepairInput,
): Promise<CreditAppealView> {
  return inTenant(ctx, async (tx) => {
    const record = await lockOwnRecord(tx, ctx, recordId);
    assertAppealable(ctx, record, "repair");
    const config = await loadCreditConfig(tx, ctx);
    const refusals = repairRefusals(record, creditToday(ctx), input.conditions, config);
    if (refusals.length > 0) {
      throw new AppError(
        "unprocessable",
        `Credit record '${recordId}' may not be repaired: ${refusals.map((r) => r.en).join(" ")}`,
        {
          errors: refusals.map((r) => ({ path: r.path, message: `${r.zh} / ${r.en}` })),
          extensions: { reasons: refusals, rules: repairRules(record, config) },
        },
      );
    }
    await checkEvidence(tx, ctx, input.evidence);
    return insertAppeal(tx, ctx, record, {
      kind: "repair",
      reason: input.reason,
      evidence: input.evidence,
      conditions: input.conditions,
      dueOn: null,
    });
  });
}

async function insertAppeal(
  tx: Tx,
  ctx: TenantServiceContext,
  record: { id: string; companyId: string },
  input: {
    kind: CreditAppealKind;
    reason: string;
    evidence: string[];
    conditions: Partial<Record<RepairCondition, boolean>> | null;
    dueOn: string | null;
  },
): Promise<CreditAppealView> {
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(creditAppeals)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("creditAppeal", now.getTime()),
      recordId: record.id,
      companyId: record.companyId,
      kind: input.kind,
      status: "pending",
      reason: input.reason,
      evidence: input.evidence,
      conditions: input.conditions as Record<string, boolean> | null,
      filedOn: creditToday(ctx),
      dueOn: input.dueOn,
      filedBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await tx
    .update(creditRecords)
    .set({ updatedAt: now })
    .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, record.id)));
  const view = appealView(ctx, row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: input.kind === "objection" ? "credit.objection" : "credit.repairApplication",
    targetType: "creditAppeal",
    targetId: row.id,
    after: view,
  });
  return view;
}

/**
 * `POST /credit/appeals/{id}/decide`: county administrators uphold or reject an objection, approve
 * or reject a repair, with a note. A decided appeal is 409 with currentStatus/allowedActions; an
 * action of the other kind too. Upheld withdraws the record from the score from today, approved
 * repairs it (it stops counting, its history stays), rejected puts an objected record back.
 */
export async function decideAppeal(
  ctx: TenantServiceContext,
  id: string,
  input: DecideAppealInput,
): Promise<CreditAppealView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators decide appeals.");
    const [row] = await tx
      .select()
      .from(creditAppeals)
      .where(and(eq(creditAppeals.tenantId, ctx.tenant.id), eq(creditAppeals.id, id)))
      .for("update");
    if (!row) throw new AppError("not_found", `Credit appeal '${id}' was not found.`);
    const status = nextAppealStatus(row.kind, row.status, input.action);
    const now = ctx.deps.now();
    const [updated] = await tx
      .update(creditAppeals)
      .set({
        status,
        decidedOn: creditToday(ctx),
        decidedAt: now,
        decidedBy: actorOf(ctx.principal).actorId,
        decisionNote: input.note,
        updatedAt: now,
      })
      .where(and(eq(creditAppeals.tenantId, ctx.tenant.id), eq(creditAppeals.id, id)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    await tx
      .update(creditRecords)
      .set({ updatedAt: now })
      .where(and(eq(creditRecords.tenantId, ctx.tenant.id), eq(creditRecords.id, row.recordId)));
    const before = appealView(ctx, row);
    const after = appealView(ctx, updated);
    await audit(tx, ctx, ctx.tenant.id, {
      action: `credit.${row.kind}.${input.action}`,
      targetType: "creditAppeal",
      targetId: id,
      before: { status: before.status },
      after: {
        status: after.status,
        recordId: row.recordId,
        decidedOn: after.decidedOn,
        note: input.note,
        lateBy: row.dueOn && after.decidedOn && after.decidedOn > row.dueOn ? after.decidedOn : null,
      },
    });
    return after;
  });
}

export interface ListAppealsInput {
  limit: number;
  cursor?: string | undefined;
  kind?: CreditAppealKind | undefined;
  status?: CreditAppealStatus | undefined;
  /** Only pending objections past their deadline. */
  overdue?: boolean | undefined;
}

/** `GET /credit/appeals`: the county sees all, company staff their own company's; newest first. */
export async function listAppeals(
  ctx: TenantServiceContext,
  input: ListAppealsInput,
): Promise<Page<CreditAppealView>> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const scope = appealsWithin(reach);
    const today = creditToday(ctx);
    const rows = await tx
      .select()
      .from(creditAppeals)
      .where(
        and(
          eq(creditAppeals.tenantId, ctx.tenant.id),
          scope,
          input.kind ? eq(creditAppeals.kind, input.kind) : undefined,
          input.status ? eq(creditAppeals.status, input.status) : undefined,
          input.overdue
            ? and(eq(creditAppeals.status, "pending"), lt(creditAppeals.dueOn, today))
            : undefined,
          input.cursor ? lt(creditAppeals.id, decodeCursor(input.cursor)) : undefined,
        ),
      )
      .orderBy(desc(creditAppeals.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map((r) => appealView(ctx, r)),
      input.limit,
    );
  });
}
