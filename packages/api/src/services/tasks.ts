import {
  AppError,
  type CreateTaskFromFindingInput,
  type CreateTaskInput,
  checkTaskMilestones,
  dateInZone,
  defaultTaskOwner,
  endOfDayIn,
  type FieldError,
  newId,
  refuseTask,
  type TaskAction,
  type TaskActionName,
  type TaskAssignee,
  type TaskMilestoneInput,
  type TaskOwnerUnit,
  type TaskOwnerUnitType,
  type TaskSource,
  type TaskStatus,
  type TenantRole,
  taskActionSide,
  taskAllowedActions,
  taskDoneStatuses,
  taskEditable,
  taskEventNotifications,
  taskOverdue,
  taskTransition,
  type UpdateTaskInput,
} from "@propgov/core";
import {
  cases,
  committees,
  companies,
  compounds,
  departments,
  findings,
  type Milestone,
  regions,
  type Tx,
  taskEvents,
  tasks,
  users,
} from "@propgov/db";
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, not, or, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import type { Reach } from "./access/reach.js";
import { actorNameOf, actorOf, audit } from "./audit.js";
import { casesWithin } from "./cases.js";
import { periodOf } from "./evaluations.js";
import { enqueue, taskOutboxEvent } from "./notifications/outbox.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { escapeLike, textMatches } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

type Row = typeof tasks.$inferSelect;
type EventRow = typeof taskEvents.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Views

export interface TaskMilestoneView {
  title: string;
  dueOn: string;
  doneAt: string | null;
  /** Not done and due before today (the tenant's date), while the task is still open. */
  overdue: boolean;
}

export interface TaskView {
  id: string;
  title: string;
  description: string | null;
  source: TaskSource;
  sourceId: string | null;
  ownerUnit: { unitType: TaskOwnerUnitType; unitId: string; name: string };
  regionId: string | null;
  assignee: { userId: string | null; name: string | null } | null;
  dueOn: string;
  milestones: TaskMilestoneView[];
  status: TaskStatus;
  overdue: boolean;
  allowedActions: TaskActionName[];
  issuedBy: string | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  closedAt: Date | null;
  sentBackCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TaskEventView {
  id: string;
  type: string;
  at: Date;
  actor: { type: string; id: string | null; name: string | null };
  status: TaskStatus;
  payload: Record<string, unknown>;
}

export interface TaskWithTimeline extends TaskView {
  events: TaskEventView[];
}

const ownerKey = (unitType: string, unitId: string) => `${unitType}:${unitId}`;

function taskView(row: Row, ownerName: string, today: string): TaskView {
  const open = taskEditable(row.status);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    source: row.source,
    sourceId: row.sourceId,
    ownerUnit: { unitType: row.ownerUnitType as TaskOwnerUnitType, unitId: row.ownerUnitId, name: ownerName },
    regionId: row.regionId,
    assignee:
      row.assigneeUserId || row.assigneeName ? { userId: row.assigneeUserId, name: row.assigneeName } : null,
    dueOn: row.dueOn,
    milestones: row.milestones.map((m) => ({
      title: m.title,
      dueOn: m.dueOn,
      doneAt: m.doneAt,
      overdue: open && !m.doneAt && m.dueOn < today,
    })),
    status: row.status,
    overdue: taskOverdue(row, today),
    allowedActions: taskAllowedActions(row.status),
    issuedBy: row.issuedBy,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    verifiedAt: row.verifiedAt,
    closedAt: row.closedAt,
    sentBackCount: row.sentBackCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const eventView = (e: EventRow): TaskEventView => ({
  id: e.id,
  type: e.type,
  at: e.at,
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  status: e.status,
  payload: e.payload,
});

/**
 * The names of owner units (`region:reg_…` → 城南社区): a region's, a department's (Chinese), a
 * company's, a committee's (its compound's name + 业主委员会). One query per unit type present.
 */
export async function ownerUnitNames(
  tx: Tx,
  tenantId: string,
  refs: readonly { unitType: string; unitId: string }[],
): Promise<Map<string, string>> {
  const ids = (type: TaskOwnerUnitType) => [
    ...new Set(refs.filter((r) => r.unitType === type).map((r) => r.unitId)),
  ];
  const out = new Map<string, string>();
  const put = (type: TaskOwnerUnitType, list: { id: string; name: string }[]) => {
    for (const r of list) out.set(ownerKey(type, r.id), r.name);
  };
  const regionIds = ids("region");
  if (regionIds.length) {
    put(
      "region",
      await tx
        .select({ id: regions.id, name: regions.name })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), inArray(regions.id, regionIds))),
    );
  }
  const departmentIds = ids("department");
  if (departmentIds.length) {
    put(
      "department",
      await tx
        .select({ id: departments.id, name: departments.nameZh })
        .from(departments)
        .where(and(eq(departments.tenantId, tenantId), inArray(departments.id, departmentIds))),
    );
  }
  const companyIds = ids("company");
  if (companyIds.length) {
    put(
      "company",
      await tx
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), inArray(companies.id, companyIds))),
    );
  }
  const committeeIds = ids("committee");
  if (committeeIds.length) {
    const rows = await tx
      .select({ id: committees.id, compoundName: compounds.name })
      .from(committees)
      .innerJoin(
        compounds,
        and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
      )
      .where(and(eq(committees.tenantId, tenantId), inArray(committees.id, committeeIds)));
    put(
      "committee",
      rows.map((r) => ({ id: r.id, name: `${r.compoundName}业主委员会` })),
    );
  }
  return out;
}

