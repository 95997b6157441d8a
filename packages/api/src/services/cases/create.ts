import {
  AppError,
  type CaseChannel,
  type CaseLocation,
  type CasePriority,
  type CaseStatus,
  type CoordinateSystem,
  caseDeadlines,
  caseNumberPrefixOf,
  categoryOf,
  deadlinesFor,
  type ExternalRef,
  formatCaseNumber,
  type Mechanism,
  newId,
  newTrackingCode,
  readTenantSettings,
  type TenantSettings,
  yearInZone,
} from "@propgov/core";
import {
  caseCounters,
  cases,
  compiled,
  compounds,
  grids,
  type Placeholders,
  type Tx,
  tenants,
} from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachSeesCompound } from "../access/cases.js";
import { caseReachOf, isDispatcher, type Reach } from "../access/reach.js";
import { audit } from "../audit.js";
import { workingCalendarFor } from "../calendar.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { appendEvent, type CaseActor, caseActorOf } from "./events.js";
import { type CaseRow, type CaseView, caseViews } from "./view.js";

/**
 * The case's number, e.g. `MC-2024-000123`, as SQL for the insert of the case: the tenant's
 * counter of the year is bumped by the same statement (a data-modifying CTE), so the counter row
 * is locked only from the case's insert to the commit (the event and audit rows that follow), not
 * for the whole intake. Numbers have no gaps: a rolled-back intake rolls its number back too. They
 * follow the order in which intakes insert their case, which is the order they commit in; a case
 * received earlier (a backdated hotline call) may carry a later number.
 */
async function caseNumber(tx: Tx, ctx: TenantServiceContext, at: Date) {
  const year = yearInZone(at, ctx.tenant.timezone);
  const settings = ctx.tenant.settings ?? (await tenantSettingsOf(tx, ctx.tenant.id));
  const prefix = caseNumberPrefixOf(ctx.tenant.slug, settings);
  // formatCaseNumber in SQL: `${prefix}-${year}-` and at least six digits.
  const sample = formatCaseNumber(prefix, year, 1);
  return { year, numberHead: sample.slice(0, sample.length - 6) };
}

const compoundById = compiled((db, p: Placeholders<{ tenantId: string; id: string }>) =>
  db
    .select()
    .from(compounds)
    .where(and(eq(compounds.tenantId, p.tenantId), eq(compounds.id, p.id))),
);

/** The columns of a case that intake writes; `number` comes from the counter. */
const CASE_COLUMNS = [
  "tenantId",
  "id",
  "trackingCode",
  "category",
  "kind",
  "compoundId",
  "gridId",
  "communityId",
  "guarantorUserId",
  "guarantorName",
  "locationText",
  "lat",
  "long",
  "coordinateSystem",
  "description",
  "photos",
  "reporterName",
  "reporterPhone",
  "channel",
  "priority",
  "externalSystem",
  "externalNumber",
  "status",
  "round",
  "receivedAt",
  "roundStartedAt",
  "firstContactDueAt",
  "resolutionDueAt",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof CaseInsert)[];

type CaseInsert = typeof cases.$inferInsert;
type CaseValues = { [K in (typeof CASE_COLUMNS)[number]]-?: Exclude<CaseInsert[K], undefined> } & {
  year: number;
  numberHead: string;
};

/**
 * The insert of a case with its number: the tenant's counter of the year is bumped by the same
 * statement (a data-modifying CTE). A tracking code already taken inserts nothing.
 */
const insertCase = compiled((db, p: Placeholders<CaseValues>) => {
  const counter = db.$with("case_counter", { last: sql<number>`last` }).as(
    sql`insert into ${caseCounters} (tenant_id, year, last) values (${p.tenantId}, ${p.year}, 1)
        on conflict (tenant_id, year) do update set last = ${caseCounters}.last + 1 returning last`,
  );
  const number = sql<string>`(select ${p.numberHead} || lpad(last::text, greatest(6, length(last::text)), '0') from ${counter})`;
  const values = Object.fromEntries(CASE_COLUMNS.map((k) => [k, p[k]])) as unknown as CaseInsert;
  return db
    .with(counter)
    .insert(cases)
    .values({ ...values, number })
    .onConflictDoNothing({ target: [cases.tenantId, cases.trackingCode] })
    .returning();
});

async function tenantSettingsOf(tx: Tx, tenantId: string): Promise<TenantSettings> {
  const [tenant] = await tx
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return readTenantSettings(tenant?.settings);
}

/** A case just filed, with the compound it was filed for. */
export interface FiledCase {
  row: CaseRow;
  compound: typeof compounds.$inferSelect;
  mechanism: Mechanism;
}

