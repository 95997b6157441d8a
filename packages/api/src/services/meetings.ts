import {
  type AddMeetingResolutionsInput,
  AppError,
  assertMeetingAction,
  type CreateMeetingInput,
  clampInstant,
  configOf,
  dateInZone,
  endOfDayIn,
  type HoldMeetingInput,
  type Label,
  type Mechanism,
  type MeetingAction,
  type MeetingKind,
  type MeetingLevel,
  type MeetingStatus,
  type MeetingUnitType,
  matterLabel,
  meetingAllowedActions,
  meetingLevelLabels,
  meetingMatters,
  meetingStatusAfter,
  meetingUnitProblems,
  newId,
  onEvent,
  type PolicyEffect,
  partyLeadershipConfigSchema,
  partyOrgKindLabels,
  resolutionAdoptEvent,
  slicesRead,
  startOfDayIn,
  type TaskOwnerUnitType,
  type UpdateMeetingInput,
  unprocessable,
  type ViewSlice,
} from "@propgov/core";
import {
  bodies,
  cases,
  committees,
  companies,
  compounds,
  departments,
  meetingResolutions,
  meetings,
  partyOrgs,
  regions,
  type Tx,
  venues,
} from "@propgov/db";
import { and, asc, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { type Reach, reachOf } from "./access/reach.js";
import { actorOf, audit } from "./audit.js";
import { currentMechanism } from "./mechanism.js";
import { checkMediationCases, noteMediation } from "./meeting-cases.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { loadPolicyView } from "./policy-view.js";

/** What `resolutionAdoptEvent` reads to tell which participant kind each unit is. */
const surroundingSlices: readonly ViewSlice[] = [
  "regions",
  "compounds",
  "partyOrgs",
  "committees",
  "contracts",
];

/**
 * The compounds and regions around a meeting's place, as `meetingSurroundings` reads them: a
 * compound meeting its compound; a community meeting the community and its compounds; a township
 * meeting the township, its communities and their compounds.
 */
async function placeScope(
  tx: Tx,
  ctx: TenantServiceContext,
  meeting: { level: string; regionId: string | null; compoundId: string | null },
): Promise<{ compoundIds: string[]; regionIds: string[] }> {
  if (meeting.level === "compound" || !meeting.regionId) {
    return { compoundIds: meeting.compoundId ? [meeting.compoundId] : [], regionIds: [] };
  }
  const regionIds =
    meeting.level === "township"
      ? [
          meeting.regionId,
          ...(
            await tx
              .select({ id: regions.id })
              .from(regions)
              .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.parentId, meeting.regionId)))
          ).map((r) => r.id),
        ]
      : [meeting.regionId];
  const inPlace = await tx
    .select({ id: compounds.id })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), inArray(compounds.communityId, regionIds)));
  return { compoundIds: inPlace.map((c) => c.id), regionIds };
}

import { pathWithin, writerReach } from "./regions.js";
import { textMatches } from "./search.js";
import { insertTask, ownerUnitNames } from "./tasks.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";
import { unitFilter, unitUnder } from "./units.js";

type Row = typeof meetings.$inferSelect;
type ResolutionRow = typeof meetingResolutions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Views

export interface MeetingUnitView {
  unitType: MeetingUnitType;
  unitId: string;
  name: string;
}

export interface MeetingParticipantView extends MeetingUnitView {
  attended: boolean;
}

export interface MeetingResolutionView {
  id: string;
  meetingId: string;
  text: string;
  matter: string;
  matterLabel: Label;
  ownerUnit: { unitType: TaskOwnerUnitType; unitId: string; name: string };
  dueOn: string | null;
  doneAt: Date | null;
  /** Not done and due before today (the county's date). */
  overdue: boolean;
  /** The responsibility-list task that follows it up. */
  taskId: string | null;
  createdAt: Date;
}

