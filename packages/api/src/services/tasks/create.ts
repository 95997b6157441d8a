import {
  AppError,
  type CreateTaskFromFindingInput,
  type CreateTaskInput,
  defaultTaskOwner,
  newId,
  type TaskAssignee,
  type TaskMilestoneInput,
  type TaskOwnerUnit,
  type TaskSource,
} from "@propgov/core";
import { cases, findings, type Tx, tasks } from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { casesWithin } from "../access/cases.js";
import { type Reach, reachesOf } from "../access/reach.js";
import { assertIssuer, findingsWithin, issuerReach } from "../access/tasks.js";
import { actorOf, audit } from "../audit.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assertMilestonesFit, assertNotPast, resolveAssignee, resolveOwner } from "./checks.js";
import { appendEvent } from "./events.js";
import { type TaskView, taskView } from "./view.js";

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
      issuedBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  await appendEvent(tx, ctx, row.id, "created", "open", {
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

/**
 * Issues a task (交办). Region staff task regions and committees of their subtree, and any
 * department or company; a department or company task they issue belongs to their region.
 * A task from a case must name a case the issuer sees; it then belongs to the case's community.
 */
export async function createTask(ctx: TenantServiceContext, input: CreateTaskInput): Promise<TaskView> {
  return inTenant(ctx, async (tx) => {
    const reaches = await reachesOf(tx, ctx);
    assertIssuer(reaches);
    const reach = issuerReach(reaches);
    assertNotPast(ctx, input.dueOn, "body.dueOn");
    let regionId = reach.kind === "region" ? reach.regionId : null;
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
    const reaches = await reachesOf(tx, ctx);
    assertIssuer(reaches);
    const reach = issuerReach(reaches);
    const [finding] = await tx
      .select()
      .from(findings)
      .where(and(eq(findings.tenantId, ctx.tenant.id), eq(findings.id, findingId), findingsWithin(reach)));
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
