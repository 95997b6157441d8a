import {
  AppError,
  type CaseRating,
  type CaseStatus,
  caseNumberPrefixOf,
  caseStatusLabels,
  categoryOf,
  formatCaseNumber,
  type Label,
  newTrackingCode,
  type PublicCaseInput,
  yearInZone,
} from "@propgov/core";
import { caseCounters, caseEvents, cases, type Tx } from "@propgov/db";
import { and, asc, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type PublicPhoto, publicPhotosOf } from "../attachments/read.js";
import { idempotent } from "../idempotency.js";
import { currentMechanism } from "../mechanism.js";
import { originAllowed, settingsOf } from "../tenant-settings.js";
import { inTenant } from "../tx.js";
import { applyAction } from "./act.js";
import { fileCase } from "./create.js";
import type { CaseActor } from "./events.js";
import { lockCase } from "./read.js";
import type { CaseRow } from "./view.js";

/** What a resident gets back for a report: the case number and the code to follow it with. */
export interface PublicReceipt {
  number: string;
  trackingCode: string;
}

/** A case as anyone holding its tracking code sees it: status and timeline, no personal data. */
export interface PublicCaseView {
  number: string;
  category: { code: string; name: Label };
  status: CaseStatus;
  statusLabel: Label;
  receivedAt: Date;
  resolvedAt: Date | null;
  rating: CaseRating | null;
  timeline: { type: string; at: Date; label: Label }[];
  /** Photos marked public, oldest first. */
  photos: PublicPhoto[];
}

/** What each event of a case means to the resident (the public timeline shows only these labels). */
export const publicEventLabels: Record<string, Label> = {
  received: { zh: "诉求已受理", en: "Report received" },
  contacted: { zh: "社区已与您联系", en: "The community contacted you" },
  whistled: { zh: "已吹哨，相关部门已接报", en: "Departments were summoned" },
  checkedIn: { zh: "部门已报到", en: "A department checked in" },
  completed: { zh: "部门已办结", en: "A department completed its part" },
  resolved: { zh: "已解决", en: "Resolved" },
  rated: { zh: "已评价", en: "Rated" },
  closed: { zh: "已结案", en: "Closed" },
  reopened: { zh: "已重新办理", en: "Reopened" },
  cancelled: { zh: "已撤销", en: "Cancelled" },
  dispatched: { zh: "已派单", en: "Dispatched" },
  acknowledged: { zh: "承办单位已签收", en: "Acknowledged by the handling unit" },
  returned: { zh: "已退回重新派单", en: "Returned for dispatch" },
  reassigned: { zh: "已改派", en: "Reassigned" },
  extensionRequested: { zh: "承办单位申请延期", en: "Extension requested" },
  extensionApproved: { zh: "延期已批准", en: "Extension approved" },
  extensionRefused: { zh: "延期未批准", en: "Extension refused" },
  supervised: { zh: "县级督办", en: "Under county supervision" },
  merged: { zh: "已并入同一诉求办理", en: "Merged into the same report" },
};

const PUBLIC: CaseActor = { type: "public", id: null, name: null };

/** Public verbs act for nobody: a signed-in caller of a public route is a resident like any other. */
export const anonymous = (ctx: TenantServiceContext): TenantServiceContext => ({ ...ctx, principal: null });

/** A bot's tell: it fills the hidden `website` field that people never see. */
export const honeypotFilled = (input: PublicCaseInput) => (input.website ?? "").trim().length > 0;

/**
 * A plausible receipt that belongs to no case: the tenant's prefix, this year and the next
 * number, with a fresh tracking code. Nothing is written, so a bot learns nothing.
 */
async function decoyReceipt(ctx: TenantServiceContext): Promise<PublicReceipt> {
  const year = yearInZone(ctx.deps.now(), ctx.tenant.timezone);
  return inTenant(ctx, async (tx) => {
    const settings = await settingsOf(tx, ctx.tenant.id);
    const [counter] = await tx
      .select({ last: caseCounters.last })
      .from(caseCounters)
      .where(and(eq(caseCounters.tenantId, ctx.tenant.id), eq(caseCounters.year, year)));
    const prefix = caseNumberPrefixOf(ctx.tenant.slug, settings);
    return {
      number: formatCaseNumber(prefix, year, (counter?.last ?? 0) + 1),
      trackingCode: newTrackingCode(),
    };
  });
}