export interface MeetingView {
  id: string;
  title: string;
  level: MeetingLevel;
  kind: MeetingKind;
  regionId: string | null;
  compoundId: string | null;
  /** The name of the township, street, community or compound. */
  unitName: string;
  convenedBy: { id: string; name: string } | null;
  scheduledAt: Date;
  venueId: string | null;
  participants: MeetingParticipantView[];
  agenda: { topic: string; matter: string; matterLabel: Label }[];
  minutes: string | null;
  attachments: string[];
  /** The cases a dispute-mediation meeting settles, with their numbers. */
  cases: { id: string; number: string }[];
  status: MeetingStatus;
  allowedActions: MeetingAction[];
  heldAt: Date | null;
  closedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface MeetingWithResolutions extends MeetingView {
  resolutions: MeetingResolutionView[];
}

const key = (unitType: string, unitId: string) => `${unitType}:${unitId}`;

/**
 * Names of the units meetings name: regions, departments, companies and committees as tasks name
 * them; a party organisation by its name, else its attachment's name and its kind (城南社区党组织);
 * a body by its name.
 */
async function unitNames(
  tx: Tx,
  tenantId: string,
  refs: readonly { unitType: string; unitId: string }[],
): Promise<Map<string, string>> {
  const out = await ownerUnitNames(tx, tenantId, refs);
  const ids = (type: string) => [...new Set(refs.filter((r) => r.unitType === type).map((r) => r.unitId))];
  const orgIds = ids("partyOrg");
  if (orgIds.length) {
    const rows = await tx
      .select({
        id: partyOrgs.id,
        name: partyOrgs.name,
        kind: partyOrgs.kind,
        // Qualified by hand: in a one-table select drizzle writes bare column names, which
        // inside the subqueries would name their own tables' columns.
        place: sql<string | null>`coalesce(
          (select r.name from regions r where r.tenant_id = "party_orgs"."tenant_id" and r.id = "party_orgs"."region_id"),
          (select c.name from compounds c where c.tenant_id = "party_orgs"."tenant_id" and c.id = "party_orgs"."compound_id"),
          (select m.name from companies m where m.tenant_id = "party_orgs"."tenant_id" and m.id = "party_orgs"."company_id"),
          (select c.name || '业主委员会' from committees k join compounds c on c.tenant_id = k.tenant_id and c.id = k.compound_id
            where k.tenant_id = "party_orgs"."tenant_id" and k.id = "party_orgs"."committee_id"))`,
      })
      .from(partyOrgs)
      .where(and(eq(partyOrgs.tenantId, tenantId), inArray(partyOrgs.id, orgIds)));
    for (const o of rows) {
      out.set(key("partyOrg", o.id), o.name ?? `${o.place ?? ""}${partyOrgKindLabels[o.kind].zh}`);
    }
  }
  const bodyIds = ids("body");
  if (bodyIds.length) {
    const rows = await tx
      .select({ id: bodies.id, name: bodies.name })
      .from(bodies)
      .where(and(eq(bodies.tenantId, tenantId), inArray(bodies.id, bodyIds)));
    for (const b of rows) out.set(key("body", b.id), b.name);
  }
  return out;
}

function resolutionView(r: ResolutionRow, names: Map<string, string>, today: string): MeetingResolutionView {
  return {
    id: r.id,
    meetingId: r.meetingId,
    text: r.text,
    matter: r.matter,
    matterLabel: matterLabel(r.matter),
    ownerUnit: {
      unitType: r.ownerUnitType as TaskOwnerUnitType,
      unitId: r.ownerUnitId,
      name: names.get(key(r.ownerUnitType, r.ownerUnitId)) ?? r.ownerUnitId,
    },
    dueOn: r.dueOn,
    doneAt: r.doneAt,
    overdue: !r.doneAt && r.dueOn !== null && r.dueOn < today,
    taskId: r.taskId,
    createdAt: r.createdAt,
  };
}

/** The name of a meeting's region or compound (qualified by hand, as above). */
const meetingUnitName = sql<string | null>`coalesce(
  (select r.name from regions r where r.tenant_id = "meetings"."tenant_id" and r.id = "meetings"."region_id"),
  (select c.name from compounds c where c.tenant_id = "meetings"."tenant_id" and c.id = "meetings"."compound_id"))`;

const selectMeetings = (tx: Tx) => tx.select({ row: meetings, unitName: meetingUnitName }).from(meetings);

async function meetingViews(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: readonly { row: Row; unitName: string | null }[],
): Promise<MeetingView[]> {
  const refs = rows.flatMap(({ row }) => [
    ...row.participants,
    ...(row.convenedBy ? [{ unitType: "partyOrg", unitId: row.convenedBy }] : []),
  ]);
  const names = await unitNames(tx, ctx.tenant.id, refs);
  const caseIds = [...new Set(rows.flatMap(({ row }) => row.caseIds))];
  const numbers = new Map(
    caseIds.length === 0
      ? []
      : (
          await tx
            .select({ id: cases.id, number: cases.number })
            .from(cases)
            .where(and(eq(cases.tenantId, ctx.tenant.id), inArray(cases.id, caseIds)))
        ).map((c) => [c.id, c.number] as const),
  );
  return rows.map(({ row, unitName }) => ({
    id: row.id,
    title: row.title,
    level: row.level,
    kind: row.kind,
    regionId: row.regionId,
    compoundId: row.compoundId,
    unitName: unitName ?? "",
    convenedBy: row.convenedBy
      ? { id: row.convenedBy, name: names.get(key("partyOrg", row.convenedBy)) ?? row.convenedBy }
      : null,
    scheduledAt: row.scheduledAt,
    venueId: row.venueId,
    participants: row.participants.map((p) => ({
      unitType: p.unitType as MeetingUnitType,
      unitId: p.unitId,
      name: names.get(key(p.unitType, p.unitId)) ?? p.unitId,
      attended: p.attended,
    })),
    agenda: row.agenda.map((a) => ({ topic: a.topic, matter: a.matter, matterLabel: matterLabel(a.matter) })),
    minutes: row.minutes,
    attachments: row.attachments,
    cases: row.caseIds.map((id) => ({ id, number: numbers.get(id) ?? id })),
    status: row.status,
    allowedActions: meetingAllowedActions(row.status),
    heldAt: row.heldAt,
    closedAt: row.closedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

async function resolutionsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  meetingId: string,
): Promise<MeetingResolutionView[]> {
  const rows = await tx
    .select()
    .from(meetingResolutions)
    .where(and(eq(meetingResolutions.tenantId, ctx.tenant.id), eq(meetingResolutions.meetingId, meetingId)))
    .orderBy(asc(meetingResolutions.id));
  const names = await unitNames(
    tx,
    ctx.tenant.id,
    rows.map((r) => ({ unitType: r.ownerUnitType, unitId: r.ownerUnitId })),
  );
  const today = tenantToday(ctx);
  return rows.map((r) => resolutionView(r, names, today));
}

async function fullView(tx: Tx, ctx: TenantServiceContext, id: string): Promise<MeetingWithResolutions> {
  const [row] = await selectMeetings(tx).where(
    and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)),
  );
  if (!row) throw new AppError("not_found", `Meeting '${id}' was not found.`);
  const [view] = await meetingViews(tx, ctx, [row]);
  if (!view) throw new Error("view of a row missing");
  return { ...view, resolutions: await resolutionsOf(tx, ctx, id) };
}

// ---------------------------------------------------------------------------------------------
// Who sees which meetings

const participates = (unitType: string, unitId: string) =>
  sql`${meetings.participants} @> ${JSON.stringify([{ unitType, unitId }])}::jsonb`;

/**
 * Meetings the reach may see (a condition on `meetings`): the county all; region staff those at
 * a unit of their subtree (a region in it, or a compound whose community is in it); company staff
 * the meetings of compounds under their company's contracts and those their company takes part
 * in; a committee member those of their compound and those its committee takes part in. Department
 * officers see none (their role is refused on the routes).
 */
export function meetingsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return unitUnder(meetings, reach.path);
    case "company":
      return sql`(exists (select 1 from contracts k where k.tenant_id = ${meetings.tenantId} and k.compound_id = ${meetings.compoundId} and k.company_id = ${reach.companyId} and k.archived_at is null) or ${participates("company", reach.companyId)})`;
    case "compound":
      return sql`(${meetings.compoundId} = ${reach.compoundId} or exists (select 1 from ${committees} k where k.tenant_id = ${meetings.tenantId} and k.compound_id = ${reach.compoundId} and ${meetings.participants} @> jsonb_build_array(jsonb_build_object('unitType', 'committee', 'unitId', k.id))))`;
    default:
      return sql`false`;
  }
}