async function taskViews(tx: Tx, ctx: TenantServiceContext, rows: readonly Row[]): Promise<TaskView[]> {
  const names = await ownerUnitNames(
    tx,
    ctx.tenant.id,
    rows.map((r) => ({ unitType: r.ownerUnitType, unitId: r.ownerUnitId })),
  );
  const today = tenantToday(ctx);
  return rows.map((r) =>
    taskView(r, names.get(ownerKey(r.ownerUnitType, r.ownerUnitId)) ?? r.ownerUnitId, today),
  );
}

// ---------------------------------------------------------------------------------------------
// Who acts: the caller's units, and which tasks it sees

/**
 * The caller as the task loop sees it: every unit its roles and scope name (a scope names one
 * unit, so at most one of region, department, company and compound is set).
 */
interface TaskActor {
  county: boolean;
  region: { id: string; path: string } | null;
  departmentId: string | null;
  companyId: string | null;
  /** A committee member's compound: the member acts for that compound's committees. */
  compoundId: string | null;
  /** A user or API key id: who issued a task, for region staff's "tasks I issued". */
  id: string | null;
  event: { actorType: string; actorId: string | null; actorName: string | null };
}

async function taskActorOf(tx: Tx, ctx: TenantServiceContext): Promise<TaskActor> {
  const p = ctx.principal;
  const { actorType, actorId } = actorOf(p);
  const actorName = actorNameOf(p);
  const base: TaskActor = {
    county: false,
    region: null,
    departmentId: null,
    companyId: null,
    compoundId: null,
    id: actorId,
    event: { actorType, actorId, actorName },
  };
  if (!p) return base;
  if (p.kind === "platformUser" || p.kind === "system") return { ...base, county: true };
  const has = (role: TenantRole) => p.roles.includes(role);
  const scope = p.scope ?? {};
  let region: TaskActor["region"] = null;
  if (has("regionStaff") && scope.regionId) {
    const [row] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(
        and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, scope.regionId), isNull(regions.archivedAt)),
      );
    if (row) region = { id: scope.regionId, path: row.path };
  }
  return {
    ...base,
    county: has("countyAdmin"),
    region,
    departmentId: has("departmentOfficer") ? (scope.departmentId ?? null) : null,
    companyId: has("companyStaff") ? (scope.companyId ?? null) : null,
    compoundId: has("committeeMember") ? (scope.compoundId ?? null) : null,
  };
}

/** The reach an issuer writes in (for owner checks): the county, or region staff's subtree. */
const issuerReach = (actor: TaskActor): Reach =>
  actor.county
    ? { kind: "county" }
    : actor.region
      ? { kind: "region", regionId: actor.region.id, path: actor.region.path }
      : { kind: "none" };

const underPath = (path: string) =>
  sql`exists (select 1 from ${regions} r where r.tenant_id = ${tasks.tenantId} and r.id = ${tasks.regionId} and r.path like ${`${escapeLike(path)}%`})`;

/**
 * Tasks the caller sees: the county all; region staff those whose region lies in their subtree
 * and those they issued; a department, company or committee its own unit's tasks.
 */
function visibleTasks(actor: TaskActor): SQL | undefined {
  if (actor.county) return undefined;
  const conditions: SQL[] = [];
  if (actor.region) {
    conditions.push(underPath(actor.region.path));
    if (actor.id) conditions.push(eq(tasks.issuedBy, actor.id));
  }
  if (actor.departmentId) {
    conditions.push(
      and(eq(tasks.ownerUnitType, "department"), eq(tasks.ownerUnitId, actor.departmentId)) as SQL,
    );
  }
  if (actor.companyId) {
    conditions.push(and(eq(tasks.ownerUnitType, "company"), eq(tasks.ownerUnitId, actor.companyId)) as SQL);
  }
  if (actor.compoundId) {
    conditions.push(
      and(
        eq(tasks.ownerUnitType, "committee"),
        sql`exists (select 1 from ${committees} k where k.tenant_id = ${tasks.tenantId} and k.id = ${tasks.ownerUnitId} and k.compound_id = ${actor.compoundId})`,
      ) as SQL,
    );
  }
  return conditions.length ? (or(...conditions) as SQL) : sql`false`;
}

