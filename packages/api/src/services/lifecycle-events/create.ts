import {
  AppError,
  type CreateLifecycleEventInput,
  type LifecycleKind,
  newId,
  wholeProcessParticipationOf,
} from "@propgov/core";
import { companies, lifecycleEvents, type Tx } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { lockReachableCompound } from "../access/reach.js";
import { writerReach } from "../access/regions.js";
import { actorOf, audit } from "../audit.js";
import { eligibilityOf } from "../credit/eligibility.js";
import { creditToday } from "../credit/view.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { viewOf } from "./read.js";
import type { LifecycleEventView } from "./view.js";

/**
 * The company a lifecycle event names must be an active company of the tenant (422 naming
 * `body.companyId`); for a companySelection it must be eligible to bid on `on` by its credit
 * (招投标资格: grade not excluded, no blacklist record in force, per the credit config), else 422
 * naming `field` with the reasons in Chinese and English.
 */
export async function assertSelectable(
  tx: Tx,
  ctx: TenantServiceContext,
  kind: LifecycleKind,
  companyId: string,
  on: string,
  field: string,
): Promise<void> {
  const [company] = await tx
    .select({ id: companies.id, name: companies.name, uscc: companies.uscc })
    .from(companies)
    .where(
      and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId), isNull(companies.archivedAt)),
    );
  if (!company) {
    throw new AppError("unprocessable", `Company '${companyId}' is not an active company of this county.`, {
      errors: [{ path: field, message: "Not an active company (不是本县在册的物业服务企业)." }],
    });
  }
  if (kind !== "companySelection") return;
  const verdict = await eligibilityOf(tx, ctx, company, "bidding", on);
  if (verdict.allowed) return;
  const zh = verdict.reasons.map((r) => r.zh).join("");
  const en = verdict.reasons.map((r) => r.en).join(" ");
  throw new AppError("unprocessable", `${company.name} may not be selected: ${en}`, {
    errors: [{ path: field, message: `不具备招投标资格：${zh} / Not eligible to bid: ${en}` }],
    extensions: {
      grade: verdict.grade,
      score: verdict.score,
      on,
      reasons: verdict.reasons,
      reason: { zh: `${company.name}不具备招投标资格：${zh}`, en: `${company.name} may not bid: ${en}` },
    },
  });
}

/**
 * Starts a lifecycle event at a compound the caller may write in (else 422 naming
 * `body.compoundId`), its steps fixed from the wholeProcessParticipation config of the current
 * mechanism (the defaults when the mechanism leaves the policy out).
 */
export async function createLifecycleEvent(
  ctx: TenantServiceContext,
  input: CreateLifecycleEventInput,
): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const reach = await writerReach(tx, ctx);
    await lockReachableCompound(tx, ctx, reach, input.compoundId);
    if (input.companyId !== undefined) {
      await assertSelectable(tx, ctx, input.kind, input.companyId, creditToday(ctx), "body.companyId");
    }
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const { config } = wholeProcessParticipationOf(mechanism);
    const now = ctx.deps.now();
    const id = newId("lifecycleEvent", now.getTime());
    await tx.insert(lifecycleEvents).values({
      tenantId: ctx.tenant.id,
      id,
      compoundId: input.compoundId,
      kind: input.kind,
      title: input.title,
      startedOn: input.startedOn,
      companyId: input.companyId ?? null,
      steps: config.steps[input.kind].steps.map((s) => ({
        code: s.code,
        name: s.name,
        participants: [...s.participants],
      })),
      status: "open",
      createdBy: actorOf(ctx.principal).actorId,
      createdAt: now,
      updatedAt: now,
    });
    const view = await viewOf(tx, ctx, id, mechanism);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "lifecycleEvent.create",
      targetType: "lifecycleEvent",
      targetId: id,
      after: {
        compoundId: view.compoundId,
        kind: view.kind,
        title: view.title,
        startedOn: view.startedOn,
        companyId: view.companyId,
        steps: view.steps.map(({ code, participants }) => ({
          code,
          participants: participants.map((p) => p.participant),
        })),
      },
    });
    return view;
  });
}