/** A meeting the reach sees (not archived), locked for a change when `lock`; else 404. */
async function findMeeting(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string, lock = false) {
  const query = tx
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.tenantId, ctx.tenant.id),
        eq(meetings.id, id),
        isNull(meetings.archivedAt),
        meetingsWithin(reach),
      ),
    );
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Meeting '${id}' was not found.`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Checks of what a meeting names

/** The region kinds each region level meets at. */
const regionKindsOf: Record<Exclude<MeetingLevel, "compound">, readonly string[]> = {
  township: ["township", "street"],
  community: ["community"],
};

/**
 * The meeting's unit, checked: the level exists in the mechanism; the unit is the one the level
 * needs (a township or street, a community, or a compound), active and within the writer's reach.
 */
async function resolvePlace(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  mechanism: Mechanism,
  place: { level: MeetingLevel; regionId: string | null; compoundId: string | null },
): Promise<void> {
  const problems = meetingUnitProblems(place);
  if (problems.length) {
    throw unprocessable(
      problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
      problems.map((p) => p.message).join(" "),
    );
  }
  if (!mechanism.levels.some((l) => l.unit === place.level)) {
    const message = `The county's mechanism has no ${place.level} level.`;
    throw unprocessable([{ path: "body.level", message }], message);
  }
  if (place.level === "compound") {
    const id = place.compoundId as string;
    const [row] = await tx
      .select({ path: regions.path, archivedAt: compounds.archivedAt })
      .from(compounds)
      .innerJoin(
        regions,
        and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)),
      )
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    if (!row || !pathWithin(reach, row.path) || row.archivedAt) {
      const message = row?.archivedAt ? "The compound is archived." : "No such compound within your reach.";
      throw unprocessable([{ path: "body.compoundId", message }], `Compound '${id}': ${message}`);
    }
    return;
  }
  const id = place.regionId as string;
  const [row] = await tx
    .select({ kind: regions.kind, path: regions.path, archivedAt: regions.archivedAt })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)));
  if (!row || !pathWithin(reach, row.path) || row.archivedAt) {
    const message = row?.archivedAt ? "The region is archived." : "No such region within your reach.";
    throw unprocessable([{ path: "body.regionId", message }], `Region '${id}': ${message}`);
  }
  const kinds = regionKindsOf[place.level];
  if (!kinds.includes(row.kind)) {
    const message = `A ${meetingLevelLabels[place.level].en.toLowerCase()} meeting is held at a ${kinds.join(" or ")}, not a ${row.kind}.`;
    throw unprocessable([{ path: "body.regionId", message }], message);
  }
}

