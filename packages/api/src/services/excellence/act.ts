import { AppError, nominationActionSide, nominationTransition } from "@propgov/core";
import { excellenceNominations, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { actorOf, audit } from "../audit.js";
import { eligibilityOf } from "../credit/eligibility.js";
import { creditToday } from "../credit/view.js";
import { inTenant } from "../tx.js";
import { judgeContract, yearJudge } from "./candidates.js";
import { findNomination } from "./read.js";
import { AUDIT_TARGET, type ContractRow, contractOf, type NominationView, nominationView } from "./view.js";

export type NominationAction =
  | { type: "withdraw"; note?: string | undefined }
  | { type: "award"; note?: string | undefined }
  | { type: "reject"; reason: string };

/**
 * 评优评先 follows credit (信用等级与评优评先挂钩): a project is awarded only while its company's
 * credit allows an award on the decision day (by default grade A or better and no blacklist
 * record in force), else 422 with the reasons, in Chinese and English.
 */
async function assertAwardable(tx: Tx, ctx: TenantServiceContext, contract: ContractRow): Promise<void> {
  const company = { id: contract.companyId, name: contract.companyName, uscc: "" };
  const standing = await eligibilityOf(tx, ctx, company, "award", creditToday(ctx));
  if (standing.allowed) return;
  const why = standing.reasons.map((r) => r.en).join(" ");
  throw new AppError("unprocessable", `${contract.companyName} may not receive an award: ${why}`, {
    errors: [{ path: "path.id", message: `The company's credit does not allow an award: ${why}` }],
    extensions: { grade: standing.grade, score: standing.score, reasons: standing.reasons },
  });
}

/**
 * Moves a nomination on: the applicant side withdraws (the company whose contract it is, or the
 * county), the county awards or rejects (with a reason). The decision is audited with the
 * criteria as they stood at that moment.
 */
export async function actOnNomination(
  ctx: TenantServiceContext,
  id: string,
  action: NominationAction,
): Promise<NominationView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const { nomination, contract } = await findNomination(tx, ctx, reach, id, true);
    const side = nominationActionSide[action.type];
    if (reach.kind !== "county" && !(side === "applicant" && reach.kind === "company")) {
      throw new AppError(
        "forbidden",
        side === "county"
          ? "Only county administrators award or reject nominations."
          : "Only the company whose contract it is, or a county administrator, withdraws a nomination.",
      );
    }
    const status = nominationTransition(nomination.status, action.type);
    if (action.type === "award") await assertAwardable(tx, ctx, contract);
    const now = ctx.deps.now();
    const decisionNote = action.type === "reject" ? action.reason : (action.note ?? null);
    const [row] = await tx
      .update(excellenceNominations)
      .set({
        status,
        decidedAt: now,
        decidedBy: actorOf(ctx.principal).actorId,
        decisionNote,
        updatedAt: now,
      })
      .where(and(eq(excellenceNominations.tenantId, ctx.tenant.id), eq(excellenceNominations.id, id)))
      .returning();
    if (!row) throw new Error("update returned nothing");
    const view = nominationView(row, contractOf(contract));
    const evaluation =
      action.type === "withdraw" ? null : judgeContract(await yearJudge(tx, ctx, row.year), contract.id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: `excellenceNomination.${action.type}`,
      targetType: AUDIT_TARGET,
      targetId: id,
      before: { status: nomination.status },
      after: {
        status,
        decisionNote,
        ...(evaluation
          ? {
              evaluation: {
                assessedOn: evaluation.assessedOn,
                eligible: evaluation.eligible,
                pending: evaluation.pending,
                criteria: evaluation.criteria.map((c) => ({ code: c.code, status: c.status })),
              },
            }
          : {}),
      },
    });
    return view;
  });
}
