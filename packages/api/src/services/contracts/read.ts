import { AppError } from "@propgov/core";
import { companies, compounds, contracts, type Tx } from "@propgov/db";
import { and, asc, eq, gt, gte, isNull, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { contractsWithin } from "../access/contracts.js";
import { type Reach, reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { textMatches } from "../search.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { type ContractView, contractView, type JoinedRow, joined } from "./view.js";

/** One contract the reach may see (locked for update when asked), else 404. */
export async function findContract(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<JoinedRow> {
  const query = joined(tx).where(
    and(eq(contracts.tenantId, ctx.tenant.id), eq(contracts.id, id), contractsWithin(reach)),
  );
  const [row] = lock ? await query.for("update", { of: contracts }) : await query;
  if (!row) throw new AppError("not_found", `Contract '${id}' was not found.`);
  return row;
}

export interface ListContractsInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  companyId?: string | undefined;
  compoundId?: string | undefined;
  activeOn?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listContracts(
  ctx: TenantServiceContext,
  input: ListContractsInput,
): Promise<Page<ContractView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return joined(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          contractsWithin(reach),
          after ? gt(contracts.id, after) : undefined,
          input.includeArchived ? undefined : isNull(contracts.archivedAt),
          input.companyId ? eq(contracts.companyId, input.companyId) : undefined,
          input.compoundId ? eq(contracts.compoundId, input.compoundId) : undefined,
          input.activeOn
            ? and(lte(contracts.startsOn, input.activeOn), gte(contracts.endsOn, input.activeOn))
            : undefined,
          textMatches(input.q, companies.name, compounds.name, contracts.projectManagerName),
        ),
      )
      .orderBy(asc(contracts.id))
      .limit(input.limit + 1);
  });
  const day = tenantToday(ctx);
  return toPage(
    rows.map((r) => contractView(r, day)),
    input.limit,
  );
}

export async function getContract(ctx: TenantServiceContext, id: string): Promise<ContractView> {
  return inTenant(ctx, async (tx) =>
    contractView(await findContract(tx, ctx, await reachOf(tx, ctx), id), tenantToday(ctx)),
  );
}
