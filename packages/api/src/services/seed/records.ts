import { dateInZone, newId, objectionDueOn, shiftDate, type TaskStatus } from "@propgov/core";
import { creditAppeals, type Tx, taskEvents, tasks } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { workingCalendarFor } from "../calendar.js";
import { loadCreditConfig } from "../credit/config.js";
import { insertCreditRecord } from "../credit/create.js";
import { actOnNomination } from "../excellence/act.js";
import { createNomination } from "../excellence/create.js";
import { completeLifecycleEvent, signOffLifecycleEvent } from "../lifecycle-events/act.js";
import { createLifecycleEvent } from "../lifecycle-events/create.js";

/**
 * A responsibility task (责任清单) of the demo, issued by the county `createdDaysAgo` days before
 * the load and due `dueInDays` after it (negative: already due), moved as far as `status` (a task
 * `sentBack` went round once more); `late` ones were submitted after their due date.
 */
export type TaskSeed = {
  owner: { unitType: "region" | "company" | "committee"; key: string };
  title: string;
  description?: string;
  createdDaysAgo: number;
  dueInDays: number;
  status: TaskStatus;
  sentBack?: boolean;
  late?: boolean;
};

/**
 * A credit record of the demo, effective `daysAgo` days before the load: good or bad, from an
 * award, a finding or an administrative penalty; `objection` files the company's pending
 * objection (异议) to it the day after.
 */
export type CreditSeed = {
  company: string;
  kind: "good" | "bad";
  category: string;
  points: number;
  source: "finding" | "administrativePenalty" | "award" | "manual";
  evidence: string;
  daysAgo: number;
  /** The penalty's 双公示 fields; `publicUntil` defaults to three years after effectiveOn. */
  penalty?: {
    decisionNumber: string;
    authority: string;
    penaltyType: string;
    cause: string;
    fine?: number;
    partyCategory: "legalPerson" | "individualBusiness";
    violationType: string;
    publicUntil?: string;
  };
  objection?: { reason: string };
};

/**
 * A key step in a compound's life (全过程参与) the demo records, started `daysAgo` days before the
 * load with the mechanism's steps: `signed` steps are signed off by everyone they name (the
 * township, community, party organisations, committee and company of the compound), and a
 * `completed` one is closed.
 */
export type LifecycleSeed = {
  compound: string;
  kind:
    | "companySelection"
    | "contractRenewal"
    | "committeeElection"
    | "committeeChange"
    | "handover"
    | "majorRepair";
  title: string;
  daysAgo: number;
  /** The company concerned (the selected or renewed one), by key. */
  company?: string;
  signed: number;
  completed?: boolean;
};

/** A nomination (评优) of a compound's current contract for an excellent project; `award`ed or pending. */
export type NominationSeed = {
  compound: string;
  level: "provincial" | "municipal";
  note: string;
  award?: boolean;
};

export interface RecordIds {
  region: ReadonlyMap<string, string>;
  company: ReadonlyMap<string, string>;
  committee: ReadonlyMap<string, string>;
  compound: ReadonlyMap<string, string>;
  partyOrg: ReadonlyMap<string, string>;
  /** By compound key: its community and township (region keys). */
  placeOf: ReadonlyMap<string, { community: string; township: string }>;
  /** By compound key: its contracts with their ids. */
  contracts: ReadonlyMap<
    string,
    readonly { id: string; companyId: string; startsOn: string; endsOn: string }[]
  >;
}

const DAY = 86_400_000;
const steps: readonly [TaskStatus, string][] = [
  ["inProgress", "started"],
  ["submitted", "submitted"],
  ["verified", "verified"],
  ["closed", "closed"],
];

/**
 * Loads the demo's tasks (multi-row inserts, with their timelines) and credit records (through
 * the credit verb's validation, a handful) in the caller's transaction.
 */