/** Active rows of a table among `ids`. */
async function activeIds(
  tx: Tx,
  tenantId: string,
  type: MeetingUnitType,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = [...ids];
  const table = {
    partyOrg: partyOrgs,
    committee: committees,
    company: companies,
    department: departments,
    body: bodies,
    region: regions,
  }[type];
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), inArray(table.id, list), isNull(table.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Every participant names an active unit of the county, else 422 naming `{path}.{i}.unitId`. */
async function checkParticipants(
  tx: Tx,
  ctx: TenantServiceContext,
  list: readonly { unitType: MeetingUnitType; unitId: string }[],
  path: string,
) {
  const found = new Map<string, Set<string>>();
  for (const type of new Set(list.map((p) => p.unitType))) {
    found.set(
      type,
      await activeIds(
        tx,
        ctx.tenant.id,
        type,
        list.filter((p) => p.unitType === type).map((p) => p.unitId),
      ),
    );
  }
  const errors = list.flatMap((p, i) =>
    found.get(p.unitType)?.has(p.unitId)
      ? []
      : [{ path: `${path}.${i}.unitId`, message: `No active ${p.unitType} with this id in this county.` }],
  );
  if (errors.length) throw unprocessable(errors, "A participant is not an active unit of this county.");
}

async function checkConvenor(tx: Tx, ctx: TenantServiceContext, id: string) {
  if ((await activeIds(tx, ctx.tenant.id, "partyOrg", [id])).has(id)) return;
  const message = "No active party organisation with this id in this county.";
  throw unprocessable(
    [{ path: "body.convenedBy", message }],
    `Party organisation '${id}' cannot convene: ${message}`,
  );
}

async function checkVenue(tx: Tx, ctx: TenantServiceContext, id: string) {
  const [row] = await tx
    .select({ id: venues.id })
    .from(venues)
    .where(and(eq(venues.tenantId, ctx.tenant.id), eq(venues.id, id), isNull(venues.archivedAt)));
  if (row) return;
  const message = "No active venue with this id in this county.";
  throw unprocessable([{ path: "body.venueId", message }], `Venue '${id}': ${message}`);
}

/**
 * The matter codes a meeting may name: fee, service, fundUse, other and the major matters of
 * the county's partyLeadership config (its own codes included).
 */
function mattersOf(ctx: TenantServiceContext, mechanism: Mechanism): Set<string> {
  const policy = ctx.deps.policies.get("partyLeadership");
  const entry = mechanism.policies.partyLeadership;
  const config =
    policy && entry
      ? (configOf(policy, entry.config) as { majorMatters: string[] })
      : partyLeadershipConfigSchema.parse({});
  return new Set([...meetingMatters, ...config.majorMatters]);
}

function checkMatters(
  allowed: Set<string>,
  list: readonly { matter: string }[],
  path: string,
  field: string,
) {
  const errors = list.flatMap((a, i) =>
    allowed.has(a.matter)
      ? []
      : [
          {
            path: `${path}.${i}.${field}`,
            message: `Not a matter of this county: one of ${[...allowed].join(", ")}.`,
          },
        ],
  );
  if (errors.length) throw unprocessable(errors, "An unknown matter code.");
}

// ---------------------------------------------------------------------------------------------
// Planning and changing

/**
 * Plans a meeting (status planned). County administrators plan anywhere; region staff at a unit
 * of their subtree. The level must exist in the mechanism and match the unit (township or street,
 * community, compound); convenor, venue and participants must be active units of the county.
 */
export async function createMeeting(ctx: TenantServiceContext, input: CreateMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const mechanism = (await currentMechanism(tx, ctx)).document;
    await resolvePlace(tx, ctx, reach, mechanism, {
      level: input.level,
      regionId: input.regionId ?? null,
      compoundId: input.compoundId ?? null,
    });
    await checkConvenor(tx, ctx, input.convenedBy);
    if (input.venueId) await checkVenue(tx, ctx, input.venueId);
    await checkParticipants(tx, ctx, input.participants, "body.participants");
    checkMatters(mattersOf(ctx, mechanism), input.agenda, "body.agenda", "matter");
    await checkMediationCases(
      tx,
      ctx,
      {
        kind: input.kind,
        level: input.level,
        regionId: input.regionId ?? null,
        compoundId: input.compoundId ?? null,
      },
      input.caseIds,
    );

    const now = ctx.deps.now();
    const id = newId("meeting", now.getTime());
    await tx.insert(meetings).values({
      tenantId: ctx.tenant.id,
      id,
      title: input.title,
      level: input.level,
      kind: input.kind,
      regionId: input.regionId ?? null,
      compoundId: input.compoundId ?? null,
      convenedBy: input.convenedBy,
      scheduledAt: new Date(input.scheduledAt),
      venueId: input.venueId ?? null,
      participants: input.participants,
      agenda: input.agenda,
      attachments: input.attachments,
      caseIds: input.caseIds,
      status: "planned",
      createdBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    });
    await noteMediation(
      tx,
      ctx,
      mechanism,
      { id, title: input.title, scheduledAt: new Date(input.scheduledAt) },
      input.caseIds,
      "mediationScheduled",
    );
    const view = await fullView(tx, ctx, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.create",
      targetType: "meeting",
      targetId: id,
      after: view,
    });
    return view;
  });
}

