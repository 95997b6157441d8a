import { AppError, type CancelReason, type CaseChannel, type CaseRating } from "@propgov/core";
import { departments, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { applyAction, type CaseActionInput, fileCase } from "./cases.js";
import { currentMechanism } from "./mechanism.js";

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
  steps: readonly CaseStepSeed[];
}

/**
 * Files the seed's cases and walks them through their steps in the caller's transaction, each
 * at its own simulated time (never later than now), through the same verbs as the API.
 */
export async function loadCaseSeed(
  tx: Tx,
  ctx: TenantServiceContext,
  seeds: readonly CaseSeed[],
  compoundIds: ReadonlyMap<string, string>,
): Promise<number> {
  if (seeds.length === 0) return 0;
  const end = ctx.deps.now().getTime();
  let clock = end;
  const at: TenantServiceContext = { ...ctx, deps: { ...ctx.deps, now: () => new Date(clock) } };
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const departmentIds = new Map(
    (
      await tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(and(eq(departments.tenantId, ctx.tenant.id)))
    ).map((d) => [d.code, d.id]),
  );
  const department = (code: string) => {
    const id = departmentIds.get(code);
    if (!id) throw new AppError("unprocessable", `Case seed: no department with code '${code}'.`);
    return id;
  };
  const system = { type: "system", id: null, name: "示例数据" } as const;

  // In order of receipt, so that case numbers run with time.
  const ordered = [...seeds].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const seed of ordered) {
    const compoundId = compoundIds.get(seed.compound);
    if (!compoundId)
      throw new AppError("unprocessable", `Case seed: no compound with key '${seed.compound}'.`);
    clock = end - seed.hoursAgo * 3_600_000;
    let { row } = await fileCase(
      tx,
      at,
      {
        category: seed.category,
        compoundId,
        description: seed.description,
        photos: [],
        reporter: seed.reporter,
        channel: seed.channel,
      },
      { reach: null, actor: system, mechanism },
    );
    for (const step of seed.steps) {
      clock = Math.min(end, clock + step.afterHours * 3_600_000);
      let input: CaseActionInput;
      switch (step.action) {
        case "whistle":
          input = { type: "whistle", departmentIds: step.departments?.map(department) };
          break;
        case "checkIn":
          input = { type: "checkIn", departmentId: department(step.department) };
          break;
        case "complete":
          input = {
            type: "complete",
            departmentId: department(step.department),
            outcome: step.outcome ?? "已处置完毕。",
          };
          break;
        case "rate":
          input = { type: "rate", rating: step.rating, comment: step.comment };
          break;
        case "cancel":
          input = { type: "cancel", reason: step.reason };
          break;
        default:
          input = { type: step.action };
      }
      row = await applyAction(tx, at, mechanism, row, input, system);
    }
  }
  return seeds.length;
}