export interface PublicIntakeResult {
  status: 201;
  body: PublicReceipt;
  /** The answer is the stored one of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/**
 * A resident's report (no login). Filed with channel `widget` when it comes from one of the
 * tenant's allowed origins, else `web`; to any active compound of the tenant, in a category of
 * its mechanism. With an `Idempotency-Key`, a retry gets the first receipt and no second case.
 * A filled honeypot gets a decoy receipt and nothing is stored.
 */
export async function filePublicCase(
  ctx: TenantServiceContext,
  input: PublicCaseInput,
  options: { origin?: string | undefined; idempotencyKey?: string | undefined } = {},
): Promise<PublicIntakeResult> {
  const pub = anonymous(ctx);
  if (honeypotFilled(input)) return { status: 201, body: await decoyReceipt(pub), replayed: false };
  const { website: _honeypot, ...request } = input;
  return inTenant(pub, async (tx) => {
    const file = async () => {
      const settings = await settingsOf(tx, pub.tenant.id);
      const { row } = await fileCase(
        tx,
        pub,
        { ...request, channel: originAllowed(settings, options.origin) ? "widget" : "web" },
        { reach: null, actor: PUBLIC },
      );
      return { status: 201 as const, body: { number: row.number, trackingCode: row.trackingCode } };
    };
    if (!options.idempotencyKey) return { ...(await file()), replayed: false };
    const result = await idempotent(
      tx,
      {
        tenantId: pub.tenant.id,
        scope: "publicCase",
        key: options.idempotencyKey,
        request,
        now: pub.deps.now(),
      },
      file,
    );
    return { status: 201, body: result.body, replayed: result.replayed };
  });
}

export async function findByTrackingCode(tx: Tx, ctx: TenantServiceContext, trackingCode: string) {
  const [found] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.trackingCode, trackingCode.toUpperCase())));
  if (!found) throw new AppError("not_found", "No case has this tracking code.");
  return found.id;
}

const STAFF_ONLY_EVENTS = new Set([
  "commented",
  "noted",
  "corrected",
  "duplicateMerged",
  "mediationScheduled",
  "mediationHeld",
]);

async function publicView(tx: Tx, ctx: TenantServiceContext, row: CaseRow): Promise<PublicCaseView> {
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const events = await tx
    .select({ type: caseEvents.type, at: caseEvents.at })
    .from(caseEvents)
    .where(and(eq(caseEvents.tenantId, ctx.tenant.id), eq(caseEvents.caseId, row.id)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return {
    number: row.number,
    category: {
      code: row.category,
      name: categoryOf(mechanism, row.category)?.name ?? { zh: row.category, en: row.category },
    },
    status: row.status,
    statusLabel: caseStatusLabels[row.status],
    receivedAt: row.receivedAt,
    resolvedAt: row.resolvedAt,
    rating: row.rating,
    // Comments, internal notes and corrections stay inside the county: only lifecycle steps are public.
    timeline: events
      .filter((e) => !STAFF_ONLY_EVENTS.has(e.type))
      .map((e) => ({
        type: e.type,
        at: e.at,
        label: publicEventLabels[e.type] ?? { zh: e.type, en: e.type },
      })),
    photos: (await publicPhotosOf(tx, ctx.tenant.id, [row.id])).get(row.id) ?? [],
  };
}

/** The public view of the case with this tracking code (case-insensitive); unknown → 404. */
export async function getPublicCase(
  ctx: TenantServiceContext,
  trackingCode: string,
): Promise<PublicCaseView> {
  const pub = anonymous(ctx);
  return inTenant(pub, async (tx) => {
    const id = await findByTrackingCode(tx, pub, trackingCode);
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, pub.tenant.id), eq(cases.id, id)));
    if (!row) throw new AppError("not_found", "No case has this tracking code.");
    return publicView(tx, pub, row);
  });
}

/**
 * The resident rates a resolved case (the `rate` action, actor `public`): 409 from the state
 * machine in any other status; an unsatisfied rating reopens the case when the policy says so.
 */
export async function ratePublicCase(
  ctx: TenantServiceContext,
  trackingCode: string,
  input: { rating: CaseRating; comment?: string | undefined },
): Promise<PublicCaseView> {
  const pub = anonymous(ctx);
  return inTenant(pub, async (tx) => {
    const id = await findByTrackingCode(tx, pub, trackingCode);
    const row = await lockCase(tx, pub, null, id);
    const mechanism = (await currentMechanism(tx, pub)).document;
    const updated = await applyAction(
      tx,
      pub,
      mechanism,
      row,
      { type: "rate", rating: input.rating, comment: input.comment },
      PUBLIC,
    );
    return publicView(tx, pub, updated);
  });
}

/**
 * The reporter stops text messages about this case (退订短信): idempotent, the first time kept.
 * Texts not yet sent end as dead letters at their next attempt. Unknown code (or another
 * county's) → 404. The answer says nothing of the phone.
 */
export async function optOutPublicCaseSms(
  ctx: TenantServiceContext,
  trackingCode: string,
): Promise<{ number: string; smsOptedOut: true; smsOptedOutAt: Date }> {
  const pub = anonymous(ctx);
  return inTenant(pub, async (tx) => {
    const id = await findByTrackingCode(tx, pub, trackingCode);
    const now = pub.deps.now();
    const [row] = await tx
      .update(cases)
      .set({ smsOptedOutAt: sql`coalesce(${cases.smsOptedOutAt}, ${now.toISOString()}::timestamptz)` })
      .where(and(eq(cases.tenantId, pub.tenant.id), eq(cases.id, id)))
      .returning({ number: cases.number, at: cases.smsOptedOutAt });
    if (!row?.at) throw new AppError("not_found", "No case has this tracking code.");
    return { number: row.number, smsOptedOut: true, smsOptedOutAt: row.at };
  });
}