interface TaskPlace {
  /** Path of the task's region (for region owners: the owner region's). */
  regionPath: string | null;
  /** The compound of a committee owner. */
  committeeCompoundId: string | null;
}

async function placeOf(tx: Tx, ctx: TenantServiceContext, row: Row): Promise<TaskPlace> {
  let regionPath: string | null = null;
  if (row.regionId) {
    const [r] = await tx
      .select({ path: regions.path })
      .from(regions)
      .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, row.regionId)));
    regionPath = r?.path ?? null;
  }
  let committeeCompoundId: string | null = null;
  if (row.ownerUnitType === "committee") {
    const [k] = await tx
      .select({ compoundId: committees.compoundId })
      .from(committees)
      .where(and(eq(committees.tenantId, ctx.tenant.id), eq(committees.id, row.ownerUnitId)));
    committeeCompoundId = k?.compoundId ?? null;
  }
  return { regionPath, committeeCompoundId };
}

/**
 * The owner's side: the department's officers, the company's staff, the committee's compound's
 * members, and for a region owner region staff whose subtree contains it.
 */
function onOwnerSide(actor: TaskActor, row: Row, place: TaskPlace): boolean {
  switch (row.ownerUnitType) {
    case "department":
      return actor.departmentId === row.ownerUnitId;
    case "company":
      return actor.companyId === row.ownerUnitId;
    case "committee":
      return actor.compoundId !== null && actor.compoundId === place.committeeCompoundId;
    case "region":
      return actor.region !== null && place.regionPath?.startsWith(actor.region.path) === true;
    default:
      return false;
  }
}

/**
 * The issuer's side: county administrators, and region staff whose subtree contains the task's
 * region, except the staff of an owner region itself (nobody verifies their own unit's work).
 */
function onIssuerSide(actor: TaskActor, row: Row, place: TaskPlace): boolean {
  if (actor.county) return true;
  if (!actor.region || !place.regionPath?.startsWith(actor.region.path)) return false;
  return !(row.ownerUnitType === "region" && row.ownerUnitId === actor.region.id);
}

function assertSide(actor: TaskActor, row: Row, place: TaskPlace, side: "owner" | "issuer", what: string) {
  const ok = side === "owner" ? onOwnerSide(actor, row, place) : onIssuerSide(actor, row, place);
  if (!ok) {
    throw new AppError(
      "forbidden",
      side === "owner"
        ? `Only the owning unit ${what} this task.`
        : `Only the issuer (the county, or region staff above the owner) ${what} this task.`,
    );
  }
}

/** A task the caller sees, locked for a change when `lock`; else 404. */
async function findTask(tx: Tx, ctx: TenantServiceContext, actor: TaskActor, id: string, lock = false) {
  const query = tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id), visibleTasks(actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
  return row;
}

// ---------------------------------------------------------------------------------------------
// Creating tasks

export interface InsertTaskInput {
  title: string;
  description?: string | null | undefined;
  ownerUnit: TaskOwnerUnit;
  assignee?: TaskAssignee | undefined;
  dueOn: string;
  milestones?: readonly TaskMilestoneInput[] | undefined;
  source: TaskSource;
  /** The finding, meeting resolution or case it follows up (one task per finding or resolution). */
  sourceId?: string | null | undefined;
  /**
   * The region the task belongs to when its owner has none of its own (a department or a
   * company): e.g. the finding's region or the meeting's community. Region owners belong to
   * themselves and committees to their compound's community, whatever is given here.
   */
  regionId?: string | null | undefined;
}

export interface InsertTaskOptions {
  /** Prefix of the paths a 422 names, e.g. `body.` or `body.resolutions.0.`; default `body.`. */
  path?: string;
  /**
   * The issuer's reach: a region or committee owner must lie inside it (else 422, as if it did
   * not exist). Departments and companies are county units any issuer may task. Unchecked when
   * left out (the calling service has judged the owner already).
   */
  within?: Reach;
}

const unknownOwner = (path: string, unit: TaskOwnerUnit, why = "No such unit in your part of the county.") =>
  new AppError("unprocessable", `The ${unit.unitType} '${unit.unitId}' cannot own a task here: ${why}`, {
    errors: [{ path: `${path}ownerUnit.unitId`, message: why }],
  });