export async function loadRecordSeed(
  tx: Tx,
  ctx: TenantServiceContext,
  seed: {
    tasks?: readonly TaskSeed[];
    credit?: readonly CreditSeed[];
    lifecycleEvents?: readonly LifecycleSeed[];
    nominations?: readonly NominationSeed[];
  },
  ids: RecordIds,
): Promise<{ tasks: number; creditRecords: number; lifecycleEvents: number; nominations: number }> {
  const now = ctx.deps.now().getTime();
  const zone = ctx.tenant.timezone;
  const today = dateInZone(new Date(now), zone);
  const tenantId = ctx.tenant.id;
  const actor = { actorType: "system", actorId: null, actorName: "示例数据" } as const;
  const idOf = (map: ReadonlyMap<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Record seed: no ${what} with key '${key}'.`);
    return id;
  };
  let n = 0;

  const taskRows: (typeof tasks.$inferInsert)[] = [];
  const eventRows: (typeof taskEvents.$inferInsert)[] = [];
  for (const t of seed.tasks ?? []) {
    const created = now - t.createdDaysAgo * DAY;
    const dueOn = shiftDate(today, t.dueInDays);
    const id = newId("task", created + (n++ % 1000));
    const unitMap =
      t.owner.unitType === "region"
        ? ids.region
        : t.owner.unitType === "company"
          ? ids.company
          : ids.committee;
    const ownerUnitId = idOf(unitMap, t.owner.key, t.owner.unitType);
    const event = (type: string, at: number, status: TaskStatus, payload: Record<string, unknown> = {}) =>
      eventRows.push({
        tenantId,
        id: newId("taskEvent", at + (n++ % 1000)),
        taskId: id,
        type,
        at: new Date(at),
        ...actor,
        status,
        payload,
      });
    event("created", created, "open", {
      source: "manual",
      ownerUnit: { unitType: t.owner.unitType, unitId: ownerUnitId },
      dueOn,
    });
    const row: typeof tasks.$inferInsert = {
      tenantId,
      id,
      title: t.title,
      description: t.description ?? null,
      source: "manual",
      ownerUnitType: t.owner.unitType,
      ownerUnitId,
      regionId: t.owner.unitType === "region" ? ownerUnitId : null,
      dueOn,
      status: "open",
      issuedBy: null,
      createdAt: new Date(created),
      updatedAt: new Date(created),
    };
    // The work spreads over the time from issue to now (late ones are submitted after the due date).
    const dueAt = Math.min(now, Date.parse(`${dueOn}T08:00:00Z`));
    const span = Math.max(DAY / 4, (t.late ? now - created : dueAt - created) / 5);
    let at = created;
    for (const [status, type] of steps) {
      if (taskOrder(status) > taskOrder(t.status)) break;
      at = Math.min(now, at + span);
      if (status === "submitted" && t.late) at = Math.max(at, Math.min(now, dueAt + DAY));
      if (status === "verified" && t.sentBack) {
        // Sent back once, then submitted again.
        event("sentBack", at, "inProgress", { reason: "材料不全，请补充现场照片。" });
        at = Math.min(now, at + span / 2);
        event("submitted", at, "submitted");
        row.sentBackCount = 1;
      }
      event(type, at, status);
      row.status = status;
      row.updatedAt = new Date(at);
      if (status === "inProgress") row.startedAt = new Date(at);
      if (status === "submitted") row.submittedAt = new Date(at);
      if (status === "verified") row.verifiedAt = new Date(at);
      if (status === "closed") row.closedAt = new Date(at);
    }
    if (t.status === "inProgress" && t.sentBack) {
      event("submitted", Math.min(now, at + span / 2), "submitted");
      event("sentBack", Math.min(now, at + span), "inProgress", { reason: "整改不到位，请重新办理。" });
      row.sentBackCount = 1;
    }
    taskRows.push(row);
  }
  if (taskRows.length > 0) await tx.insert(tasks).values(taskRows);
  if (eventRows.length > 0) await tx.insert(taskEvents).values(eventRows);

  const credit = seed.credit ?? [];
  if (credit.length > 0) {
    const config = await loadCreditConfig(tx, ctx);
    const calendar = await workingCalendarFor(tx, ctx);
    for (const c of credit) {
      const effectiveOn = shiftDate(today, -c.daysAgo);
      const at: TenantServiceContext = {
        ...ctx,
        deps: { ...ctx.deps, now: () => new Date(now - c.daysAgo * DAY) },
      };
      const record = await insertCreditRecord(
        tx,
        at,
        {
          companyId: idOf(ids.company, c.company, "company"),
          kind: c.kind,
          category: c.category,
          points: c.points,
          source: c.source,
          evidence: c.evidence,
          effectiveOn,
          ...(c.penalty ? { penalty: { publicUntil: shiftDate(effectiveOn, 3 * 365), ...c.penalty } } : {}),
        },
        config,
      );
      if (c.objection) {
        const filedOn = shiftDate(effectiveOn, 1);
        const filedAt = new Date(now - (c.daysAgo - 1) * DAY);
        await tx.insert(creditAppeals).values({
          tenantId,
          id: newId("creditAppeal", filedAt.getTime()),
          recordId: record.id,
          companyId: record.companyId,
          kind: "objection",
          status: "pending",
          reason: c.objection.reason,
          evidence: [],
          conditions: null,
          filedOn,
          dueOn: objectionDueOn(filedOn, config, calendar),
          filedBy: null,
          createdAt: filedAt,
          updatedAt: filedAt,
        });
      }
    }
  }

  // Lifecycle events and nominations go through their verbs (a handful), checks included.
  for (const e of seed.lifecycleEvents ?? []) {
    const compoundId = idOf(ids.compound, e.compound, "compound");
    const place = ids.placeOf.get(e.compound);
    const contract = ids.contracts.get(e.compound)?.find((c) => c.startsOn <= today && today <= c.endsOn);
    const unitOf: Record<string, string | undefined> = {
      townshipStreet: place ? ids.region.get(place.township) : undefined,
      community: place ? ids.region.get(place.community) : undefined,
      communityPartyOrg: place ? ids.partyOrg.get(`region:${place.community}`) : undefined,
      compoundBranch: ids.partyOrg.get(`compound:${e.compound}`),
      committee: ids.committee.get(e.compound),
      company: e.company ? ids.company.get(e.company) : contract?.companyId,
    };
    let view = await createLifecycleEvent(ctx, {
      compoundId,
      kind: e.kind,
      title: e.title,
      startedOn: shiftDate(today, -e.daysAgo),
      ...(e.company ? { companyId: idOf(ids.company, e.company, "company") } : {}),
    });
    for (const step of view.steps.slice(0, e.signed)) {
      for (const { participant } of step.participants) {
        const unitId = unitOf[participant];
        view = await signOffLifecycleEvent(ctx, view.id, {
          step: step.code,
          participant: participant as Parameters<typeof signOffLifecycleEvent>[2]["participant"],
          ...(unitId ? { unitId } : {}),
          note: "已参与并签字确认（示例）。",
        });
      }
    }
    if (e.completed) await completeLifecycleEvent(ctx, view.id);
  }
  const year = Number(today.slice(0, 4));
  for (const nomination of seed.nominations ?? []) {
    const contract = ids.contracts
      .get(nomination.compound)
      ?.find((c) => c.startsOn <= today && today <= c.endsOn);
    if (!contract)
      throw new Error(`Record seed: compound '${nomination.compound}' has no contract in force.`);
    const view = await createNomination(ctx, {
      contractId: contract.id,
      level: nomination.level,
      year,
      note: nomination.note,
    });
    if (nomination.award)
      await actOnNomination(ctx, view.id, { type: "award", note: "经评审，予以推荐（示例）。" });
  }
  return {
    tasks: taskRows.length,
    creditRecords: credit.length,
    lifecycleEvents: seed.lifecycleEvents?.length ?? 0,
    nominations: seed.nominations?.length ?? 0,
  };
}

const taskOrder = (s: TaskStatus) => ["open", "inProgress", "submitted", "verified", "closed"].indexOf(s);