/** Changes a planned meeting; a held or closed one is 409 with `currentStatus` and `allowedActions`. */
export async function updateMeeting(ctx: TenantServiceContext, id: string, input: UpdateMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "update");
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const level = input.level ?? before.level;
    const movesUnit =
      input.level !== undefined || input.regionId !== undefined || input.compoundId !== undefined;
    // A new level comes with its unit; a new unit of the same level replaces the old one.
    const regionId =
      input.regionId !== undefined
        ? input.regionId
        : input.compoundId !== undefined || level === "compound"
          ? null
          : before.regionId;
    const compoundId =
      input.compoundId !== undefined
        ? input.compoundId
        : input.regionId !== undefined || level !== "compound"
          ? null
          : before.compoundId;
    if (movesUnit) await resolvePlace(tx, ctx, reach, mechanism, { level, regionId, compoundId });
    if (input.convenedBy !== undefined) await checkConvenor(tx, ctx, input.convenedBy);
    if (input.venueId) await checkVenue(tx, ctx, input.venueId);
    if (input.participants) await checkParticipants(tx, ctx, input.participants, "body.participants");
    if (input.agenda) checkMatters(mattersOf(ctx, mechanism), input.agenda, "body.agenda", "matter");
    const caseIds = input.caseIds ?? before.caseIds;
    const kind = input.kind ?? before.kind;
    if (input.caseIds !== undefined || input.kind !== undefined || movesUnit) {
      await checkMediationCases(tx, ctx, { kind, level, regionId, compoundId }, caseIds);
    }
    const added = caseIds.filter((c) => !before.caseIds.includes(c));

    const beforeView = await fullView(tx, ctx, id);
    await tx
      .update(meetings)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(movesUnit ? { level, regionId, compoundId } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.convenedBy !== undefined ? { convenedBy: input.convenedBy } : {}),
        ...(input.scheduledAt !== undefined ? { scheduledAt: new Date(input.scheduledAt) } : {}),
        ...(input.venueId !== undefined ? { venueId: input.venueId } : {}),
        ...(input.participants !== undefined ? { participants: input.participants } : {}),
        ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
        ...(input.attachments !== undefined ? { attachments: input.attachments } : {}),
        ...(input.caseIds !== undefined ? { caseIds: input.caseIds } : {}),
        updatedAt: ctx.deps.now(),
      })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    await noteMediation(
      tx,
      ctx,
      mechanism,
      {
        id,
        title: input.title ?? before.title,
        scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : before.scheduledAt,
      },
      added,
      "mediationScheduled",
    );
    const view = await fullView(tx, ctx, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.update",
      targetType: "meeting",
      targetId: id,
      before: beforeView,
      after: view,
    });
    return view;
  });
}