/** The owner unit, checked: it exists in the tenant, is active, and lies within `within`. */
async function resolveOwner(
  tx: Tx,
  ctx: TenantServiceContext,
  unit: TaskOwnerUnit,
  path: string,
  within: Reach | undefined,
): Promise<{ name: string; regionId: string | null; ownRegion: boolean }> {
  const tenantId = ctx.tenant.id;
  const inReach = (regionPath: string) =>
    !within || within.kind === "county" || (within.kind === "region" && regionPath.startsWith(within.path));
  let found: { name: string; archivedAt: Date | null; regionId: string | null; regionPath: string | null };
  switch (unit.unitType) {
    case "region": {
      const [r] = await tx
        .select({ name: regions.name, archivedAt: regions.archivedAt, path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, tenantId), eq(regions.id, unit.unitId)));
      if (!r) throw unknownOwner(path, unit);
      found = { ...r, regionId: unit.unitId, regionPath: r.path };
      break;
    }
    case "committee": {
      const [k] = await tx
        .select({
          name: compounds.name,
          archivedAt: committees.archivedAt,
          regionId: compounds.communityId,
          path: regions.path,
        })
        .from(committees)
        .innerJoin(
          compounds,
          and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
        )
        .innerJoin(
          regions,
          and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)),
        )
        .where(and(eq(committees.tenantId, tenantId), eq(committees.id, unit.unitId)));
      if (!k) throw unknownOwner(path, unit);
      found = {
        name: `${k.name}业主委员会`,
        archivedAt: k.archivedAt,
        regionId: k.regionId,
        regionPath: k.path,
      };
      break;
    }
    case "department": {
      const [d] = await tx
        .select({ name: departments.nameZh, archivedAt: departments.archivedAt })
        .from(departments)
        .where(and(eq(departments.tenantId, tenantId), eq(departments.id, unit.unitId)));
      if (!d) throw unknownOwner(path, unit, "No such department in this county.");
      found = { ...d, regionId: null, regionPath: null };
      break;
    }
    case "company": {
      const [c] = await tx
        .select({ name: companies.name, archivedAt: companies.archivedAt })
        .from(companies)
        .where(and(eq(companies.tenantId, tenantId), eq(companies.id, unit.unitId)));
      if (!c) throw unknownOwner(path, unit, "No such company in this county.");
      found = { ...c, regionId: null, regionPath: null };
      break;
    }
  }
  if (found.regionPath !== null && !inReach(found.regionPath)) throw unknownOwner(path, unit);
  if (found.archivedAt) throw unknownOwner(path, unit, `The ${unit.unitType} is archived.`);
  return { name: found.name, regionId: found.regionId, ownRegion: found.regionId !== null };
}

/** An assignee, checked: a `userId` names an active user of the tenant; its name is filled in. */
async function resolveAssignee(
  tx: Tx,
  ctx: TenantServiceContext,
  assignee: TaskAssignee | null | undefined,
  path: string,
): Promise<{ assigneeUserId: string | null; assigneeName: string | null }> {
  if (!assignee) return { assigneeUserId: null, assigneeName: null };
  if (!assignee.userId) return { assigneeUserId: null, assigneeName: assignee.name ?? null };
  const [user] = await tx
    .select({ displayName: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, assignee.userId), isNull(users.disabledAt)));
  if (!user) {
    throw new AppError("unprocessable", `User '${assignee.userId}' is not an active user of this county.`, {
      errors: [{ path: `${path}assignee.userId`, message: "No active user with this id." }],
    });
  }
  return { assigneeUserId: assignee.userId, assigneeName: assignee.name ?? user.displayName };
}

function assertMilestonesFit(list: readonly { dueOn: string }[], dueOn: string, path: string) {
  const errors: FieldError[] = checkTaskMilestones(list, dueOn, path);
  if (errors.length) {
    throw new AppError("unprocessable", "A milestone is due after the task itself.", { errors });
  }
}

function assertNotPast(ctx: TenantServiceContext, dueOn: string, path: string) {
  const today = tenantToday(ctx);
  if (dueOn < today) {
    throw new AppError("unprocessable", `The due date ${dueOn} lies before today (${today}).`, {
      errors: [{ path, message: `Not before today (${today}, the county's date).` }],
    });
  }
}

async function appendEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  actor: TaskActor,
  taskId: string,
  type: string,
  status: TaskStatus,
  payload: Record<string, unknown> = {},
) {
  const now = ctx.deps.now();
  await tx.insert(taskEvents).values({
    tenantId: ctx.tenant.id,
    id: newId("taskEvent", now.getTime()),
    taskId,
    type,
    at: now,
    ...actor.event,
    status,
    payload,
  });
  if (!taskEventNotifications[type]) return;
  const [task] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, taskId)));
  const notify = task && taskOutboxEvent(task, { type, status, payload });
  if (notify) await enqueue(tx, ctx, ctx.tenant.id, notify);
}

/**
 * Inserts a task in the caller's transaction, with its `created` event and audit: the API's
 * `POST /tasks` and `POST /findings/{id}/tasks` use it, and so do other services (a meeting's
 * resolutions become tasks through it). The owner must exist and be active (422 naming
 * `{path}ownerUnit.unitId`); a finding or a meeting resolution gets one task only (409 naming
 * the existing `taskId`); a case may have several. The caller is the issuer.
 */