export interface FileCaseInput {
  category: string;
  compoundId: string;
  gridId?: string | undefined;
  description: string;
  location?: CaseLocation | undefined;
  photos: string[];
  reporter?: { name: string; phone: string } | undefined;
  channel: CaseChannel;
  receivedAt?: string | undefined;
  priority?: CasePriority | undefined;
  externalRef?: ExternalRef | undefined;
}

/**
 * Files a case in the caller's transaction: category from the mechanism, routed to the compound's
 * community and the grid's guarantor (else the compound's), deadlines from the category (else the
 * complaintHandling policy), a tenant-scoped number, an unguessable tracking code, and the
 * `received` event with the policies' obligations. `reach` limits the compounds staff may file for
 * (`null` for the public and Open311, who may file for any active compound). Errors name the field
 * under `fieldPrefix` (`body` for JSON, `service_code`-style names are mapped by the caller).
 */
export async function fileCase(
  tx: Tx,
  ctx: TenantServiceContext,
  input: FileCaseInput,
  options: {
    reach: Reach | null;
    actor: CaseActor;
    mechanism?: Mechanism;
    /** Writes that go with the case's `received` event (its audit entry), sent in one round trip. */
    alongside?: (row: CaseRow) => Promise<unknown>;
    /** A 12345 work order: it waits for the dispatcher (待派单) instead of going to the community. */
    awaitDispatch?: boolean;
  },
): Promise<FiledCase> {
  // The mechanism, the compound and the working calendar in one round trip (pipelined on the
  // transaction's connection).
  const [mechanism, compound, calendar] = await Promise.all([
    options.mechanism ?? currentMechanism(tx, ctx).then((m) => m.document),
    compoundById(tx, { tenantId: ctx.tenant.id, id: input.compoundId }).then(([c]) => c),
    workingCalendarFor(tx, ctx),
  ]);
  const category = categoryOf(mechanism, input.category);
  if (!category) {
    throw new AppError("unprocessable", `'${input.category}' is not a case category of this county.`, {
      errors: [
        {
          path: "body.category",
          message: `Unknown category; one of: ${mechanism.categories.map((c) => c.code).join(", ")}.`,
        },
      ],
    });
  }
  const visible =
    compound &&
    !compound.archivedAt &&
    (options.reach === null ||
      (await reachSeesCompound(tx, ctx, options.reach, compound.id, compound.communityId)));
  if (!compound || !visible) {
    throw new AppError("unprocessable", `Compound '${input.compoundId}' was not found.`, {
      errors: [{ path: "body.compoundId", message: "No such active compound." }],
    });
  }
  let guarantor = { userId: compound.guarantorUserId, name: compound.guarantorName };
  if (input.gridId) {
    const [grid] = await tx
      .select()
      .from(grids)
      .where(
        and(eq(grids.tenantId, ctx.tenant.id), eq(grids.id, input.gridId), eq(grids.compoundId, compound.id)),
      );
    if (!grid) {
      throw new AppError("unprocessable", `Grid '${input.gridId}' is not a grid of this compound.`, {
        errors: [{ path: "body.gridId", message: "Not a grid of the compound." }],
      });
    }
    if (grid.guarantorUserId || grid.guarantorName) {
      guarantor = { userId: grid.guarantorUserId, name: grid.guarantorName };
    }
  }

  const now = ctx.deps.now();
  let receivedAt = now;
  if (input.receivedAt) {
    receivedAt = new Date(input.receivedAt);
    if (receivedAt.getTime() > now.getTime() + 60_000) {
      throw new AppError("unprocessable", "A case cannot be received in the future.", {
        errors: [{ path: "body.receivedAt", message: "Later than now." }],
      });
    }
  }
  const priority = input.priority ?? "normal";
  if (input.externalRef) await assertTicketFree(tx, ctx, input.externalRef);
  const due = caseDeadlines(
    deadlinesFor(mechanism, category, priority),
    receivedAt.toISOString(),
    ctx.tenant.timezone,
    calendar,
  );
  const point = input.location?.lat !== undefined;
  // Chinese map apps give GCJ-02; Open311 (GeoReport v2) points are WGS-84.
  const coordinateSystem: CoordinateSystem | null = point
    ? (input.location?.coordinateSystem ?? (input.channel === "open311" ? "wgs84" : "gcj02"))
    : null;
  const status: CaseStatus = options.awaitDispatch ? "awaitingDispatch" : "received";
  const { year, numberHead } = await caseNumber(tx, ctx, receivedAt);

  let row: CaseRow | undefined;
  for (let attempt = 0; !row; attempt++) {
    // A tracking code that collides (one chance in 5 × 10^11 at a million cases) inserts nothing and
    // is drawn again; only then is a number skipped.
    if (attempt === 3) throw new Error("no free tracking code after three draws");
    [row] = await insertCase(tx, {
      year,
      numberHead,
      tenantId: ctx.tenant.id,
      id: newId("case", now.getTime()),
      trackingCode: newTrackingCode(),
      category: category.code,
      kind: category.kind,
      compoundId: compound.id,
      gridId: input.gridId ?? null,
      communityId: compound.communityId,
      guarantorUserId: guarantor.userId,
      guarantorName: guarantor.name,
      locationText: input.location?.text ?? null,
      lat: input.location?.lat ?? null,
      long: input.location?.long ?? null,
      coordinateSystem,
      description: input.description,
      photos: input.photos,
      reporterName: input.reporter?.name ?? null,
      reporterPhone: input.reporter?.phone ?? null,
      channel: input.channel,
      priority,
      externalSystem: input.externalRef?.system ?? null,
      externalNumber: input.externalRef?.number ?? null,
      status,
      round: 1,
      receivedAt,
      roundStartedAt: receivedAt,
      firstContactDueAt: new Date(due.firstContactDueAt),
      resolutionDueAt: new Date(due.resolutionDueAt),
      createdAt: now,
      updatedAt: now,
    });
  }
  const filed = row;
  await Promise.all([
    appendEvent(tx, ctx, mechanism, filed, options.actor, {
      type: "received",
      at: receivedAt,
      status,
      payload: {
        channel: input.channel,
        priority,
        ...(input.externalRef ? { externalRef: input.externalRef } : {}),
        category: category.code,
        communityId: compound.communityId,
        guarantor: guarantor.userId || guarantor.name ? guarantor : null,
        firstContactDueAt: due.firstContactDueAt,
        resolutionDueAt: due.resolutionDueAt,
      },
      // The policy's obligations carry the case's deadlines (priority caps, holiday calendar).
      policyPayload: { firstContactDueAt: due.firstContactDueAt, resolutionDueAt: due.resolutionDueAt },
    }),
    options.alongside?.(filed),
  ]);
  return { row: filed, compound, mechanism };
}
/** A 12345 ticket is filed once per county and system: a second filing is a 409 naming the case. */
export async function assertTicketFree(tx: Tx, ctx: TenantServiceContext, ref: ExternalRef) {
  const [taken] = await findByTicket(tx, ctx, ref);
  if (taken) {
    throw new AppError("conflict", `Ticket ${ref.system}/${ref.number} is already case ${taken.number}.`, {
      errors: [{ path: "body.externalRef.number", message: `Already filed as ${taken.number}.` }],
      extensions: { reason: "case_ticket_taken", caseId: taken.id },
    });
  }
}