/**
 * Holds a planned meeting: planned → held, with the minutes and who attended (the list replaces
 * the planned one). `heldAt` defaults to now and may not lie in the future; attachments sent are
 * added to the meeting's.
 */
export async function holdMeeting(ctx: TenantServiceContext, id: string, input: HoldMeetingInput) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "hold");
    const now = ctx.deps.now();
    const heldAt = input.heldAt ? new Date(input.heldAt) : now;
    if (heldAt.getTime() > now.getTime()) {
      const message = "Not in the future: a meeting is recorded as held once it has been.";
      throw unprocessable([{ path: "body.heldAt", message }], `heldAt ${input.heldAt} lies in the future.`);
    }
    await checkParticipants(tx, ctx, input.participants, "body.participants");
    const beforeView = await fullView(tx, ctx, id);
    const attachments = [...new Set([...before.attachments, ...(input.attachments ?? [])])];
    await tx
      .update(meetings)
      .set({
        status: meetingStatusAfter(before.status, "hold"),
        minutes: input.minutes,
        participants: input.participants,
        attachments,
        heldAt,
        updatedAt: now,
      })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    await noteMediation(
      tx,
      ctx,
      (await currentMechanism(tx, ctx)).document,
      { id, title: before.title, scheduledAt: before.scheduledAt, heldAt },
      before.caseIds,
      "mediationHeld",
    );
    const view = await fullView(tx, ctx, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.hold",
      targetType: "meeting",
      targetId: id,
      before: beforeView,
      after: view,
    });
    return view;
  });
}

/** Closes a held meeting: held → closed. Its resolutions are still followed up and marked done. */
export async function closeMeeting(ctx: TenantServiceContext, id: string) {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const before = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(before.status, "close");
    const beforeView = await fullView(tx, ctx, id);
    const now = ctx.deps.now();
    await tx
      .update(meetings)
      .set({ status: meetingStatusAfter(before.status, "close"), closedAt: now, updatedAt: now })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    const view = await fullView(tx, ctx, id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.close",
      targetType: "meeting",
      targetId: id,
      before: beforeView,
      after: view,
    });
    return view;
  });
}

// ---------------------------------------------------------------------------------------------
// Resolutions