export async function insertTask(
  tx: Tx,
  ctx: TenantServiceContext,
  input: InsertTaskInput,
  options: InsertTaskOptions = {},
): Promise<TaskView> {
  const path = options.path ?? "body.";
  const actor = await taskActorOf(tx, ctx);
  const sourceId = input.sourceId ?? null;
  if ((input.source === "finding" || input.source === "meetingResolution") && sourceId) {
    // One task per finding or resolution; concurrent conversions of the same item take turns.
    // (A case may need several: one per unit that has to act.)
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`task-source:${ctx.tenant.id}:${input.source}:${sourceId}`}))`,
    );
    const [existing] = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(
        and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.source, input.source), eq(tasks.sourceId, sourceId)),
      );
    if (existing) {
      throw new AppError(
        "conflict",
        `This ${input.source} already has a task: '${existing.id}'. One task follows up one item.`,
        { extensions: { taskId: existing.id } },
      );
    }
  }
  const owner = await resolveOwner(tx, ctx, input.ownerUnit, path, options.within);
  const milestones = input.milestones ?? [];
  assertMilestonesFit(milestones, input.dueOn, path);
  const assignee = await resolveAssignee(tx, ctx, input.assignee, path);

  const now = ctx.deps.now();
  const [row] = await tx
    .insert(tasks)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("task", now.getTime()),
      title: input.title,
      description: input.description ?? null,
      source: input.source,
      sourceId,
      ownerUnitType: input.ownerUnit.unitType,
      ownerUnitId: input.ownerUnit.unitId,
      regionId: owner.ownRegion ? owner.regionId : (input.regionId ?? null),
      ...assignee,
      dueOn: input.dueOn,
      milestones: milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneAt: null })),
      status: "open",
      issuedBy: actor.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await appendEvent(tx, ctx, actor, row.id, "created", "open", {
    source: row.source,
    sourceId: row.sourceId,
    ownerUnit: input.ownerUnit,
    dueOn: row.dueOn,
  });
  const view = taskView(row, owner.name, tenantToday(ctx));
  await audit(tx, ctx, ctx.tenant.id, {
    action: "task.create",
    targetType: "task",
    targetId: row.id,
    after: view,
  });
  return view;
}

function assertIssuer(actor: TaskActor) {
  if (!actor.county && !actor.region) {
    throw new AppError(
      "forbidden",
      "Only county administrators and region staff (with a region scope) issue tasks.",
    );
  }
}

/**
 * Issues a task (交办). Region staff task regions and committees of their subtree, and any
 * department or company; a department or company task they issue belongs to their region.
 * A task from a case must name a case the issuer sees; it then belongs to the case's community.
 */
export async function createTask(ctx: TenantServiceContext, input: CreateTaskInput): Promise<TaskView> {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    assertIssuer(actor);
    const reach = issuerReach(actor);
    assertNotPast(ctx, input.dueOn, "body.dueOn");
    let regionId = actor.county ? null : (actor.region?.id ?? null);
    if (input.source === "case" && input.sourceId) {
      const [c] = await tx
        .select({ communityId: cases.communityId })
        .from(cases)
        .where(and(eq(cases.tenantId, ctx.tenant.id), eq(cases.id, input.sourceId), casesWithin(reach)));
      if (!c) {
        throw new AppError("unprocessable", `Case '${input.sourceId}' was not found.`, {
          errors: [{ path: "body.sourceId", message: "No such case in your part of the county." }],
        });
      }
      regionId = c.communityId;
    }
    return insertTask(tx, ctx, { ...input, regionId }, { within: reach });
  });
}

/**
 * Turns a finding into a task (source `finding`): the finding's Chinese message is the title,
 * its region the task's; the owner defaults to the finding's subject when that is a region,
 * department, company or committee. One task per finding (409 naming the existing one).
 */
export async function createTaskFromFinding(
  ctx: TenantServiceContext,
  findingId: string,
  input: CreateTaskFromFindingInput,
): Promise<TaskView> {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    assertIssuer(actor);
    const reach = issuerReach(actor);
    const [finding] = await tx
      .select()
      .from(findings)
      .where(
        and(
          eq(findings.tenantId, ctx.tenant.id),
          eq(findings.id, findingId),
          actor.county
            ? undefined
            : sql`exists (select 1 from ${regions} r where r.tenant_id = ${findings.tenantId} and r.id = ${findings.regionId} and r.path like ${`${escapeLike(actor.region?.path ?? "")}%`})`,
        ),
      );
    if (!finding) throw new AppError("not_found", `Finding '${findingId}' was not found.`);
    assertNotPast(ctx, input.dueOn, "body.dueOn");
    const owner = input.ownerUnit ?? defaultTaskOwner({ type: finding.subjectType, id: finding.subjectId });
    if (!owner) {
      const message = `The finding's subject (a ${finding.subjectType}) owns no tasks: name the owner unit.`;
      throw new AppError("unprocessable", message, { errors: [{ path: "body.ownerUnit", message }] });
    }
    return insertTask(
      tx,
      ctx,
      {
        title: finding.messageZh.length > 200 ? `${finding.messageZh.slice(0, 199)}…` : finding.messageZh,
        description: `${finding.messageEn}\n(${finding.period} · ${finding.policy}/${finding.rule} · ${finding.subjectName})`,
        ownerUnit: owner,
        assignee: input.assignee,
        dueOn: input.dueOn,
        milestones: input.milestones,
        source: "finding",
        sourceId: finding.id,
        regionId: finding.regionId,
      },
      { within: reach },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ListTasksInput {
  limit: number;
  cursor?: string | undefined;
  ownerUnitType?: TaskOwnerUnitType | undefined;
  ownerUnitId?: string | undefined;
  status?: TaskStatus | undefined;
  overdue?: boolean | undefined;
  source?: TaskSource | undefined;
  q?: string | undefined;
}

const notDone = not(inArray(tasks.status, [...taskDoneStatuses]));
const overdueOn = (today: string) => and(notDone, lt(tasks.dueOn, today)) as SQL;

/** Tasks the caller sees, filtered; newest first. */
export async function listTasks(ctx: TenantServiceContext, input: ListTasksInput): Promise<Page<TaskView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  const today = tenantToday(ctx);
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const rows = await tx
      .select()
      .from(tasks)
      .where(
        and(
          eq(tasks.tenantId, ctx.tenant.id),
          visibleTasks(actor),
          before ? lt(tasks.id, before) : undefined,
          input.ownerUnitType ? eq(tasks.ownerUnitType, input.ownerUnitType) : undefined,
          input.ownerUnitId ? eq(tasks.ownerUnitId, input.ownerUnitId) : undefined,
          input.status ? eq(tasks.status, input.status) : undefined,
          input.source ? eq(tasks.source, input.source) : undefined,
          input.overdue === undefined ? undefined : input.overdue ? overdueOn(today) : not(overdueOn(today)),
          textMatches(input.q, tasks.title, tasks.description),
        ),
      )
      .orderBy(desc(tasks.id))
      .limit(input.limit + 1);
    return toPage(await taskViews(tx, ctx, rows), input.limit);
  });
}

