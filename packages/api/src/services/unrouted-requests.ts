import { AppError, type CaseChannel, categoryOf, type Label, newId } from "@propgov/core";
import { cases, type Tx, unroutedRequests } from "@propgov/db";
import { and, asc, eq, gt } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { isDispatcher } from "./access/reach.js";
import { actorIdOf, audit } from "./audit.js";
import { fileCase } from "./cases/create.js";
import { caseActorOf } from "./cases/events.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

type Row = typeof unroutedRequests.$inferSelect;
export type UnroutedStatus = Row["status"];

export const unroutedStatusLabels: Record<UnroutedStatus, Label> = {
  pending: { zh: "待分拨", en: "Awaiting routing" },
  routed: { zh: "已分拨", en: "Routed" },
  declined: { zh: "不予受理", en: "Declined" },
};

/** A request waiting for the dispatcher, as staff read it (the reporter's phone is the desk's: it calls back). */
export interface UnroutedRequestView {
  id: string;
  token: string;
  channel: CaseChannel;
  category: { code: string; name: Label | null };
  description: string;
  address: string;
  point: { lat: number; long: number } | null;
  photos: string[];
  reporter: { name: string | null; phone: string | null } | null;
  receivedAt: Date;
  status: UnroutedStatus;
  statusLabel: Label;
  case: { id: string; number: string } | null;
  decidedAt: Date | null;
  declineReason: string | null;
}

/** What an Open311 submission holds when it names no compound: the checked form. */
export interface UnroutedInput {
  channel: CaseChannel;
  category: string;
  description: string;
  addressText: string;
  point?: { lat: number; long: number } | undefined;
  photos: string[];
  reporter?: { name: string; phone: string } | undefined;
}

/** Who routes: the 12345 desk and the county administrator. */
function assertRouter(ctx: TenantServiceContext) {
  const p = ctx.principal;
  const county = (p?.kind === "user" || p?.kind === "apiKey") && p.roles.includes("countyAdmin");
  if (!county && !isDispatcher(ctx)) {
    throw new AppError("forbidden", "Only the 12345 dispatcher and the county route unrouted requests.");
  }
}

/**
 * Keeps a submission whose address names no compound of the county, in the caller's transaction,
 * for the dispatcher to route. Its id is the token the submitter polls.
 */
export async function holdUnrouted(tx: Tx, ctx: TenantServiceContext, input: UnroutedInput): Promise<Row> {
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(unroutedRequests)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("unroutedRequest", now.getTime()),
      channel: input.channel,
      category: input.category,
      description: input.description,
      addressText: input.addressText,
      lat: input.point?.lat ?? null,
      long: input.point?.long ?? null,
      photos: input.photos,
      reporterName: input.reporter?.name ?? null,
      reporterPhone: input.reporter?.phone ?? null,
      submittedBy: actorIdOf(ctx.principal),
      receivedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await audit(tx, ctx, ctx.tenant.id, {
    action: "unroutedRequest.create",
    targetType: "unroutedRequest",
    targetId: row.id,
    after: { channel: row.channel, category: row.category, address: row.addressText },
  });
  return row;
}

/** The case number a token became, `null` while it waits or when it was declined; 404 for no such token. */
export async function tokenStatus(
  tx: Tx,
  ctx: TenantServiceContext,
  token: string,
): Promise<{ token: string; caseNumber: string | null }> {
  const [row] = await tx
    .select({ id: unroutedRequests.id, number: cases.number })
    .from(unroutedRequests)
    .leftJoin(
      cases,
      and(eq(cases.tenantId, unroutedRequests.tenantId), eq(cases.id, unroutedRequests.caseId)),
    )
    .where(and(eq(unroutedRequests.tenantId, ctx.tenant.id), eq(unroutedRequests.id, token)));
  if (!row) throw new AppError("not_found", `token '${token}' was not found.`);
  return { token: row.id, caseNumber: row.number ?? null };
}

async function viewsOf(tx: Tx, ctx: TenantServiceContext, rows: Row[]): Promise<UnroutedRequestView[]> {
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const numbers = new Map<string, string>();
  for (const row of rows) {
    if (!row.caseId) continue;
    const [c] = await tx
      .select({ number: cases.number })
      .from(cases)
      .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, row.caseId)));
    if (c) numbers.set(row.caseId, c.number);
  }
  return rows.map((row) => ({
    id: row.id,
    token: row.id,
    channel: row.channel,
    category: { code: row.category, name: categoryOf(mechanism, row.category)?.name ?? null },
    description: row.description,
    address: row.addressText,
    point: row.lat !== null && row.long !== null ? { lat: row.lat, long: row.long } : null,
    photos: row.photos,
    reporter:
      row.reporterName || row.reporterPhone ? { name: row.reporterName, phone: row.reporterPhone } : null,
    receivedAt: row.receivedAt,
    status: row.status,
    statusLabel: unroutedStatusLabels[row.status],
    case: row.caseId ? { id: row.caseId, number: numbers.get(row.caseId) ?? row.caseId } : null,
    decidedAt: row.decidedAt,
    declineReason: row.declineReason,
  }));
}