const effectJson = (e: PolicyEffect) =>
  e.type === "obligation"
    ? { policy: e.policy, type: e.type, subject: e.subject, what: e.what, dueAt: e.dueAt }
    : e.type === "notification"
      ? { policy: e.policy, type: e.type, to: e.to, message: e.message }
      : { policy: e.policy, type: e.type };

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Records resolutions of a held meeting, all or none. Each runs the policies' `on` hook with the
 * event `meeting.resolution.adopt` (the meeting's attended participants mapped to the kinds the
 * policies name, see `resolutionAdoptEvent`): a guard refuses with 422 carrying the policy's
 * reason in Chinese and English (`policy`, `reason`, `resolution` = its index). Each accepted
 * resolution becomes a responsibility-list task (source `meetingResolution`) owned by its owner
 * unit, due on its due date, belonging to the meeting's region (a compound meeting: its community).
 */
export async function addMeetingResolutions(
  ctx: TenantServiceContext,
  id: string,
  input: AddMeetingResolutionsInput,
): Promise<MeetingWithResolutions> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const meeting = await findMeeting(tx, ctx, reach, id, true);
    assertMeetingAction(meeting.status, "addResolutions");
    const mechanism = (await currentMechanism(tx, ctx)).document;
    checkMatters(mattersOf(ctx, mechanism), input.resolutions, "body.resolutions", "matter");
    const heldOn = dateInZone(meeting.heldAt ?? ctx.deps.now(), ctx.tenant.timezone);
    const early = input.resolutions.flatMap((r, i) =>
      r.dueOn < heldOn
        ? [{ path: `body.resolutions.${i}.dueOn`, message: `Not before the meeting was held (${heldOn}).` }]
        : [],
    );
    if (early.length) throw unprocessable(early, "A resolution is due before the meeting was held.");

    let regionId = meeting.regionId;
    if (!regionId && meeting.compoundId) {
      const [c] = await tx
        .select({ communityId: compounds.communityId })
        .from(compounds)
        .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, meeting.compoundId)));
      regionId = c?.communityId ?? null;
    }

    const today = tenantToday(ctx);
    // The meeting's surroundings (who counts as which participant) and what the hooks read, for
    // its place only.
    const view = await loadPolicyView(tx, ctx, today, undefined, {
      slices: new Set<ViewSlice>([
        ...surroundingSlices,
        ...slicesRead(mechanism, ctx.deps.policies, "on", "meeting.resolution.adopt"),
      ]),
      scope: await placeScope(tx, ctx, meeting),
    });
    const now = ctx.deps.now();
    for (const [i, r] of input.resolutions.entries()) {
      const event = resolutionAdoptEvent(meeting, r, view, now.toISOString());
      const effects = onEvent(mechanism, event, view, ctx.deps.policies);
      const guard = effects.find((e) => e.type === "guard");
      if (guard && guard.type === "guard") {
        throw new AppError("unprocessable", `${guard.reason.en} (${guard.reason.zh})`, {
          errors: [{ path: `body.resolutions.${i}.matter`, message: guard.reason.en }],
          extensions: {
            policy: guard.policy,
            reason: "policy_guard",
            explanation: guard.reason,
            resolution: i,
          },
        });
      }
      // A millisecond per resolution keeps ids (the order they are read in) in the order given.
      const resolutionId = newId("meetingResolution", now.getTime() + i);
      const task = await insertTask(
        tx,
        ctx,
        {
          title: shorten(r.text, 200),
          description: `${meeting.title}（${heldOn}）会议决议：${r.text}`.slice(0, 4000),
          ownerUnit: r.ownerUnit,
          dueOn: r.dueOn,
          source: "meetingResolution",
          sourceId: resolutionId,
          regionId,
        },
        { path: `body.resolutions.${i}.`, within: reach },
      );
      const [row] = await tx
        .insert(meetingResolutions)
        .values({
          tenantId: ctx.tenant.id,
          id: resolutionId,
          meetingId: id,
          text: r.text,
          matter: r.matter,
          ownerUnitType: r.ownerUnit.unitType,
          ownerUnitId: r.ownerUnit.unitId,
          dueOn: r.dueOn,
          taskId: task.id,
          createdAt: now,
        })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      await audit(tx, ctx, ctx.tenant.id, {
        action: "meeting.resolution.adopt",
        targetType: "meetingResolution",
        targetId: resolutionId,
        after: {
          ...resolutionView(
            row,
            new Map([[key(r.ownerUnit.unitType, r.ownerUnit.unitId), task.ownerUnit.name]]),
            today,
          ),
          effects: effects.map(effectJson),
          policyEvent: event.payload,
        },
      });
    }
    await tx
      .update(meetings)
      .set({ updatedAt: now })
      .where(and(eq(meetings.tenantId, ctx.tenant.id), eq(meetings.id, id)));
    return fullView(tx, ctx, id);
  });
}