/** One task with its timeline (events oldest first). */
export async function getTask(ctx: TenantServiceContext, id: string): Promise<TaskWithTimeline> {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const row = await findTask(tx, ctx, actor, id);
    const [view] = await taskViews(tx, ctx, [row]);
    const events = await tx
      .select()
      .from(taskEvents)
      .where(and(eq(taskEvents.tenantId, ctx.tenant.id), eq(taskEvents.taskId, id)))
      .orderBy(asc(taskEvents.at), asc(taskEvents.id));
    if (!view) throw new Error("view of a row missing");
    return { ...view, events: events.map(eventView) };
  });
}

// ---------------------------------------------------------------------------------------------
// Changing

/** Moves a task one step of the loop: the owner starts and submits, the issuer sends back, verifies, closes. */
export async function actOnTask(
  ctx: TenantServiceContext,
  id: string,
  action: TaskAction & { note?: string | undefined },
): Promise<TaskView> {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const before = await findTask(tx, ctx, actor, id, true);
    const side = taskActionSide[action.type];
    assertSide(actor, before, await placeOf(tx, ctx, before), side, verbOf[action.type]);
    const status = taskTransition(before.status, action);
    const now = ctx.deps.now();
    const stamps: Partial<typeof tasks.$inferInsert> = {};
    switch (action.type) {
      case "start":
        stamps.startedAt = now;
        break;
      case "submit":
        stamps.submittedAt = now;
        break;
      case "sendBack":
        // The submission was refused: the next one is the one that counts for "on time".
        stamps.submittedAt = null;
        stamps.sentBackCount = before.sentBackCount + 1;
        break;
      case "verify":
        stamps.verifiedAt = now;
        break;
      case "close":
        stamps.closedAt = now;
        break;
    }
    const [row] = await tx
      .update(tasks)
      .set({ ...stamps, status, updatedAt: now })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    const payload: Record<string, unknown> = {};
    if (action.type === "sendBack") payload.reason = action.reason.trim();
    if (action.note) payload.note = action.note;
    if (action.type === "submit") payload.onTime = now.getTime() < endOfDayIn(row.dueOn, ctx.tenant.timezone);
    await appendEvent(tx, ctx, actor, id, eventType[action.type], status, payload);
    const [beforeView, view] = await taskViews(tx, ctx, [before, row]);
    await audit(tx, ctx, ctx.tenant.id, {
      action: `task.${action.type}`,
      targetType: "task",
      targetId: id,
      before: beforeView,
      after: { ...view, ...payload },
    });
    if (!view) throw new Error("view of a row missing");
    return view;
  });
}

const verbOf: Record<TaskActionName, string> = {
  start: "starts",
  submit: "submits",
  sendBack: "sends back",
  verify: "verifies",
  close: "closes",
};

