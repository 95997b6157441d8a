import { AppError, type NominationLevel, type NominationStatus } from "@propgov/core";
import { auditEvents, excellenceNominations, type Tx } from "@propgov/db";
import { and, asc, eq, gt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { contractsWithin } from "../access/excellence.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { judgeContract, yearJudge } from "./candidates.js";
import {
  AUDIT_TARGET,
  type ContractRow,
  contractOf,
  type NominationDetail,
  type NominationHistoryEntry,
  type NominationRow,
  type NominationView,
  nominationQuery,
  nominationView,
} from "./view.js";

export async function findNomination(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<{ nomination: NominationRow; contract: ContractRow }> {
  const query = nominationQuery(tx).where(
    and(
      eq(excellenceNominations.tenantId, ctx.tenant.id),
      eq(excellenceNominations.id, id),
      contractsWithin(reach),
    ),
  );
  const [row] = lock ? await query.for("update", { of: excellenceNominations }) : await query;
  if (!row) throw new AppError("not_found", `Nomination '${id}' was not found.`);
  return row;
}

export interface ListNominationsInput {
  year?: number | undefined;
  level?: NominationLevel | undefined;
  status?: NominationStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Nominations the caller may see (county all, region staff their subtree's compounds, a company its own), oldest first. */
export async function listNominations(
  ctx: TenantServiceContext,
  input: ListNominationsInput,
): Promise<Page<NominationView>> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await nominationQuery(tx)
      .where(
        and(
          eq(excellenceNominations.tenantId, ctx.tenant.id),
          input.year !== undefined ? eq(excellenceNominations.year, input.year) : undefined,
          input.level ? eq(excellenceNominations.level, input.level) : undefined,
          input.status ? eq(excellenceNominations.status, input.status) : undefined,
          input.cursor ? gt(excellenceNominations.id, decodeCursor(input.cursor)) : undefined,
          contractsWithin(reach),
        ),
      )
      .orderBy(asc(excellenceNominations.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map((r) => nominationView(r.nomination, contractOf(r.contract))),
      input.limit,
    );
  });
}

const actionOf = (auditAction: string): NominationHistoryEntry["action"] | null => {
  const verb = auditAction.split(".")[1];
  if (verb === "create") return "nominate";
  return verb === "withdraw" || verb === "award" || verb === "reject" ? verb : null;
};

async function historyOf(tx: Tx, ctx: TenantServiceContext, id: string): Promise<NominationHistoryEntry[]> {
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, ctx.tenant.id),
        eq(auditEvents.targetType, AUDIT_TARGET),
        eq(auditEvents.targetId, id),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return rows.flatMap((r) => {
    const action = actionOf(r.action);
    if (!action) return [];
    const after = (r.after ?? {}) as { decisionNote?: unknown };
    return [
      {
        action,
        at: r.at,
        actorType: r.actorType,
        actorId: r.actorId,
        note: typeof after.decisionNote === "string" ? after.decisionNote : null,
      },
    ];
  });
}

/** A nomination with the current evaluation of its contract for its year and its history. */
export async function getNomination(ctx: TenantServiceContext, id: string): Promise<NominationDetail> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const { nomination, contract } = await findNomination(tx, ctx, reach, id);
    const judge = await yearJudge(tx, ctx, nomination.year);
    return {
      ...nominationView(nomination, contractOf(contract)),
      evaluation: judgeContract(judge, contract.id),
      history: await historyOf(tx, ctx, id),
    };
  });
}