/** Marks a resolution done (落实), while the meeting is held or after it closed; again changes nothing. */
export async function completeMeetingResolution(
  ctx: TenantServiceContext,
  id: string,
  resolutionId: string,
): Promise<MeetingResolutionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    const meeting = await findMeeting(tx, ctx, reach, id, true);
    const [before] = await tx
      .select()
      .from(meetingResolutions)
      .where(
        and(
          eq(meetingResolutions.tenantId, ctx.tenant.id),
          eq(meetingResolutions.meetingId, id),
          eq(meetingResolutions.id, resolutionId),
        ),
      );
    if (!before) throw new AppError("not_found", `Meeting '${id}' has no resolution '${resolutionId}'.`);
    assertMeetingAction(meeting.status, "completeResolution");
    const names = await unitNames(tx, ctx.tenant.id, [
      { unitType: before.ownerUnitType, unitId: before.ownerUnitId },
    ]);
    const today = tenantToday(ctx);
    if (before.doneAt) return resolutionView(before, names, today);
    const [row] = await tx
      .update(meetingResolutions)
      .set({ doneAt: ctx.deps.now() })
      .where(and(eq(meetingResolutions.tenantId, ctx.tenant.id), eq(meetingResolutions.id, resolutionId)))
      .returning();
    if (!row) throw new Error("update returned nothing");
    const view = resolutionView(row, names, today);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "meeting.resolution.done",
      targetType: "meetingResolution",
      targetId: resolutionId,
      before: resolutionView(before, names, today),
      after: view,
    });
    return view;
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ListMeetingsInput {
  limit: number;
  cursor?: string | undefined;
  level?: MeetingLevel | undefined;
  kind?: MeetingKind | undefined;
  status?: MeetingStatus | undefined;
  /** Meetings at this region or at any unit under it (compounds through their community). */
  regionId?: string | undefined;
  compoundId?: string | undefined;
  /** Scheduled on or after this day (the county's date). */
  from?: string | undefined;
  /** Scheduled on or before this day (the county's date). */
  to?: string | undefined;
  q?: string | undefined;
}

/** Meetings the caller sees, filtered; newest first (by creation). */
export async function listMeetings(
  ctx: TenantServiceContext,
  input: ListMeetingsInput,
): Promise<Page<MeetingView>> {
  if (input.from && input.to && input.from > input.to) {
    throw new AppError("bad_request", `The range ends (${input.to}) before it starts (${input.from}).`, {
      errors: [{ path: "query.to", message: "Not before `from`." }],
    });
  }
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const tz = ctx.tenant.timezone;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await selectMeetings(tx)
      .where(
        and(
          eq(meetings.tenantId, ctx.tenant.id),
          isNull(meetings.archivedAt),
          meetingsWithin(reach),
          before ? lt(meetings.id, before) : undefined,
          input.level ? eq(meetings.level, input.level) : undefined,
          input.kind ? eq(meetings.kind, input.kind) : undefined,
          input.status ? eq(meetings.status, input.status) : undefined,
          await unitFilter(tx, ctx, meetings, input),
          input.from ? gte(meetings.scheduledAt, clampInstant(startOfDayIn(input.from, tz))) : undefined,
          input.to ? lt(meetings.scheduledAt, clampInstant(endOfDayIn(input.to, tz))) : undefined,
          textMatches(input.q, meetings.title),
        ),
      )
      .orderBy(desc(meetings.id))
      .limit(input.limit + 1);
    return toPage(await meetingViews(tx, ctx, rows), input.limit);
  });
}

/** One meeting with its resolutions; 404 when the caller does not see it. */
export async function getMeeting(ctx: TenantServiceContext, id: string): Promise<MeetingWithResolutions> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await findMeeting(tx, ctx, reach, id);
    return fullView(tx, ctx, id);
  });
}