const eventType: Record<TaskActionName, string> = {
  start: "started",
  submit: "submitted",
  sendBack: "sentBack",
  verify: "verified",
  close: "closed",
};

/** Keeps the doneAt of milestones that stay (matched by title, in order). */
function carryDone(old: readonly Milestone[], fresh: readonly TaskMilestoneInput[]): Milestone[] {
  const left = [...old];
  return fresh.map((m) => {
    const i = left.findIndex((o) => o.title === m.title);
    const doneAt = i >= 0 ? (left[i]?.doneAt ?? null) : null;
    if (i >= 0) left.splice(i, 1);
    return { title: m.title, dueOn: m.dueOn, doneAt };
  });
}

/**
 * Changes a task's content while it is neither verified nor closed (issuer's side): title,
 * description, due date, milestones, assignee. A new due date is not before today, and the
 * milestones fit within it.
 */
export async function updateTask(ctx: TenantServiceContext, id: string, input: UpdateTaskInput) {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const before = await findTask(tx, ctx, actor, id, true);
    assertSide(actor, before, await placeOf(tx, ctx, before), "issuer", "changes");
    if (!taskEditable(before.status)) {
      refuseTask(before.status, "update", `A ${before.status} task no longer changes.`);
    }
    if (input.dueOn !== undefined && input.dueOn !== before.dueOn) {
      assertNotPast(ctx, input.dueOn, "body.dueOn");
    }
    const dueOn = input.dueOn ?? before.dueOn;
    const milestones = input.milestones ? carryDone(before.milestones, input.milestones) : before.milestones;
    const errors = checkTaskMilestones(milestones, dueOn);
    if (errors.length) {
      throw new AppError(
        "unprocessable",
        input.milestones
          ? "A milestone is due after the task itself."
          : `The new due date ${dueOn} comes before milestones of the task.`,
        {
          errors: input.milestones
            ? errors
            : [{ path: "body.dueOn", message: "Before the due date of a milestone." }],
        },
      );
    }
    const assignee =
      input.assignee === undefined ? undefined : await resolveAssignee(tx, ctx, input.assignee, "body.");
    const now = ctx.deps.now();
    const [row] = await tx
      .update(tasks)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
        ...(input.milestones !== undefined ? { milestones } : {}),
        ...(assignee ?? {}),
        updatedAt: now,
      })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    const changed = Object.keys(input).filter((k) => input[k as keyof UpdateTaskInput] !== undefined);
    const payload: Record<string, unknown> = { changed };
    if (input.dueOn !== undefined && input.dueOn !== before.dueOn) {
      payload.dueOn = { from: before.dueOn, to: input.dueOn };
    }
    await appendEvent(tx, ctx, actor, id, "updated", row.status, payload);
    const [beforeView, view] = await taskViews(tx, ctx, [before, row]);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "task.update",
      targetType: "task",
      targetId: id,
      before: beforeView,
      after: view,
    });
    if (!view) throw new Error("view of a row missing");
    return view;
  });
}

/**
 * Marks milestone `index` (0-based) done (owner's side), while the task is neither verified nor
 * closed. Marking a done milestone again changes nothing.
 */