export const findByTicket = (tx: Tx, ctx: TenantServiceContext, ref: ExternalRef) =>
  tx
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.tenantId, ctx.tenant.id),
        eq(cases.externalSystem, ref.system),
        eq(cases.externalNumber, ref.number),
      ),
    );

/** Staff file a case (hotline, inspection, walk-in, web). Region staff file only within their subtree. */
export async function createCase(ctx: TenantServiceContext, input: FileCaseInput): Promise<CaseView> {
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    if (reach.kind !== "county" && reach.kind !== "region") {
      throw new AppError("forbidden", "Only county and community staff file cases for residents.");
    }
    const { row, compound, mechanism } = await fileCase(tx, ctx, input, {
      reach,
      actor: caseActorOf(ctx),
      // What the 12345 desk files waits for its own dispatch (派单).
      awaitDispatch: isDispatcher(ctx),
      alongside: (filed) =>
        audit(tx, ctx, ctx.tenant.id, {
          action: "case.create",
          targetType: "case",
          targetId: filed.id,
          after: {
            number: filed.number,
            category: filed.category,
            compoundId: filed.compoundId,
            channel: filed.channel,
            priority: filed.priority,
            externalRef: filed.externalSystem
              ? { system: filed.externalSystem, number: filed.externalNumber }
              : null,
          },
        }),
    });
    // A case just filed has no departments yet and its compound is known: no query for its view.
    const [view] = await caseViews(tx, ctx, reach, [row], mechanism, {
      compoundNames: new Map([[compound.id, compound.name]]),
      departments: [],
    });
    if (!view) throw new Error("no view");
    return view;
  });
}