/** The dispatcher's queue: requests by status (pending by default), oldest first, cursor-paginated. */
export async function listUnrouted(
  ctx: TenantServiceContext,
  input: { status?: UnroutedStatus | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<UnroutedRequestView>> {
  assertRouter(ctx);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(unroutedRequests)
      .where(
        and(
          eq(unroutedRequests.tenantId, ctx.tenant.id),
          eq(unroutedRequests.status, input.status ?? "pending"),
          after ? gt(unroutedRequests.id, after) : undefined,
        ),
      )
      .orderBy(asc(unroutedRequests.id))
      .limit(input.limit + 1);
    const page = toPage(rows, input.limit);
    return { items: await viewsOf(tx, ctx, page.items), nextCursor: page.nextCursor };
  });
}

async function lockPending(tx: Tx, ctx: TenantServiceContext, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(unroutedRequests)
    .where(and(eq(unroutedRequests.tenantId, ctx.tenant.id), eq(unroutedRequests.id, id)))
    .for("update");
  if (!row) throw new AppError("not_found", `Unrouted request '${id}' was not found.`);
  if (row.status !== "pending") {
    throw new AppError("conflict", `Unrouted request '${id}' is ${row.status} already.`, {
      extensions: { currentStatus: row.status, allowedActions: [], reason: "unrouted_request_decided" },
    });
  }
  return row;
}

/**
 * Routes a request to a compound: files its case (channel and receipt time as submitted, the
 * category as submitted unless the dispatcher corrects it) as a work order awaiting dispatch, and
 * links the token to it, so the submitter's `GET tokens/{token}` now gives the case number.
 */
export async function routeUnrouted(
  ctx: TenantServiceContext,
  id: string,
  input: { compoundId: string; category?: string | undefined; note?: string | undefined },
): Promise<UnroutedRequestView> {
  assertRouter(ctx);
  return inTenant(ctx, async (tx) => {
    const row = await lockPending(tx, ctx, id);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const category = input.category ?? row.category;
    if (!categoryOf(mechanism, category)) {
      throw new AppError("unprocessable", `'${category}' is not a case category of this county.`, {
        errors: [{ path: "body.category", message: "Unknown category." }],
      });
    }
    const point = row.lat !== null && row.long !== null ? { lat: row.lat, long: row.long } : {};
    const { row: filed } = await fileCase(
      tx,
      ctx,
      {
        category,
        compoundId: input.compoundId,
        description: row.description,
        location: { text: row.addressText, ...point },
        photos: row.photos,
        reporter:
          row.reporterPhone !== null ? { name: row.reporterName ?? "", phone: row.reporterPhone } : undefined,
        channel: row.channel,
        receivedAt: row.receivedAt.toISOString(),
      },
      { reach: null, actor: caseActorOf(ctx), mechanism, awaitDispatch: true },
    );
    const now = ctx.deps.now();
    const [updated] = await tx
      .update(unroutedRequests)
      .set({ status: "routed", caseId: filed.id, decidedAt: now, decidedBy: actorIdOf(ctx.principal) })
      .where(and(eq(unroutedRequests.tenantId, ctx.tenant.id), eq(unroutedRequests.id, id)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "unroutedRequest.route",
      targetType: "unroutedRequest",
      targetId: id,
      before: { status: row.status },
      after: {
        status: "routed",
        caseId: filed.id,
        number: filed.number,
        compoundId: filed.compoundId,
        category,
        ...(input.note ? { note: input.note } : {}),
      },
    });
    const [view] = await viewsOf(tx, ctx, [updated]);
    if (!view) throw new Error("no view");
    return view;
  });
}

/** Declines a request the county does not handle (not in its remit, a test, abuse), with a reason. */
export async function declineUnrouted(
  ctx: TenantServiceContext,
  id: string,
  input: { reason: string },
): Promise<UnroutedRequestView> {
  assertRouter(ctx);
  return inTenant(ctx, async (tx) => {
    const row = await lockPending(tx, ctx, id);
    const [updated] = await tx
      .update(unroutedRequests)
      .set({
        status: "declined",
        decidedAt: ctx.deps.now(),
        decidedBy: actorIdOf(ctx.principal),
        declineReason: input.reason,
      })
      .where(and(eq(unroutedRequests.tenantId, ctx.tenant.id), eq(unroutedRequests.id, id)))
      .returning();
    if (!updated) throw new Error("update returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "unroutedRequest.decline",
      targetType: "unroutedRequest",
      targetId: id,
      before: { status: row.status },
      after: { status: "declined", reason: input.reason },
    });
    const [view] = await viewsOf(tx, ctx, [updated]);
    if (!view) throw new Error("no view");
    return view;
  });
}