export async function completeMilestone(ctx: TenantServiceContext, id: string, index: number) {
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const before = await findTask(tx, ctx, actor, id, true);
    assertSide(actor, before, await placeOf(tx, ctx, before), "owner", "reports progress on");
    const milestone = before.milestones[index];
    if (!milestone) {
      throw new AppError("not_found", `Task '${id}' has no milestone ${index}.`, {
        errors: [
          {
            path: "path.index",
            message: `The task has ${before.milestones.length} milestone(s), numbered from 0.`,
          },
        ],
      });
    }
    if (!taskEditable(before.status)) {
      refuseTask(before.status, "milestoneDone", `A ${before.status} task no longer changes.`);
    }
    if (milestone.doneAt) {
      const [view] = await taskViews(tx, ctx, [before]);
      if (!view) throw new Error("view of a row missing");
      return view;
    }
    const now = ctx.deps.now();
    const milestones = before.milestones.map((m, i) =>
      i === index ? { ...m, doneAt: now.toISOString() } : m,
    );
    const [row] = await tx
      .update(tasks)
      .set({ milestones, updatedAt: now })
      .where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Task '${id}' was not found.`);
    await appendEvent(tx, ctx, actor, id, "milestoneDone", row.status, {
      index,
      title: milestone.title,
      onTime: milestone.dueOn >= tenantToday(ctx),
    });
    const [beforeView, view] = await taskViews(tx, ctx, [before, row]);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "task.milestoneDone",
      targetType: "task",
      targetId: id,
      before: beforeView,
      after: view,
    });
    if (!view) throw new Error("view of a row missing");
    return view;
  });
}

// ---------------------------------------------------------------------------------------------
// KPIs

export interface TaskFigures {
  /** Tasks due in the period. */
  due: number;
  /** Verified or closed, submitted by the end of the due day (tenant's zone). */
  completedOnTime: number;
  /** Verified or closed, submitted after the due day. */
  completedLate: number;
  /** Not verified or closed, and the due day has passed. */
  openOverdue: number;
  /** Not verified or closed, and not yet past due: undecided, in no part of the rate. */
  openNotDue: number;
  /** completedOnTime ÷ (due − openNotDue); null when nothing due is decided yet. */
  onTimeRate: number | null;
}

export interface TaskKpiUnit extends TaskFigures {
  unitType: TaskOwnerUnitType;
  unitId: string;
  name: string;
}

export interface TaskKpis {
  period: string;
  kind: "month" | "quarter" | "year";
  from: string;
  to: string;
  timezone: string;
  /** The tenant's date the figures were judged on. */
  today: string;
  ownerUnitType: TaskOwnerUnitType | null;
  units: TaskKpiUnit[];
  totals: TaskFigures;
}

const emptyFigures = (): TaskFigures => ({
  due: 0,
  completedOnTime: 0,
  completedLate: 0,
  openOverdue: 0,
  openNotDue: 0,
  onTimeRate: null,
});

function withRate(f: TaskFigures): TaskFigures {
  const decided = f.completedOnTime + f.completedLate + f.openOverdue;
  return { ...f, onTimeRate: decided === 0 ? null : f.completedOnTime / decided };
}

/**
 * On-time completion per owner unit of the tasks the caller sees that are due in the period
 * (default the current month): completed on time (verified or closed, submitted by the end of
 * the due day in the tenant's zone), late, open and overdue, open and not yet due. The rate is
 * on time ÷ decided tasks (like the case KPIs, a task not yet due counts in neither part);
 * units sorted by rate ascending (worst first), units without a rate last.
 */
export async function taskKpis(
  ctx: TenantServiceContext,
  input: { period?: string | undefined; ownerUnitType?: TaskOwnerUnitType | undefined },
): Promise<TaskKpis> {
  const tz = ctx.tenant.timezone;
  const today = tenantToday(ctx);
  const period = periodOf(input.period ?? dateInZone(ctx.deps.now(), tz).slice(0, 7), "query.period");
  return inTenant(ctx, async (tx) => {
    const actor = await taskActorOf(tx, ctx);
    const rows = await tx
      .select({
        unitType: tasks.ownerUnitType,
        unitId: tasks.ownerUnitId,
        dueOn: tasks.dueOn,
        status: tasks.status,
        submittedAt: tasks.submittedAt,
      })
      .from(tasks)
      .where(
        and(
          eq(tasks.tenantId, ctx.tenant.id),
          visibleTasks(actor),
          gte(tasks.dueOn, period.start),
          lte(tasks.dueOn, period.end),
          input.ownerUnitType ? eq(tasks.ownerUnitType, input.ownerUnitType) : undefined,
        ),
      );
    const byUnit = new Map<string, { unitType: TaskOwnerUnitType; unitId: string; f: TaskFigures }>();
    const totals = emptyFigures();
    for (const r of rows) {
      const key = ownerKey(r.unitType, r.unitId);
      let unit = byUnit.get(key);
      if (!unit) {
        unit = { unitType: r.unitType as TaskOwnerUnitType, unitId: r.unitId, f: emptyFigures() };
        byUnit.set(key, unit);
      }
      const done = taskDoneStatuses.includes(r.status);
      const bucket: keyof TaskFigures = done
        ? r.submittedAt && r.submittedAt.getTime() < endOfDayIn(r.dueOn, tz)
          ? "completedOnTime"
          : "completedLate"
        : r.dueOn < today
          ? "openOverdue"
          : "openNotDue";
      for (const f of [unit.f, totals]) {
        f.due += 1;
        f[bucket] += 1;
      }
    }
    const names = await ownerUnitNames(tx, ctx.tenant.id, [...byUnit.values()]);
    const units = [...byUnit.values()]
      .map(
        (u): TaskKpiUnit => ({
          unitType: u.unitType,
          unitId: u.unitId,
          name: names.get(ownerKey(u.unitType, u.unitId)) ?? u.unitId,
          ...withRate(u.f),
        }),
      )
      .sort(
        (a, b) =>
          (a.onTimeRate ?? Number.POSITIVE_INFINITY) - (b.onTimeRate ?? Number.POSITIVE_INFINITY) ||
          a.name.localeCompare(b.name, "zh") ||
          a.unitId.localeCompare(b.unitId),
      );
    return {
      period: period.label,
      kind: period.kind,
      from: period.start,
      to: period.end,
      timezone: tz,
      today,
      ownerUnitType: input.ownerUnitType ?? null,
      units,
      totals: withRate(totals),
    };
  });
}
